import { UTCDate, utc } from '@date-fns/utc';
import { addDays, addMonths, differenceInCalendarDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dayFromCivil, formatDay, parseDay } from '../../src/calendar/day.js';
import { addDuration, addMonthsAndDays, parseDuration } from '../../src/calendar/duration.js';
import { PERIODS } from './grid.js';

/**
 * date-fns 4 in an explicit UTC context is an independent implementation of the same
 * calendar and of the same clamp (addMonths keeps the day or takes the month's last).
 * It is only trusted where a JavaScript Date is unambiguous: years 1970–2100.
 */
const FIRST = dayFromCivil(1970, 1, 1);
const LAST = dayFromCivil(2100, 12, 31);

/** Every day around the century years and the leap days near 1970; every 11th day elsewhere. */
const DENSE = [
  [dayFromCivil(1970, 1, 1), dayFromCivil(1973, 3, 31)],
  [dayFromCivil(1999, 1, 1), dayFromCivil(2001, 3, 31)],
  [dayFromCivil(2019, 1, 1), dayFromCivil(2021, 3, 31)],
  [dayFromCivil(2098, 1, 1), dayFromCivil(2100, 12, 31)],
] as const;

const utcDateOf = (text: string) => {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return new UTCDate(year, month - 1, day);
};
const textOf = (date: Date) => format(date, 'yyyy-MM-dd', { in: utc });

describe('date-fns as an oracle, 1970–2100', () => {
  it('agrees on the day number of every day', () => {
    const epoch = new UTCDate(1970, 0, 1);
    for (let value = FIRST; value <= LAST; value += 1) {
      const text = formatDay(value);
      const date = utcDateOf(text);
      const difference = differenceInCalendarDays(date, epoch, { in: utc });
      if (difference !== value) expect(difference, text).toBe(value);
    }
  });

  it('agrees on differences between days, counted in calendar days', () => {
    for (let a = FIRST; a <= LAST; a += 997) {
      for (let b = FIRST; b <= LAST; b += 1009) {
        const expected = differenceInCalendarDays(utcDateOf(formatDay(b)), utcDateOf(formatDay(a)), { in: utc });
        if (b - a !== expected) expect(b - a, `${formatDay(a)} → ${formatDay(b)}`).toBe(expected);
      }
    }
  });

  it.each(PERIODS.filter((period) => period !== 'P400Y' && period !== 'P100Y'))(
    'agrees on start + %s (addMonths, then addDays) around leap days and century years, and every 11th day between',
    (period) => {
      const duration = parseDuration(period);
      for (let start = FIRST; addDuration(start, duration) <= LAST; start += DENSE.some(([a, b]) => start >= a && start <= b) ? 1 : 11) {
        const text = formatDay(start);
        const expected = textOf(addDays(addMonths(utcDateOf(text), duration.months, { in: utc }), duration.days, { in: utc }));
        const ours = formatDay(addDuration(start, duration));
        if (ours !== expected) expect(ours, `${text} + ${period}`).toBe(expected);
      }
    },
  );

  it('agrees on start + k months + d days from the first of each month, over many k', () => {
    for (let start = FIRST; start <= dayFromCivil(2000, 12, 31); start += 29) {
      for (const months of [0, 1, 5, 12, 13, 23, 48, 121, -1, -12, -13]) {
        for (const days of [0, 1, 30, -1, -30]) {
          const ours = addMonthsAndDays(start, months, days);
          const expected = textOf(addDays(addMonths(utcDateOf(formatDay(start)), months, { in: utc }), days, { in: utc }));
          if (formatDay(ours) !== expected) expect(formatDay(ours), `${formatDay(start)} ${months}M ${days}D`).toBe(expected);
        }
      }
    }
  });

  it('gives 2020-08-24 for 2020-11-22 − 90 days in both', () => {
    expect(formatDay(parseDay('2020-11-22') - 90)).toBe('2020-08-24');
    expect(textOf(addDays(utcDateOf('2020-11-22'), -90, { in: utc }))).toBe('2020-08-24');
  });
});
