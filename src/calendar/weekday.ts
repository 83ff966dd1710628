import type { Day } from './day.js';

/** The days of the week in ISO 8601's order, Monday first: the JSON spelling of a weekday. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The weekday of a day, by arithmetic alone (day 0, 1970-01-01, was a Thursday), so it
 * needs no Date and no zone: weekdayOf(18498) → "monday" (2020-08-24);
 * weekdayOf(dayFromCivil(2019, 8, 24)) → "saturday".
 */
export function weekdayOf(day: Day): Weekday {
  // ((n % 7) + 7) % 7: days before 1970 are negative, and JavaScript's % keeps the sign.
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7] as Weekday;
}
