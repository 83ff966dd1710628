import { GsomiaError, quoted } from '../errors.js';
import { civilFromDay, type Day, dayFromCivil, daysInMonth } from './day.js';

/**
 * An ISO 8601 date duration `P[nY][nM][nW][nD]`. Years fold into months and weeks into
 * days: that is all the arithmetic needs, and sums stay component-wise.
 */
export interface Duration {
  /** years × 12 + months */
  readonly months: number;
  /** weeks × 7 + days */
  readonly days: number;
  /** the text it was written as, e.g. "P90D" */
  readonly text: string;
}

const DURATION_SHAPE = /^P(?:(\d{1,7})Y)?(?:(\d{1,7})M)?(?:(\d{1,7})W)?(?:(\d{1,7})D)?$/;
// Anything longer than 9998 years cannot move a date inside 0001–9999 anywhere useful.
const MAX_MONTHS = 9998 * 12;
const MAX_DAYS = 9998 * 366;

// Durations are immutable values and catalogues repeat a handful of them ("P1Y", "P6M"):
// each text is parsed once (readDuration).
const parsedDurations = new Map<string, Duration>();
/** The zero durations met so far, written in the duration's own form ("P0D", "P0Y0M"): never parsed, often asked about. */
const zeroDurations = new Set<string>();

/**
 * The duration a text writes, or why it writes none. A valid one is kept: a catalogue
 * repeats a handful of texts, and the fast path's check and the compile step's parse of
 * the same text then read it once (a reading's own notice period is checked and never
 * parsed unless the reading is compiled).
 */
function readDuration(text: string): Duration | string {
  const known = parsedDurations.get(text);
  if (known !== undefined) return known;
  const match = DURATION_SHAPE.exec(text);
  if (!match || text === 'P') {
    if (/^P.*T/.test(text)) return 'durations are in whole days, months and years: no time part (T…)';
    if (/-/.test(text)) return 'durations cannot be negative';
    return 'expected an ISO 8601 date duration such as P90D, P6M, P1Y or P1Y6M';
  }
  const [years, months, weeks, days] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
  if (years + months + weeks + days === 0) return 'a duration needs at least one non-zero part';
  if (years * 12 + months > MAX_MONTHS || weeks * 7 + days > MAX_DAYS) return 'longer than 9998 years';
  const duration: Duration = Object.freeze({ months: years * 12 + months, days: weeks * 7 + days, text });
  if (parsedDurations.size < 1000) parsedDurations.set(text, duration);
  return duration;
}

/** Why a string is not a date duration, or null when it is one. */
export function durationProblem(text: string): string | null {
  const read = readDuration(text);
  return typeof read === 'string' ? read : null;
}

/**
 * Whether a text is a duration of zero written in the duration's own form (P0D, P0Y0M): no
 * duration, except a notice period that a cut-off day replaces (termination.noticeBy).
 */
export function isZeroDuration(text: string): boolean {
  // Durations already parsed are none of them zero: most calls end here.
  if (parsedDurations.has(text) || !text.includes('0')) return false;
  if (zeroDurations.has(text)) return true;
  const match = DURATION_SHAPE.exec(text);
  const zero = match !== null && text !== 'P' && match.slice(1).every((part) => part === undefined || Number(part) === 0);
  // A zero notice (the Whaling Convention's P0D) is asked about three times a file.
  if (zero && zeroDurations.size < 100) zeroDurations.add(text);
  return zero;
}

/** parseDuration("P1Y6M") → { months: 18, days: 0, text: "P1Y6M" } */
export function parseDuration(text: string, what = 'duration'): Duration {
  const read = readDuration(text);
  if (typeof read === 'string')
    throw new GsomiaError('INVALID_DURATION', `invalid ${what} ${quoted(text)}: ${read}`, 2, { what, value: quoted(text) });
  return read;
}

/** A duration from its parts, for sums and multiples: durationOf(12, 0) → P12M. */
export function durationOf(months: number, days: number): Duration {
  const text = `P${months ? `${months}M` : ''}${days || !months ? `${days}D` : ''}`;
  return { months, days, text };
}

/**
 * Adds months first, clamping the day to the month's end, then days (Temporal's order).
 * addMonthsAndDays(2016-02-29, 12, 0) → 2017-02-28; addMonthsAndDays(2019-01-31, 1, 0) → 2019-02-28
 */
export function addMonthsAndDays(start: Day, months: number, days: number): Day {
  if (months === 0) return start + days;
  const { year, month, day } = civilFromDay(start);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - Math.floor(monthIndex / 12) * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return dayFromCivil(targetYear, targetMonth, targetDay) + days;
}

/**
 * Span k of a pattern repeating every `every` from `start`: from start + k·every up to (not
 * including) start + (k·every + length), each boundary summed from `start` at once, as terms
 * are. The windows for notice of SPEC §6: periodicSpan(1951-01-01, P10Y, P1Y, 1) →
 * { opens: 1961-01-01, closes: 1962-01-01 }.
 */
export function periodicSpan(start: Day, every: Duration, length: Duration, k: number): { opens: Day; closes: Day } {
  return {
    opens: addMonthsAndDays(start, k * every.months, k * every.days),
    closes: addMonthsAndDays(start, k * every.months + length.months, k * every.days + length.days),
  };
}

/**
 * True when no span of periodicSpan(start, every, length, ·) can run past the next one's
 * opening, whatever the start; false when they might (then only checking them tells).
 * Span k closes on A(k·every.months + length.months) + k·every.days + length.days and span
 * k + 1 opens on A((k + 1)·every.months) + (k + 1)·every.days, where A(m) is start plus m
 * months, clamped: the gap between them is A(m + j) − A(m) + every.days − length.days,
 * with j = every.months − length.months the same for every k. With j = 0 the gap is
 * every.days − length.days exactly; with j ≥ 1 it is at least 28·j − 3 + every.days −
 * length.days (j months from one month's first day to another's take at least 28·j days,
 * and the clamped day of the month moves back by at most 3, from the 31st to the 28th).
 * spansNeverOverlap(P10Y, P1Y) → true; spansNeverOverlap(P1M, P30D) → false (from 31 January, February's span runs into March's)
 */
export function spansNeverOverlap(every: Duration, length: Duration): boolean {
  const months = every.months - length.months;
  const days = every.days - length.days;
  return months === 0 ? days >= 0 : months > 0 && 28 * months - 3 + days >= 0;
}

/** addDuration(2019-02-02, P6M) → 2019-08-02 */
export function addDuration(start: Day, duration: Duration, times = 1): Day {
  return addMonthsAndDays(start, duration.months * times, duration.days * times);
}

/**
 * The latest day D with D + N ≤ last (the forward rule for "N in advance").
 * For days and weeks it is last − N; with months the clamp can move it later:
 * latestNoticeDay(2026-02-28, P3M) → 2025-11-30, not 2025-11-28.
 */
export function latestNoticeDay(last: Day, notice: Duration): Day {
  if (notice.months === 0) return last - notice.days;
  let candidate = addMonthsAndDays(last, -notice.months, -notice.days);
  // D + N never decreases as D grows, so a few steps from the estimate settle it.
  while (addDuration(candidate, notice) > last) candidate -= 1;
  while (addDuration(candidate + 1, notice) <= last) candidate += 1;
  return candidate;
}

/** The parts a duration was written with: durationParts("P1Y6M") → { years: 1, months: 6, weeks: 0, days: 0 } */
export function durationParts(duration: Duration): { years: number; months: number; weeks: number; days: number } {
  const match = DURATION_SHAPE.exec(duration.text);
  const [years, months, weeks, days] = match ? match.slice(1).map((part) => Number(part ?? 0)) : [0, duration.months, 0, duration.days];
  return { years: years ?? 0, months: months ?? 0, weeks: weeks ?? 0, days: days ?? 0 };
}
