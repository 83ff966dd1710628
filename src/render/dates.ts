import type { Day } from '../calendar/day.js';
import { neutral } from './messages/index.js';

/**
 * A day for JSON and CSV, which are the same in every language: 2020-08-24 →
 * "2020-08-24"; a computed day past 9999-12-31 is said plainly, never as NaN. Text
 * output writes days with its own table's `day`.
 */
export const showDay = (day: Day): string => neutral.day(day);

export function showDayOrNull(day: Day | null): string | null {
  return day === null ? null : showDay(day);
}
