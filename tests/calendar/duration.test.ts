import { describe, expect, it } from 'vitest';
import { civilFromDay, dayFromCivil, daysInMonth, formatDay, parseDay } from '../../src/calendar/day.js';
import {
  addDuration,
  addMonthsAndDays,
  durationOf,
  durationProblem,
  isZeroDuration,
  latestNoticeDay,
  parseDuration,
  periodicSpan,
  spansNeverOverlap,
} from '../../src/calendar/duration.js';
import { thrown } from '../helpers/thrown.js';
import { AWKWARD_DATES, PERIODS } from './grid.js';

const plus = (date: string, period: string, times = 1) => formatDay(addDuration(parseDay(date), parseDuration(period), times));

describe('parseDuration', () => {
  it.each([
    ['P1D', 0, 1],
    ['P90D', 0, 90],
    ['P1W', 0, 7],
    ['P2W3D', 0, 17],
    ['P1M', 1, 0],
    ['P6M', 6, 0],
    ['P1Y', 12, 0],
    ['P1Y6M', 18, 0],
    ['P1Y2M3W4D', 14, 25],
    ['P0Y1D', 0, 1],
    ['P10Y', 120, 0],
    ['P9998Y', 9998 * 12, 0],
  ])('reads %s as %i months and %i days', (text, months, days) => {
    expect(parseDuration(text)).toEqual({ months, days, text });
    expect(durationProblem(text)).toBeNull();
  });

  it.each([
    ['just P', 'P', 'expected an ISO 8601 date duration'],
    ['a negative part', 'P-1D', 'negative'],
    ['a time part', 'PT1H', 'no time part'],
    ['a date and time part', 'P1DT12H', 'no time part'],
    ['only zeros', 'P0D', 'at least one non-zero part'],
    ['only zeros in every unit', 'P0Y0M0W0D', 'at least one non-zero part'],
    ['a fraction', 'P1.5Y', 'expected an ISO 8601 date duration'],
    ['a comma fraction', 'P1,5Y', 'expected an ISO 8601 date duration'],
    ['more years than the calendar holds', 'P9999Y', 'longer than 9998 years'],
    ['more days than the calendar holds', 'P9999999D', 'longer than 9998 years'],
    ['a huge number', 'P99999999999999999999D', 'expected an ISO 8601 date duration'],
    ['units out of order', 'P1M1Y', 'expected an ISO 8601 date duration'],
    ['a repeated unit', 'P1D1D', 'expected an ISO 8601 date duration'],
    ['lower case', 'p1d', 'expected an ISO 8601 date duration'],
    ['no P', '90D', 'expected an ISO 8601 date duration'],
    ['a trailing space', 'P90D ', 'expected an ISO 8601 date duration'],
    ['the empty string', '', 'expected an ISO 8601 date duration'],
    ['full-width digits', 'P９０D', 'expected an ISO 8601 date duration'],
    ['a number without unit', 'P90', 'expected an ISO 8601 date duration'],
  ])('rejects %s (%j) as INVALID_DURATION', (_what, text, reason) => {
    const error = thrown(() => parseDuration(text, 'termination.notice'));
    expect(error.code).toBe('INVALID_DURATION');
    expect(error.message).toContain(`invalid termination.notice ${JSON.stringify(text)}: `);
    expect(error.message).toContain(reason);
  });

  it.each([
    [12, 0, 'P12M'],
    [0, 90, 'P90D'],
    [1, 3, 'P1M3D'],
  ])('writes %i months and %i days as %s', (months, days, text) => {
    expect(durationOf(months, days)).toEqual({ months, days, text });
    expect(parseDuration(text)).toEqual({ months, days, text });
  });
});

describe('SPEC §2 examples', () => {
  it.each([
    ['2016-02-29', 'P1Y', '2017-02-28'],
    ['2019-01-31', 'P1M', '2019-02-28'],
    ['2020-01-31', 'P1M', '2020-02-29'],
    ['2019-02-02', 'P6M', '2019-08-02'], // INF withdrawal
    ['2016-11-04', 'P3Y', '2019-11-04'], // Paris earliest notice
    ['2016-11-23', 'P1Y', '2017-11-23'], // GSOMIA first renewal
    ['2016-11-23', 'P4Y', '2020-11-23'], // GSOMIA b4 = S + (I + 3R)
    ['2020-08-24', 'P90D', '2020-11-22'], // GSOMIA: Aug 24 + 90 days = Nov 22
    ['2019-08-24', 'P90D', '2019-11-22'],
    ['1993-03-12', 'P3M', '1993-06-12'], // NPT notice
    ['2025-11-30', 'P3M', '2026-02-28'],
    ['2025-11-28', 'P3M', '2026-02-28'],
  ])('gives %s + %s = %s', (date, period, expected) => {
    expect(plus(date, period)).toBe(expected);
  });

  it('gives 2020-08-24 for 2020-11-22 − P90D', () => {
    expect(formatDay(addMonthsAndDays(parseDay('2020-11-22'), 0, -90))).toBe('2020-08-24');
  });

  it.each([
    ['2026-02-28', 'P3M', '2025-11-30'], // not 2025-11-28: the month clamp moves it later
    ['2020-11-22', 'P90D', '2020-08-24'],
    ['2019-11-22', 'P90D', '2019-08-24'],
    ['2019-02-28', 'P1M', '2019-01-31'],
    ['2020-02-29', 'P1M', '2020-01-31'],
    ['2020-02-28', 'P1M', '2020-01-28'],
    ['2017-02-28', 'P1Y', '2016-02-29'],
    ['2020-04-30', 'P1M', '2020-03-31'],
    ['2020-11-22', 'P13W', '2020-08-23'],
  ])('gives %s as the last day for notice %s before %s', (last, period, expected) => {
    expect(formatDay(latestNoticeDay(parseDay(last), parseDuration(period)))).toBe(expected);
  });

  it('counts boundaries from the origin, not by chaining: 2019-01-31 + 2 × P1M = 2019-03-31', () => {
    expect(plus('2019-01-31', 'P1M', 2)).toBe('2019-03-31');
    expect(plus(plus('2019-01-31', 'P1M'), 'P1M')).toBe('2019-03-28');
  });
});

/** The calendar cell `months` months after a date, before the day clamp. */
function monthsLater(year: number, month: number, months: number) {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const GRID = AWKWARD_DATES.flatMap((date) => PERIODS.map((period) => [date, period] as const));

describe.each(PERIODS)('adding %s to the grid of awkward dates', (period) => {
  const duration = parseDuration(period);
  const cells = GRID.filter(([, p]) => p === period).map(([date]) => date);

  it.each(cells)('lands strictly later and no earlier than from the day before, from %s', (date) => {
    const start = parseDay(date);
    const result = addDuration(start, duration);
    expect(result).toBeGreaterThan(start);
    expect(addDuration(start - 1, duration)).toBeLessThanOrEqual(result);
    expect(addDuration(start + 1, duration)).toBeGreaterThanOrEqual(result);
  });

  it.each(cells)('moves months first, clamping the day, then days, from %s', (date) => {
    const start = parseDay(date);
    const { year, month, day } = civilFromDay(start);
    const target = monthsLater(year, month, duration.months);
    const clamped = dayFromCivil(target.year, target.month, Math.min(day, daysInMonth(target.year, target.month)));
    expect(addDuration(start, duration)).toBe(clamped + duration.days);
    expect(addMonthsAndDays(start, duration.months, duration.days)).toBe(addMonthsAndDays(start, duration.months, 0) + duration.days);
  });

  it.each(cells)('keeps the day of month unless the month is too short, from %s', (date) => {
    const start = parseDay(date);
    const { day } = civilFromDay(start);
    const moved = civilFromDay(addMonthsAndDays(start, duration.months, 0));
    if (duration.months === 0) expect(moved).toEqual(civilFromDay(start));
    else expect(moved.day).toBe(Math.min(day, daysInMonth(moved.year, moved.month)));
  });

  it.each(cells)('finds the latest notice day D with D + N ≤ %s', (date) => {
    const last = parseDay(date);
    const deadline = latestNoticeDay(last, duration);
    expect(addDuration(deadline, duration)).toBeLessThanOrEqual(last);
    expect(addDuration(deadline + 1, duration)).toBeGreaterThan(last);
    if (duration.months === 0) expect(deadline).toBe(last - duration.days);
  });

  it.each(cells)('never gains days by chaining two terms from %s', (date) => {
    const start = parseDay(date);
    const fromOrigin = addDuration(start, duration, 2);
    const chained = addDuration(addDuration(start, duration), duration);
    if (duration.months === 0 || duration.days === 0) expect(chained).toBeLessThanOrEqual(fromOrigin);
    if (duration.months === 0) expect(chained).toBe(fromOrigin);
  });
});

describe('periodicSpan', () => {
  const span = (start: string, every: string, length: string, k: number) => {
    const { opens, closes } = periodicSpan(parseDay(start), parseDuration(every), parseDuration(length), k);
    return [formatDay(opens), formatDay(closes)];
  };

  it('gives span k from start + k·every to start + (k·every + length): ILO 1951-01-01, P10Y for P1Y', () => {
    expect(span('1951-01-01', 'P10Y', 'P1Y', 1)).toEqual(['1961-01-01', '1962-01-01']);
    expect(span('1951-01-01', 'P10Y', 'P1Y', 3)).toEqual(['1981-01-01', '1982-01-01']);
  });

  it('sums each boundary from start, not from the opening: 2000-01-31 + P1M opens on the 29th, closes on 31 March', () => {
    // start + 1 month clamps to 2000-02-29; start + 2 months is 2000-03-31, while 2000-02-29 + 1 month would be 2000-03-29
    expect(span('2000-01-31', 'P1M', 'P1M', 1)).toEqual(['2000-02-29', '2000-03-31']);
  });
});

describe('spansNeverOverlap', () => {
  const never = (every: string, length: string) => spansNeverOverlap(parseDuration(every), parseDuration(length));

  it('holds where fewer months, or as many with no more days, leave room for the clamp', () => {
    expect(never('P10Y', 'P1Y')).toBe(true);
    expect(never('P1M', 'P1M')).toBe(true);
    expect(never('P1Y', 'P11M3D')).toBe(true); // one month of 28 days, less 3 for the clamp, covers 3 days more
    expect(never('P1M', 'P25D')).toBe(true);
  });

  it('does not hold where a span may run into the next, or takes more months than the interval', () => {
    expect(never('P1M', 'P26D')).toBe(false); // a bound, not the answer: the checked windows decide
    expect(never('P1M', 'P30D')).toBe(false);
    expect(never('P1M', 'P2M')).toBe(false);
    expect(never('P7D', 'P8D')).toBe(false);
  });

  // What makes it safe to skip the check of the windows (model/clause-rules.ts): wherever it
  // holds, no span of 120 runs past the next one's opening, from any awkward start.
  const pairs = PERIODS.flatMap((every) => PERIODS.map((length) => [every, length] as const)).filter(([every, length]) =>
    never(every, length),
  );
  it.each(pairs)('every %s for %s: no span runs into the next, from any awkward date', (every, length) => {
    const [e, l] = [parseDuration(every), parseDuration(length)];
    for (const date of AWKWARD_DATES) {
      const start = parseDay(date);
      for (let k = 1; k <= 120; k += 1) {
        expect(periodicSpan(start, e, l, k).closes).toBeLessThanOrEqual(periodicSpan(start, e, l, k + 1).opens);
      }
    }
  });
});

describe('isZeroDuration', () => {
  it.each([
    ['P0D', true],
    ['P0Y0M', true],
    ['P0W', true],
    ['P10D', false],
    ['P1Y0M', false],
    ['P', false],
    ['0', false],
    ['P0DT0H', false],
  ])('%s → %s, and the same when asked again', (text, zero) => {
    expect(isZeroDuration(text)).toBe(zero);
    expect(isZeroDuration(text)).toBe(zero);
  });

  it('never calls a parsed duration zero', () => {
    parseDuration('P30D');
    expect(isZeroDuration('P30D')).toBe(false);
  });
});

describe('durationProblem and parseDuration read a text once', () => {
  it('hands out the same frozen duration for a text checked, then parsed', () => {
    expect(durationProblem('P47D')).toBeNull();
    const parsed = parseDuration('P47D');
    expect(parsed).toEqual({ months: 0, days: 47, text: 'P47D' });
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(parseDuration('P47D')).toBe(parsed);
  });

  it('keeps refusing a bad text however often it is asked', () => {
    expect(durationProblem('P0D')).toBe('a duration needs at least one non-zero part');
    expect(durationProblem('P0D')).toBe('a duration needs at least one non-zero part');
    expect(thrown(() => parseDuration('P0D', 'termination.notice')).message).toBe(
      'invalid termination.notice "P0D": a duration needs at least one non-zero part',
    );
  });
});
