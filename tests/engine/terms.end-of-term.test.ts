import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { noticeDeadline, termsOf } from '../../src/engine/terms.js';
import { compiledOf, day, type EventInput, show } from '../helpers/agreement.js';

const renewing = (start: string, initial: string, renewal: string, notice: string, events: EventInput[] = []) =>
  compiledOf({
    entryIntoForce: start,
    duration: { initial, then: 'renew', renewal },
    termination: { notice, effect: 'end-of-term' },
    events,
  });

describe('notice before the end of a term: deadline = latest D with D + N ≤ last day', () => {
  it.each([
    // [entry into force, term, notice, term number, term start, term end, deadline]
    ['2016-11-23', 'P1Y', 'P90D', 4, '2019-11-23', '2020-11-22', '2020-08-24'], // GSOMIA
    ['2025-03-01', 'P1Y', 'P3M', 1, '2025-03-01', '2026-02-28', '2025-11-30'], // the month clamp moves it later than E − 3 months
    ['2020-02-29', 'P1Y', 'P90D', 4, '2023-02-28', '2024-02-28', '2023-11-30'], // from the origin: term 4 ends the day before 2024-02-29
    ['2020-02-29', 'P1Y', 'P90D', 5, '2024-02-29', '2025-02-27', '2024-11-29'],
    ['2020-01-31', 'P1M', 'P1M', 2, '2020-02-29', '2020-03-30', '2020-02-29'], // 2020-01-31 + 2 months = 2020-03-31
    ['2000-01-01', 'P10Y', 'P6M', 1, '2000-01-01', '2009-12-31', '2009-06-30'],
    ['1999-12-01', 'P1Y', 'P2W', 101, '2099-12-01', '2100-11-30', '2100-11-16'],
  ] as const)(
    'from %s with %s terms and %s notice, term %i runs %s … %s with deadline %s',
    (start, term, notice, k, first, last, deadline) => {
      const compiled = renewing(start, term, term, notice);
      const terms = termsOf(compiled);
      expect([show(terms.boundary(k - 1)), show(terms.boundary(k) - 1)]).toEqual([first, last]);
      expect(show(noticeDeadline(compiled, terms, k))).toBe(deadline);
      expect(terms.containing(day(last))).toBe(k);
      expect(terms.containing(day(first))).toBe(k);
    },
  );
});

describe("a ten-year renewing treaty with six months' notice", () => {
  const compiled = renewing('2000-01-01', 'P10Y', 'P10Y', 'P6M');

  it('allows notice on 2009-06-30 that ends it on 2010-01-01', () => {
    const status = statusOn(compiled, day('2009-06-30'));
    expect(status.term && [status.term.number, show(status.term.end)]).toEqual([1, '2009-12-31']);
    expect(show(status.nextRenewal)).toBe('2010-01-01');
    expect(status.notice.possible).toBe(true);
    expect(status.notice.daysLeft).toBe(0);
    expect(show(status.notice.effectiveOn)).toBe('2010-01-01');
  });

  it('on 2009-07-01 can no longer stop the 2010 renewal: a notice ends it on 2020-01-01', () => {
    const { notice } = statusOn(compiled, day('2009-07-01'));
    expect(notice.possible).toBe(false);
    expect(show(notice.deadline)).toBe('2009-06-30');
    expect(notice.daysLeft).toBe(-1);
    expect(show(notice.nextDeadline)).toBe('2019-06-30');
    expect(show(notice.effectiveOn)).toBe('2020-01-01');
  });

  it('ends at the end of term 2 after a notice received in 2015', () => {
    const withNotice = renewing('2000-01-01', 'P10Y', 'P10Y', 'P6M', [{ type: 'notice', date: '2015-03-10', party: 'BB' }]);
    expect(show(statusOn(withNotice, day('2015-03-10')).pending[0]?.effectiveOn)).toBe('2020-01-01');
    expect(statusOn(withNotice, day('2015-03-10')).nextRenewal).toBeNull();
    expect(statusOn(withNotice, day('2019-12-31')).inForce).toBe(true);
    expect(show(statusOn(withNotice, day('2020-01-01')).endedOn)).toBe('2020-01-01');
    const { terms } = historyUntil(withNotice, day('2030-01-01'));
    expect(terms.map((t) => [t.number, show(t.end), show(t.noticeDeadline), t.outcome])).toEqual([
      [1, '2009-12-31', '2009-06-30', 'renewed'],
      [2, '2019-12-31', '2019-06-30', 'terminated'],
    ]);
  });

  it('lists the 2019 deadline, then the 2020 renewal', () => {
    const listed = deadlinesBetween(compiled, day('2019-01-01'), day('2020-12-31'));
    expect(listed.map((d) => [d.kind, show(d.date), d.term])).toEqual([
      ['notice-deadline', '2019-06-30', 2],
      ['renewal', '2020-01-01', 3],
    ]);
  });
});

describe('notice periods in months around short months', () => {
  it('counts a notice received on the deadline 2025-11-30 as timely for the term ending 2026-02-28', () => {
    const compiled = renewing('2025-03-01', 'P1Y', 'P1Y', 'P3M');
    expect(show(statusOn(compiled, day('2025-11-30')).notice.effectiveOn)).toBe('2026-03-01');
    expect(show(statusOn(compiled, day('2025-12-01')).notice.effectiveOn)).toBe('2027-03-01');
  });

  it('finds the next deadline a late notice can still meet, in a far-future term', () => {
    const compiled = renewing('2016-11-23', 'P1Y', 'P1Y', 'P90D');
    const { notice, term } = statusOn(compiled, day('9000-09-01'));
    expect(term && [show(term.start), show(term.end)]).toEqual(['8999-11-23', '9000-11-22']);
    expect(show(notice.deadline)).toBe('9000-08-24');
    expect(show(notice.nextDeadline)).toBe('9001-08-24');
  });
});
