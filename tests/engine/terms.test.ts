import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/engine/terms.js';
import { cataloguePlan, compiledOf, day, show } from '../helpers/agreement.js';

// Mutation testing (issue 6): the closed form of `containing` is only a speed-up over a
// walk, so a wrong estimate still gives right answers, slowly. These ask for terms
// millions of terms away: a wrong estimate turns them into multi-second walks, which the
// mutation run counts as a time-out, while the closed form answers at once.

const renewing = (initial: string, renewal: string) =>
  compiledOf({
    entryIntoForce: '0001-01-01',
    duration: { initial, then: 'renew', renewal },
    termination: { notice: 'P1D', effect: 'end-of-term' },
  });

describe('the term holding a far day, in closed form', () => {
  it('numbers daily terms by their distance from entry into force: term n + 1 holds day S + n', () => {
    const terms = termsOf(renewing('P1D', 'P1D'));
    const start = day('0001-01-01');
    for (let n = 0; n < 3_000_000; n += 9_973) expect(terms.containing(start + n)).toBe(n + 1);
    expect(terms.containing(day('9999-12-31'))).toBe(day('9999-12-31') - start + 1);
  });

  it('numbers ten-day terms after a one-day initial term', () => {
    // term 1 is 0001-01-01 alone; term k ≥ 2 starts on S + 1 + 10(k − 2)
    const terms = termsOf(renewing('P1D', 'P10D'));
    const start = day('0001-01-01');
    for (let n = 1; n < 3_000_000; n += 7_919) expect(terms.containing(start + n)).toBe(Math.floor((n - 1) / 10) + 2);
  });

  it('numbers monthly terms by months elapsed, whatever the month lengths', () => {
    const terms = termsOf(renewing('P1M', 'P1M'));
    // term k runs through the last day of month k (0001-01 is month 1)
    for (const [date, k] of [
      ['0001-01-31', 1],
      ['0001-02-01', 2],
      ['2000-02-29', 1999 * 12 + 2],
      ['2000-03-01', 1999 * 12 + 3],
      ['9999-12-31', 9999 * 12],
    ] as const) {
      expect(terms.containing(day(date))).toBe(k);
    }
  });

  it('gives the first renewal day to term 2 and the day before to term 1', () => {
    const terms = termsOf(renewing('P1Y', 'P1M'));
    const firstDays = [day('0001-01-01') - 1, day('0001-12-31'), day('0002-01-01')];
    expect(firstDays.map((d) => terms.containing(d))).toEqual([null, 1, 2]);
    expect(show(terms.boundary(2))).toBe('0002-02-01');
  });
});

describe('an agreement indefinite from entry into force (INF)', () => {
  it('has no fixed terms: boundary 0 is entry into force, and no day lies in a term', () => {
    const terms = termsOf(cataloguePlan('inf'));
    expect([terms.count, show(terms.boundary(0)), show(terms.indefiniteFrom), terms.expiresOn]).toEqual([
      0,
      '1988-06-01',
      '1988-06-01',
      null,
    ]);
    expect([terms.containing(day('1988-05-31')), terms.containing(day('1988-06-01')), terms.containing(day('2019-02-02'))]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('a single fixed term (1965 Fisheries Agreement: 1965-12-18 … 1970-12-17)', () => {
  it('holds its first and last days, and neither the day before nor the day after', () => {
    const terms = termsOf(cataloguePlan('japan-korea-fisheries-1965'));
    expect(['1965-12-17', '1965-12-18', '1970-12-17', '1970-12-18'].map((d) => terms.containing(day(d)))).toEqual([null, 1, 1, null]);
  });
});
