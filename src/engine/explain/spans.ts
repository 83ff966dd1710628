import { civilFromDay, type Day } from '../../calendar/day.js';
import { addMonthsAndDays } from '../../calendar/duration.js';
import type { CompiledAgreement } from '../compiled-agreement.js';
import type { Terms } from '../terms.js';

/** A distance from entry into force, as the calendar adds it: months first, then days. */
export interface Span {
  readonly months: number;
  readonly days: number;
}

const none: Span = { months: 0, days: 0 };

/**
 * The span from entry into force to boundary k: I + (k − 1)·R, summed at once.
 * GSOMIA (I = R = 1 year): spanToBoundary(compiled, terms, 4) → { months: 48, days: 0 }.
 */
export function spanToBoundary(compiled: CompiledAgreement, terms: Terms, k: number): Span {
  const { initial, renewal } = compiled;
  if (k === 0 || initial === null) return none;
  if (compiled.then === 'renew' && renewal)
    return { months: initial.months + (k - 1) * renewal.months, days: initial.days + (k - 1) * renewal.days };
  // Expiring agreements: boundaries past the initial term come from extensions, which
  // termsOf has already summed; recover the span from the boundary itself.
  if (k === 1) return { months: initial.months, days: initial.days };
  return spanBetween(compiled.start, terms.boundary(k));
}

/**
 * A whole-month span when one fits exactly (clamps aside), else days.
 * spanBetween(2016-11-23, 2019-11-23) → { months: 36, days: 0 }.
 */
export function spanBetween(from: Day, to: Day): Span {
  const a = civilFromDay(from);
  const b = civilFromDay(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonthsAndDays(from, months, 0) === to) return { months, days: 0 };
  return { months: 0, days: to - from };
}

/**
 * True when adding `months` to `from` had to clamp the day to the month's end.
 * clampedBy(2020-01-31, 1) → true (February has no 31st: 2020-02-29).
 */
export function clampedBy(from: Day, months: number): boolean {
  return months !== 0 && civilFromDay(addMonthsAndDays(from, months, 0)).day !== civilFromDay(from).day;
}
