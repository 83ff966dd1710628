import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/calendar/day.js';
import { compareDeadlines, type Deadline } from '../../src/engine/deadline.js';
import { WEEKENDS_ONLY } from '../../src/engine/deadline-day.js';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { deadlineDifferences, readingDeadlines, readingHistories } from '../../src/engine/reading-differences.js';
import { compiledOf, type DefinitionFields, day, show } from '../helpers/agreement.js';

// SPEC §7: how another reading's history and deadlines differ from the main ones. The minimal
// agreement (helpers/agreement.ts): yearly terms from 2016-11-23, 90 days' notice before a
// term ends (term 2 is 2017-11-23 … 2018-11-22, deadline 2018-08-24; term 4 2019-11-23 …
// 2020-11-22, deadline 2020-08-24).
const withReading = (fields: DefinitionFields, reading: Record<string, unknown>) =>
  compiledOf({ ...fields, readings: [{ id: 'other', title: 'Another reading', ...reading }] });

const historyDifferencesOf = (compiled: ReturnType<typeof compiledOf>, until: string, from: string | null = null) => {
  const [other] = readingHistories(compiled, historyUntil(compiled, day(until), null, from === null ? null : day(from)));
  return other?.differences;
};

describe('readingHistories', () => {
  it('finds no difference when every notice fared the same, notices of one day by another party or after a retraction included', () => {
    // AA's late notice of 2017-09-01 and BB's of 2018-01-10 are retracted; AA's second notice,
    // of 2018-01-10, the day it retracted the first, ends term 2: out from 2018-11-23. With
    // 120 days' notice (deadlines 2017-07-25, 2018-07-25) every notice fares the same.
    const compiled = withReading(
      {
        events: [
          { type: 'notice', date: '2017-09-01', party: 'AA' },
          { type: 'retraction', date: '2018-01-10', party: 'AA' },
          { type: 'notice', date: '2018-01-10', party: 'BB' },
          { type: 'notice', date: '2018-01-10', party: 'AA' },
          { type: 'retraction', date: '2018-03-01', party: 'BB' },
        ],
      },
      { termination: { notice: 'P120D' } },
    );
    expect(historyUntil(compiled, day('2019-01-01')).endedOn).toBe(day('2018-11-23'));
    expect(historyDifferencesOf(compiled, '2019-01-01')).toEqual([]);
  });

  it('names the party whose withdrawal differs, and its notice, and no party that fares the same or has not joined yet', () => {
    // three months after notice: AA out from 2020-04-10 in the record, from 2020-05-10 in the
    // reading; BB stays; DD accedes on 2020-06-01 in the record, in 2022 in the reading (not yet by 2021)
    const compiled = withReading(
      {
        kind: 'multilateral',
        parties: ['AA', 'BB', 'DD'],
        duration: { initial: null, then: 'indefinite' },
        termination: { notice: 'P3M', effect: 'after-notice' },
        events: [
          { type: 'notice', date: '2020-01-10', party: 'AA' },
          { type: 'accession', date: '2020-06-01', party: 'DD' },
        ],
      },
      {
        events: [
          { type: 'notice', date: '2020-02-10', party: 'AA' },
          { type: 'accession', date: '2022-01-01', party: 'DD' },
        ],
      },
    );
    expect(historyDifferencesOf(compiled, '2021-01-01')).toEqual([
      { kind: 'party', party: 'AA', outOn: day('2020-05-10') },
      { kind: 'notice-state', party: 'AA', received: day('2020-02-10'), state: 'effective', effectiveOn: day('2020-05-10') },
    ]);
  });

  it('names the first term listed otherwise from a day on, where it starts otherwise and ends the same day', () => {
    // terms of a year and a half: 2016-11-23 … 2018-05-22, 2018-05-23 … 2019-11-22 (from S + P3Y),
    // 2019-11-23 … 2021-05-22. From 2019-01-01 the reading lists its term 2 first, the record
    // its term 3 (2018-11-23 … 2019-11-22): the same last day, another first day.
    const compiled = withReading({}, { duration: { initial: 'P1Y6M', then: 'renew', renewal: 'P1Y6M' } });
    expect(historyDifferencesOf(compiled, '2020-01-01', '2019-01-01')).toEqual([
      { kind: 'term', number: 2, start: day('2018-05-23'), end: day('2019-11-22') },
    ]);
  });

  it('names the term the reading has and the record does not, once the record ended', () => {
    // the record: AA's notice of 2018-01-10 ends term 2, out from 2018-11-23; the reading has
    // no notice, and its term 3 (2018-11-23 … 2019-11-22) comes first where they part
    const compiled = withReading({ events: [{ type: 'notice', date: '2018-01-10', party: 'AA' }] }, { events: [] });
    expect(historyDifferencesOf(compiled, '2020-01-01')).toEqual([
      { kind: 'out', outOn: null },
      { kind: 'term', number: 3, start: day('2018-11-23'), end: day('2019-11-22') },
    ]);
  });
});

describe('readingDeadlines and deadlineDifferences', () => {
  const deadline = (date: string, kind: Deadline['kind'] = 'notice-deadline') =>
    ({ date: day(date) as Day, kind, party: null }) as unknown as Deadline;

  it('names the first deadline the other reading lists beyond the main ones', () => {
    const other = [deadline('2020-08-24'), deadline('2020-11-23', 'renewal')];
    expect(deadlineDifferences([deadline('2020-08-24')], other)).toEqual([{ kind: 'deadline', deadline: other[1] }]);
  });

  // A reading that tells the same record: its deadlines are the main ones.
  const same = { id: 'same', title: 'The same record, from another source' };

  it('keeps only the deadlines the main list kept', () => {
    const compiled = compiledOf({ readings: [same] });
    const keep = (d: Deadline) => d.kind === 'notice-deadline';
    const [from, until] = [day('2020-01-01'), day('2021-12-31')];
    const main = deadlinesBetween(compiled, from, until, null, WEEKENDS_ONLY).filter(keep).sort(compareDeadlines);
    expect(main.map((d) => show(d.date))).toEqual(['2020-08-24', '2021-08-24']);
    const [other] = readingDeadlines(compiled, main, { from, until, party: null }, WEEKENDS_ONLY, keep);
    expect(other?.differences).toEqual([]);
  });

  it("compares the reading's deadlines soonest first, as the main list is", () => {
    // AA's notice of 2019-09-01 misses the 2019-08-24 deadline and takes effect at the end of
    // term 4, 2020-11-23; before it comes the renewal of 2019-11-23
    const compiled = compiledOf({ events: [{ type: 'notice', date: '2019-09-01', party: 'AA' }], readings: [same] });
    const [from, until] = [day('2019-09-01'), day('2020-12-31')];
    const main = deadlinesBetween(compiled, from, until, null, WEEKENDS_ONLY).sort(compareDeadlines);
    expect(main.map((d) => [show(d.date), d.kind])).toContainEqual(['2019-11-23', 'renewal']);
    expect(main.map((d) => [show(d.date), d.kind])).toContainEqual(['2020-11-23', 'effective']);
    const [other] = readingDeadlines(compiled, main, { from, until, party: null }, WEEKENDS_ONLY);
    expect(other?.differences).toEqual([]);
  });
});
