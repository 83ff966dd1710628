import { describe, expect, it } from 'vitest';
import { WEEKENDS_ONLY } from '../../src/engine/deadline-day.js';
import { readingStatuses } from '../../src/engine/reading-differences.js';
import { statusOn } from '../../src/engine/status.js';
import { compiledOf, type DefinitionFields, day } from '../helpers/agreement.js';

// SPEC §7: how another reading's status for the same day differs from the main one, kind by
// kind. The minimal agreement (helpers/agreement.ts) runs yearly terms from 2016-11-23 with
// 90 days' notice before a term ends: term 1 is 2016-11-23 … 2017-11-22 (deadline
// 2017-08-24), term 3 2018-11-23 … 2019-11-22 (deadline 2019-08-24), term 4 2019-11-23 …
// 2020-11-22 (deadline 2020-08-24).
const differencesOf = (fields: DefinitionFields, reading: Record<string, unknown>, on: string, party: string | null = null) => {
  const compiled = compiledOf({ ...fields, readings: [{ id: 'other', title: 'Another reading', ...reading }] });
  const [other] = readingStatuses(compiled, statusOn(compiled, day(on), party), WEEKENDS_ONLY);
  return other?.differences;
};

// Three parties, out three months after notice (after-notice, same day), no fixed term.
const MULTILATERAL = {
  kind: 'multilateral',
  parties: ['AA', 'BB', 'DD'],
  duration: { initial: null, then: 'indefinite' },
  termination: { notice: 'P3M', effect: 'after-notice' },
} as const;

describe('readingStatuses, kind by kind', () => {
  it("names only the party whose day out differs: AA's notice of 2020-01-10 (out 2020-04-10) against one of 2020-02-10 (out 2020-05-10)", () => {
    const differences = differencesOf(
      { ...MULTILATERAL, events: [{ type: 'notice', date: '2020-01-10', party: 'AA' }] },
      { events: [{ type: 'notice', date: '2020-02-10', party: 'AA' }] },
      '2020-03-01',
    );
    expect(differences).toEqual([{ kind: 'party', party: 'AA', outOn: day('2020-05-10') }]);
  });

  it('says only that a party is out under a reading where it has not joined yet, with nothing on the way', () => {
    // DD accedes on 2020-01-01 in the record, on 2021-01-01 in the reading: on 2020-06-01 it
    // is a party under the first and not yet one under the second, out of nothing (no day out)
    const differences = differencesOf(
      { ...MULTILATERAL, events: [{ type: 'accession', date: '2020-01-01', party: 'DD' }] },
      { events: [{ type: 'accession', date: '2021-01-01', party: 'DD' }] },
      '2020-06-01',
      'DD',
    );
    expect(differences).toEqual([{ kind: 'out', outOn: null }]);
  });

  it('gives the term, the deadline, the effect and the soonest end of a reading with two-year terms, on 2017-01-01', () => {
    // term 1 runs 2016-11-23 … 2018-11-22 under it: deadline 2018-11-22 − 90 days = 2018-08-24,
    // and a notice that day ends the agreement from 2018-11-23
    const differences = differencesOf({}, { duration: { initial: 'P2Y', then: 'renew', renewal: 'P2Y' } }, '2017-01-01');
    expect(differences).toEqual([
      { kind: 'term', number: 1, start: day('2016-11-23'), end: day('2018-11-22') },
      { kind: 'notice', possible: true, deadline: day('2018-08-24') },
      { kind: 'effect', effectiveOn: day('2018-11-23') },
      { kind: 'earliest-end', on: day('2018-11-23') },
    ]);
  });

  it('gives the term of a reading with yearly terms where the main reading has none (withdrawal six months after notice)', () => {
    const differences = differencesOf(
      { duration: { initial: null, then: 'indefinite' }, termination: { notice: 'P6M', effect: 'after-notice' } },
      { duration: { initial: 'P1Y', then: 'renew', renewal: 'P1Y' }, termination: { notice: 'P90D', effect: 'end-of-term' } },
      '2017-01-01',
    );
    // main: a notice on 2017-01-01 takes effect 2017-07-01; the reading: at the end of term 1
    expect(differences).toEqual([
      { kind: 'term', number: 1, start: day('2016-11-23'), end: day('2017-11-22') },
      { kind: 'notice', possible: true, deadline: day('2017-08-24') },
      { kind: 'effect', effectiveOn: day('2017-11-23') },
      { kind: 'earliest-end', on: day('2017-11-23') },
    ]);
  });

  it('says notice is not possible yet under a reading with a later earliest day, the deadline being the same', () => {
    // earliest 2016-11-23 + P3Y6M = 2020-05-23: on 2020-01-01 no notice may be given under it,
    // and the 2020-08-24 deadline, after that day, stays the deadline
    const differences = differencesOf({}, { termination: { earliest: 'P3Y6M' } }, '2020-01-01');
    expect(differences).toEqual([
      { kind: 'notice', possible: false, deadline: day('2020-08-24') },
      { kind: 'effect', effectiveOn: null },
      { kind: 'earliest-end', on: null },
    ]);
  });

  it("says no end is on the way under a reading without AA's notice of 2019-08-23, and what a notice on 2019-09-01 would do there", () => {
    // main: the notice ends term 3, out from 2019-11-23; a notice on 2019-09-01 misses the
    // 2019-08-24 deadline and would end term 4 (2020-11-23), no sooner: it changes nothing there
    const differences = differencesOf({ events: [{ type: 'notice', date: '2019-08-23', party: 'AA' }] }, { events: [] }, '2019-09-01');
    expect(differences).toEqual([
      { kind: 'ends', on: null, reason: null },
      { kind: 'effect', effectiveOn: day('2020-11-23') },
      { kind: 'earliest-end', on: day('2020-11-23') },
    ]);
  });
});
