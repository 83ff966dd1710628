import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { effectOfNotice } from '../../src/engine/notice-effect.js';
import { statusOn } from '../../src/engine/status.js';
import { termsOf } from '../../src/engine/terms.js';
import { compiledOf, day, show } from '../helpers/agreement.js';

const indefinite = (notice: string, lapse: 'same-day' | 'next-day', extra: Record<string, unknown> = {}) =>
  compiledOf({
    entryIntoForce: '1970-01-01',
    duration: { initial: null, then: 'indefinite' },
    termination: { notice, effect: 'after-notice', lapse },
    ...extra,
  });

describe('withdrawal after notice: first day out = receipt + N (+ 1 day for next-day)', () => {
  it.each([
    // [notice period, lapse, received, first day out]
    ['P6M', 'same-day', '2019-02-02', '2019-08-02'], // INF
    ['P6M', 'same-day', '2001-12-13', '2002-06-13'], // ABM
    ['P1Y', 'same-day', '2019-11-04', '2020-11-04'], // Paris
    ['P6M', 'next-day', '2012-01-24', '2012-07-25'], // ICSID practice
    ['P6M', 'same-day', '2019-08-31', '2020-02-29'], // clamps to a leap day
    ['P6M', 'same-day', '2018-08-31', '2019-02-28'], // clamps to 28 February
    ['P6M', 'next-day', '2018-08-31', '2019-03-01'], // the clamp first, then the extra day
    ['P1Y', 'same-day', '2020-02-29', '2021-02-28'],
    ['P1Y', 'next-day', '2020-02-29', '2021-03-01'],
    ['P90D', 'same-day', '2020-08-24', '2020-11-22'],
    ['P2W', 'next-day', '2020-12-31', '2021-01-15'],
  ] as const)('with %s %s, a notice received on %s takes effect on %s', (notice, lapse, received, out) => {
    const compiled = indefinite(notice, lapse);
    expect(show(effectOfNotice(compiled, termsOf(compiled), day(received)))).toBe(out);
  });

  it('gives 2012-07-25 as the first day out after an ICSID-style notice of 2012-01-24 (receipt + 6 months + 1 day)', () => {
    const compiled = indefinite('P6M', 'next-day', { events: [{ type: 'notice', date: '2012-01-24', party: 'AA' }] });
    expect(statusOn(compiled, day('2012-07-24')).inForce).toBe(true);
    const status = statusOn(compiled, day('2012-07-25'));
    expect(status.inForce).toBe(false);
    expect(show(status.endedOn)).toBe('2012-07-25');
    expect(historyUntil(compiled, day('2013-01-01')).events.map((e) => [e.state, show(e.effectiveOn)])).toEqual([
      ['effective', '2012-07-25'],
    ]);
  });

  it('takes only the denouncing party out of a multilateral ICSID-style convention', () => {
    const compiled = indefinite('P6M', 'next-day', {
      kind: 'multilateral',
      parties: ['VE', 'US'],
      events: [{ type: 'notice', date: '2012-01-24', party: 'VE' }],
    });
    expect(statusOn(compiled, day('2012-07-24'), 'VE').inForce).toBe(true);
    expect(show(statusOn(compiled, day('2012-07-25'), 'VE').endedOn)).toBe('2012-07-25');
    expect(statusOn(compiled, day('2012-07-25'), 'US').inForce).toBe(true);
    expect(statusOn(compiled, day('2012-07-25')).inForce).toBe(true);
  });

  it('has no term, deadline or renewal when indefinite from entry into force', () => {
    const status = statusOn(indefinite('P6M', 'same-day'), day('2000-01-01'));
    expect(status.phase).toBe('indefinite');
    expect([status.term, status.nextRenewal, status.notice.deadline, status.notice.daysLeft, status.notice.nextDeadline]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('lets the other party still give notice while one notice is pending', () => {
    const compiled = indefinite('P6M', 'same-day', { events: [{ type: 'notice', date: '2019-02-02', party: 'AA' }] });
    const { notice, pending } = statusOn(compiled, day('2019-03-01'));
    expect(notice.possible).toBe(true);
    expect(show(notice.effectiveOn)).toBe('2019-09-01');
    expect(pending).toHaveLength(1);
  });
});

describe('earliest notice: from entry into force + earliest, that day included', () => {
  const compiled = indefinite('P1Y', 'same-day', {
    entryIntoForce: '2016-02-29',
    termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
  });

  it.each([
    ['2019-02-27', false],
    ['2019-02-28', true], // 2016-02-29 + 3 years clamps to 28 February
    ['2019-03-01', true],
  ] as const)('on %s notice possible is %s', (on, possible) => {
    const { notice } = statusOn(compiled, day(on));
    expect(notice.possible).toBe(possible);
    expect(show(notice.earliestOn)).toBe('2019-02-28');
    expect(notice.effectiveOn === null).toBe(!possible);
  });

  it('lists the earliest day among the deadlines as it approaches', () => {
    const listed = deadlinesBetween(compiled, day('2019-01-01'), day('2019-12-31'));
    expect(listed.map((d) => [d.kind, show(d.date), d.daysUntil])).toEqual([['earliest-notice', '2019-02-28', 58]]);
  });
});
