import { describeDay, type Day } from '../calendar/day.js';

/** A day for output; a computed day past 9999-12-31 is said plainly, never as NaN. */
export const showDay = describeDay;

export function showDayOrNull(day: Day | null): string | null {
  return day === null ? null : showDay(day);
}

/** 0 → "today", 1 → "tomorrow", 269 → "in 269 days", -1 → "yesterday", -3 → "3 days ago" */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
