import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/engine/deadline.js';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { effectOfNotice } from '../../src/engine/notice-effect.js';
import { statusOn } from '../../src/engine/status.js';
import { noticeDeadline, termsOf } from '../../src/engine/terms.js';
import { neutral } from '../../src/render/messages/index.js';
import { compiledOf, day, type EventInput, show } from '../helpers/agreement.js';

// Five years, then until one year after notice (the 1965 Fisheries Agreement's shape).
const fiveThenIndefinite = (lapse: 'same-day' | 'next-day' = 'same-day', events: EventInput[] = []) =>
  compiledOf({
    entryIntoForce: '2000-01-31',
    duration: { initial: 'P5Y', then: 'indefinite' },
    termination: { notice: 'P1Y', effect: 'after-notice', lapse },
    events,
  });

describe('a fixed initial term followed by indefinite duration, withdrawal after notice', () => {
  const compiled = fiveThenIndefinite();
  const terms = termsOf(compiled);

  it('has one initial term, 2000-01-31 … 2005-01-30, then an indefinite phase from 2005-01-31', () => {
    expect([terms.count, show(terms.boundary(1)), show(terms.indefiniteFrom)]).toEqual([1, '2005-01-31', '2005-01-31']);
    expect(statusOn(compiled, day('2005-01-30')).phase).toBe('fixed-term');
    expect(statusOn(compiled, day('2005-01-31')).phase).toBe('indefinite');
  });

  it('gives the initial term a deadline: 2004-01-31 + 1 year is the first day after the term', () => {
    expect(show(noticeDeadline(compiled, terms, 1))).toBe('2004-01-31');
    expect(show(noticeDeadline(fiveThenIndefinite('next-day'), terms, 1))).toBe('2004-01-30');
  });

  it.each([
    ['2000-01-31', '2005-01-31'], // never before the initial term ends
    ['2002-06-15', '2005-01-31'],
    ['2004-01-31', '2005-01-31'], // the deadline
    ['2004-02-01', '2005-02-01'], // late: one year after receipt
    ['2010-03-15', '2011-03-15'], // in the indefinite phase
  ] as const)('takes a notice received on %s out of force on %s', (received, out) => {
    expect(show(effectOfNotice(compiled, terms, day(received)))).toBe(out);
  });

  it('still allows a late notice in the initial term, with the deadline passed', () => {
    const { notice } = statusOn(compiled, day('2004-02-01'));
    expect(notice.possible).toBe(true);
    expect(notice.daysLeft).toBe(-1);
    expect(show(notice.effectiveOn)).toBe('2005-02-01');
    expect(notice.nextDeadline).toBeNull();
  });

  it('marks the initial term "continued" once the indefinite phase has begun', () => {
    const history = historyUntil(compiled, day('2006-01-01'));
    expect(history.terms.map((t) => [t.number, show(t.end), show(t.noticeDeadline), t.outcome])).toEqual([
      [1, '2005-01-30', '2004-01-31', 'continued'],
    ]);
    expect(history.phases.map((p) => [p.kind, show(p.start), show(p.end)])).toEqual([
      ['fixed-terms', '2000-01-31', '2005-01-30'],
      ['indefinite', '2005-01-31', null],
    ]);
    expect(historyUntil(compiled, day('2003-01-01')).terms.map((t) => t.outcome)).toEqual(['current']);
  });

  it('ends with the initial term after an early notice', () => {
    const early = fiveThenIndefinite('same-day', [{ type: 'notice', date: '2002-06-15', party: 'AA' }]);
    expect(statusOn(early, day('2005-01-30')).inForce).toBe(true);
    expect(show(statusOn(early, day('2005-01-31')).endedOn)).toBe('2005-01-31');
    expect(historyUntil(early, day('2006-01-01')).terms.map((t) => t.outcome)).toEqual(['terminated']);
  });

  it("lists the initial term's deadline as ending the agreement with its initial term", () => {
    const listed = deadlinesBetween(compiled, day('2004-01-01'), day('2006-01-01'));
    expect(listed.map((d) => [d.kind, show(d.date)])).toEqual([['notice-deadline', '2004-01-31']]);
    expect(listed[0]).toMatchObject({ kind: 'notice-deadline', then: 'indefinite', term: 1 });
    expect(neutral.deadlines.description(listed[0] as Deadline)).toContain('initial term');
  });
});

describe('a fixed initial term followed by indefinite duration, notice before the end of a term', () => {
  const compiled = compiledOf({
    entryIntoForce: '2000-01-01',
    duration: { initial: 'P5Y', then: 'indefinite' },
    termination: { notice: 'P6M', effect: 'end-of-term' },
  });

  it.each([
    ['2004-06-30', '2005-01-01'], // timely: ends with the initial term
    ['2004-07-01', '2005-01-01'], // 2005-01-01 is already the indefinite phase: N after receipt
    ['2004-07-02', '2005-01-02'],
    ['2010-05-31', '2010-11-30'],
  ] as const)('takes a notice received on %s out of force on %s', (received, out) => {
    expect(show(effectOfNotice(compiled, termsOf(compiled), day(received)))).toBe(out);
  });
});
