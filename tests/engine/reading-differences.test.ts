import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/calendar/day.js';
import { compareDeadlines, type Deadline } from '../../src/engine/deadline.js';
import { WEEKENDS_ONLY } from '../../src/engine/deadline-day.js';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import {
  deadlineDifferences,
  historyDifferences,
  readingDeadlines,
  readingHistories,
  readingStatuses,
} from '../../src/engine/reading-differences.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, compiledOf, day } from '../helpers/agreement.js';

// SPEC §7: where another reading's answer differs from the main one. The expected days are
// the record's (reference facts, second set): GSOMIA 2020 (Seoul: resume the suspended
// notice, one day left; Tokyo: the suspension spent it, a new notice by the year's
// deadline ends the term), the DPRK and the NPT (out from 2003-01-11 on its own reading,
// from 2003-04-10 on the generally held view), the ABM Treaty (2002-06-13 by the White
// House, 2002-06-14 on the Defense Department's page).

const gsomia = cataloguePlan('gsomia');
const npt = cataloguePlan('npt');
const abm = cataloguePlan('abm');

const differencesOn = (compiled: typeof gsomia, on: string, party: string | null = null) =>
  readingStatuses(compiled, statusOn(compiled, day(on), party), WEEKENDS_ONLY).map(({ reading, differences }) => [reading.id, differences]);

describe('readingStatuses', () => {
  it("finds on 2020-08-24 only the soonest end differing: Seoul's next day against Tokyo's 2020-11-23", () => {
    expect(statusOn(gsomia, day('2020-08-24')).earliestEnd).toBe(day('2020-08-25'));
    expect(differencesOn(gsomia, '2020-08-24')).toEqual([['tokyo', [{ kind: 'earliest-end', on: day('2020-11-23') }]]]);
  });

  it('finds on 2020-08-25 the soonest end at 2021-11-23 under Tokyo, the deadline of 2020 gone', () => {
    expect(differencesOn(gsomia, '2020-08-25')).toEqual([['tokyo', [{ kind: 'earliest-end', on: day('2021-11-23') }]]]);
  });

  it('finds nothing differing before the 2019 notice, where the readings share the record', () => {
    expect(differencesOn(gsomia, '2019-06-01')).toEqual([['tokyo', []]]);
  });

  it('gives the DPRK out from 2003-04-10 under the generally held view, against 2003-01-11 on its own reading', () => {
    expect(statusOn(npt, day('2003-06-01'), 'KP').endedOn).toBe(day('2003-01-11'));
    const [[id, differences]] = differencesOn(npt, '2003-06-01', 'KP') as [[string, unknown[]]];
    expect(id).toBe('fresh-notice');
    expect(differences).toContainEqual({ kind: 'out', outOn: day('2003-04-10') });
  });

  it('names the party whose day out differs when the whole treaty is asked for', () => {
    const [[, differences]] = differencesOn(npt, '2003-06-01') as [[string, unknown[]]];
    expect(differences).toEqual([{ kind: 'party', party: 'KP', outOn: day('2003-04-10') }]);
  });

  it('says, while the DPRK is out under one reading and a party under the other, only that and what ends it', () => {
    const [[, differences]] = differencesOn(npt, '2003-02-01', 'KP') as [[string, unknown[]]];
    expect(differences).toEqual([
      { kind: 'out', outOn: null },
      { kind: 'ends', on: day('2003-04-10'), reason: 'notice' },
    ]);
  });

  // Synthetic readings of the minimal agreement (GSOMIA's terms from 2016-11-23, made-up
  // parties): term 4 runs 2019-11-23 … 2020-11-22; 90 days before its end is 2020-08-24,
  // 120 days before it 2020-07-26.
  const withReading = (reading: Record<string, unknown>) =>
    compiledOf({ readings: [{ id: 'other', title: 'Another reading', ...reading }] });

  it('names the term that runs otherwise under a reading of another length: 2016-11-23 … 2018-11-22', () => {
    const compiled = withReading({ duration: { initial: 'P2Y', then: 'renew', renewal: 'P2Y' } });
    expect(differencesOn(compiled, '2017-12-01')).toContainEqual([
      'other',
      expect.arrayContaining([{ kind: 'term', number: 1, start: day('2016-11-23'), end: day('2018-11-22') }]),
    ]);
  });

  it('says notice is no longer possible on 2020-08-01 under a 120-day reading, its deadline 2020-07-26 gone', () => {
    const compiled = withReading({ termination: { notice: 'P120D' } });
    expect(statusOn(compiled, day('2020-08-01')).notice.possible).toBe(true);
    const [[, differences]] = differencesOn(compiled, '2020-08-01') as [[string, { kind: string; possible?: boolean }[]]];
    expect(differences.find((difference) => difference.kind === 'notice')?.possible).toBe(false);
  });

  it("gives the end on the way under a reading with a notice the record lacks: AA's of 2019-08-23, out from 2019-11-23", () => {
    const compiled = withReading({ events: [{ type: 'notice', date: '2019-08-23', party: 'AA' }] });
    expect(differencesOn(compiled, '2019-09-01')).toContainEqual([
      'other',
      expect.arrayContaining([{ kind: 'ends', on: day('2019-11-23'), reason: 'notice' }]),
    ]);
  });

  it('gives none for an agreement without readings', () => {
    const plain = compiledOf();
    expect(readingStatuses(plain, statusOn(plain, day('2020-01-01')), WEEKENDS_ONLY)).toEqual([]);
  });
});

describe('readingHistories', () => {
  it("gives the ABM Treaty's end a day later on the Defense Department's page: 2002-06-14", () => {
    const main = historyUntil(abm, day('2003-01-01'));
    expect(main.endedOn).toBe(day('2002-06-13'));
    const [other] = readingHistories(abm, main);
    expect(other?.reading.id).toBe('defense-department');
    expect(other?.differences).toContainEqual({ kind: 'out', outOn: day('2002-06-14') });
    expect(other?.differences).toContainEqual(
      expect.objectContaining({ kind: 'notice-state', received: day('2001-12-13'), effectiveOn: day('2002-06-14') }),
    );
  });

  it('finds the DPRK a party until 2003-04-09 under the generally held view', () => {
    const [other] = readingHistories(npt, historyUntil(npt, day('2004-01-01')));
    expect(other?.differences).toContainEqual({ kind: 'party', party: 'KP', outOn: day('2003-04-10') });
  });

  it('finds no difference in a history that ends before the readings part', () => {
    const [other] = readingHistories(abm, historyUntil(abm, day('2001-01-01')));
    expect(other?.differences).toEqual([]);
  });
});

describe('historyDifferences', () => {
  it('names the first term that runs otherwise', () => {
    const yearly = compiledOf();
    const twoYearly = compiledOf({ duration: { initial: 'P2Y', then: 'renew', renewal: 'P2Y' } });
    const found = historyDifferences(historyUntil(yearly, day('2020-01-01')), historyUntil(twoYearly, day('2020-01-01')));
    // 2016-11-23 + P1Y − 1 day = 2017-11-22 against 2016-11-23 + P2Y − 1 day = 2018-11-22
    expect(found).toEqual([{ kind: 'term', number: 1, start: day('2016-11-23'), end: day('2018-11-22') }]);
  });
});

describe('readingDeadlines and deadlineDifferences', () => {
  const deadline = (date: string, kind: Deadline['kind'] = 'notice-deadline', party: string | null = null) =>
    ({ date: day(date) as Day, kind, party }) as unknown as Deadline;

  it('finds no difference in the same list', () => {
    expect(deadlineDifferences([deadline('2020-08-24')], [deadline('2020-08-24')])).toEqual([]);
  });

  it.each([
    ['a day', [deadline('2020-08-24'), deadline('2021-08-24')], [deadline('2020-08-24'), deadline('2021-08-25')], 1],
    ['a kind', [deadline('2020-08-24')], [deadline('2020-08-24', 'renewal')], 0],
    ['a party', [deadline('2020-08-24', 'effective', 'AA')], [deadline('2020-08-24', 'effective', 'BB')], 0],
  ])('names the first deadline listed otherwise, by %s', (_what, main, other, index) => {
    expect(deadlineDifferences(main, other)).toEqual([{ kind: 'deadline', deadline: other[index] }]);
  });

  it('says null when the other reading lists fewer', () => {
    expect(deadlineDifferences([deadline('2020-08-24'), deadline('2021-08-24')], [deadline('2020-08-24')])).toEqual([
      { kind: 'deadline', deadline: null },
    ]);
  });

  it('finds no difference in the deadlines of 2023-04 … 2024-03 for GSOMIA, both 2019 notes withdrawn on 2023-03-21', () => {
    const from = day('2023-04-01');
    const until = day('2024-03-31');
    const main = deadlinesBetween(gsomia, from, until, null, WEEKENDS_ONLY).sort(compareDeadlines);
    expect(main.map((d) => d.date)).toContain(day('2023-08-24'));
    const [other] = readingDeadlines(gsomia, main, { from, until, party: null }, WEEKENDS_ONLY);
    expect(other?.differences).toEqual([]);
  });
});
