import { type Day, formatDay, isInRange, LAST_DAY } from '../../../calendar/day.js';
import { type Duration, durationParts } from '../../../calendar/duration.js';

// The words every part of the English table uses: days, counts, durations, distances.

/** 2020-08-24 → "2020-08-24"; a computed day past 9999-12-31 is said plainly, never as NaN. */
export const day = (value: Day): string =>
  isInRange(value) ? formatDay(value) : value > LAST_DAY ? 'beyond 9999-12-31' : 'before 0001-01-01';

/** 1 → "1 day", 3 → "3 days" */
export const days = (count: number): string => `${count} ${count === 1 ? 'day' : 'days'}`;

const UNITS = { years: ['year', 'years'], months: ['month', 'months'], weeks: ['week', 'weeks'], days: ['day', 'days'] } as const;

/** P1Y6M → "1 year 6 months"; P90D → "90 days"; P0D (a notice whose cut-off day does the work) → "0 days" */
export const duration = (value: Duration): string =>
  Object.entries(durationParts(value))
    .filter(([, count]) => count !== 0)
    .map(([unit, count]) => `${count} ${UNITS[unit as keyof typeof UNITS][count === 1 ? 0 : 1]}`)
    .join(' ') || days(0);

/** 0 → "today", 1 → "tomorrow", 269 → "in 269 days", -1 → "yesterday", -3 → "3 days ago" */
export const relativeDays = (count: number): string =>
  count === 0 ? 'today' : count === 1 ? 'tomorrow' : count === -1 ? 'yesterday' : count > 0 ? `in ${count} days` : `${-count} days ago`;

/**
 * A distance from entry into force in months and days, as the explanations write it:
 * span({ months: 36, days: 0 }) → "3 years"; { months: 18 } → "1 year 6 months"; { days: 90 } → "90 days".
 */
export const span = (value: { months: number; days: number }): string => {
  const years = Math.floor(value.months / 12);
  const parts = [
    [years, UNITS.years],
    [value.months - years * 12, UNITS.months],
    [value.days, UNITS.days],
  ] as const;
  const words = parts.filter(([count]) => count !== 0).map(([count, names]) => `${count} ${names[count === 1 ? 0 : 1]}`);
  return words.length === 0 ? '0 days' : words.join(' ');
};
