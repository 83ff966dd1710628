import { GsomiaError, quoted } from '../errors.js';

/**
 * A civil calendar date as a whole number of days since 1970-01-01 in the proleptic
 * Gregorian calendar. Plain integers compare, subtract and sort without a `Date`, so no
 * answer can depend on the machine's time zone.
 */
export type Day = number;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
/** Month names for the calendar's error messages (the message tables have their own words). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** daysInMonth(2020, 2) → 29 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 31);
}

/**
 * Days since 1970-01-01 of a civil date (Hinnant's days_from_civil, exact for any year).
 * dayFromCivil(2020, 8, 24) → 18498
 */
export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** civilFromDay(18498) → { year: 2020, month: 8, day: 24 } */
export function civilFromDay(value: Day): CivilDate {
  const z = value + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const FIRST_DAY: Day = dayFromCivil(FIRST_YEAR, 1, 1);
export const LAST_DAY: Day = dayFromCivil(LAST_YEAR, 12, 31);

/** True for a day gsomia can name: 0001-01-01 through 9999-12-31. */
export function isInRange(value: Day): boolean {
  return value >= FIRST_DAY && value <= LAST_DAY;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * formatDay(18498) → "2020-08-24". A day past 9999-12-31 is a bug upstream, not a
 * date to print: callers check `isInRange` and say "beyond 9999-12-31" themselves.
 */
export function formatDay(value: Day): string {
  if (!Number.isInteger(value) || !isInRange(value)) {
    throw new RangeError(`day ${value} is outside 0001-01-01 … 9999-12-31`);
  }
  const { year, month, day } = civilFromDay(value);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The digits of a YYYY-MM-DD string as one number (2020-08-24 → 20200824), or -1 for any
 * other shape. Read by character code: every date of every file of a scan passes here
 * twice (the fast path's check, then the parse, which reads it once), and a regular
 * expression's match array was a tenth of a 10,000-file scan.
 */
function packedDate(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return -1;
  let packed = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    packed = packed * 10 + digit;
  }
  return packed;
}

const DASH = 45;
const ZERO = 48;

/** Why a string is not a calendar date, or null when it is one. */
export function dateProblem(text: string): string | null {
  return problemOfPacked(text, packedDate(text));
}

/** dateProblem for a string already read by packedDate. */
function problemOfPacked(text: string, packed: number): string | null {
  if (packed < 0) return 'expected a calendar date YYYY-MM-DD (years 0001–9999)';
  const year = Math.floor(packed / 10_000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  if (year < FIRST_YEAR) return 'years run from 0001 to 9999';
  if (month < 1 || month > 12) return `there is no month ${text.slice(5, 7)}`;
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) return `${MONTH_NAMES[month - 1]} ${text.slice(0, 4)} has ${length} days`;
  return null;
}

/**
 * parseDay("2020-08-24") → 18498; parseDay("2020-02-30") throws
 * `invalid date "2020-02-30": February 2020 has 29 days`.
 */
export function parseDay(text: string, what = 'date'): Day {
  const packed = packedDate(text);
  const problem = problemOfPacked(text, packed);
  if (problem !== null)
    throw new GsomiaError('INVALID_DATE', `invalid ${what} ${quoted(text)}: ${problem}`, 2, { what, value: quoted(text) });
  return dayFromCivil(Math.floor(packed / 10_000), Math.floor(packed / 100) % 100, packed % 100);
}
