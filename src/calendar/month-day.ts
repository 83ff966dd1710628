import { civilFromDay, type Day, dayFromCivil, MONTH_NAMES } from './day.js';

/** A day of the year `--MM-DD` (ISO 8601's year-less date), e.g. 31 December. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

const MONTH_DAY_SHAPE = /^--(\d{2})-(\d{2})$/;
/** The longest each month can be: a year-less day exists when some year has it. */
const LONGEST_MONTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

// A catalogue repeats a few days of the year ("--12-31", "--01-01"), and a file's is checked
// by the fast path and parsed by the compile step: each text is read once (at most 366 are
// days of the year, so the map stays small).
const parsedMonthDays = new Map<string, MonthDay>();

/** The day of the year a text writes, or why it writes none. */
function readMonthDay(text: string): MonthDay | string {
  const known = parsedMonthDays.get(text);
  if (known !== undefined) return known;
  const match = MONTH_DAY_SHAPE.exec(text);
  if (!match) return 'expected a day of the year --MM-DD such as --12-31';
  const month = Number(match[1]);
  const day = Number(match[2]);
  const longest = LONGEST_MONTHS[month - 1];
  if (longest === undefined) return `there is no month ${match[1]}`;
  if (day < 1 || day > longest) return `${MONTH_NAMES[month - 1]} has ${day < 1 ? 'no day 00' : `at most ${longest} days`}`;
  const read: MonthDay = Object.freeze({ month, day });
  parsedMonthDays.set(text, read);
  return read;
}

/**
 * Why a text is not a day of the year `--MM-DD`, or null when it is one (`--02-29` is one:
 * whether a rule may use it is the rule's business).
 * monthDayProblem("--02-30") → "February has at most 29 days"
 */
export function monthDayProblem(text: string): string | null {
  const read = readMonthDay(text);
  return typeof read === 'string' ? read : null;
}

/** parseMonthDay("--06-30") → { month: 6, day: 30 }; call it on texts monthDayProblem accepts. */
export function parseMonthDay(text: string): MonthDay {
  const read = readMonthDay(text);
  if (typeof read === 'string') throw new RangeError(`not a day of the year: "${text}" (${read})`);
  return read;
}

/** The first day on or after `from` that is `anchor` in its year: (2018-10-12, --12-31) → 2018-12-31. */
export function monthDayOnOrAfter(from: Day, anchor: MonthDay): Day {
  const { year } = civilFromDay(from);
  const thisYear = dayFromCivil(year, anchor.month, anchor.day);
  return thisYear >= from ? thisYear : dayFromCivil(year + 1, anchor.month, anchor.day);
}

/** The last day on or before `until` that is `anchor` in its year: (2019-06-30, --01-01) → 2019-01-01. */
export function monthDayOnOrBefore(until: Day, anchor: MonthDay): Day {
  const { year } = civilFromDay(until);
  const thisYear = dayFromCivil(year, anchor.month, anchor.day);
  return thisYear <= until ? thisYear : dayFromCivil(year - 1, anchor.month, anchor.day);
}

/** The first day of a month on or after `from`: 2021-06-23 → 2021-07-01; 2021-07-01 → itself. */
export function monthStartOnOrAfter(from: Day): Day {
  const { year, month, day } = civilFromDay(from);
  return day === 1 ? from : dayFromCivil(year + Math.floor(month / 12), (month % 12) + 1, 1);
}

/** The first day of the month holding `day`: 2021-01-01 → itself; 2021-06-23 → 2021-06-01. */
export function monthStartOnOrBefore(day: Day): Day {
  const { year, month } = civilFromDay(day);
  return dayFromCivil(year, month, 1);
}
