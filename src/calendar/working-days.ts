import type { Day } from './day.js';
import { type Weekday, weekdayOf } from './weekday.js';

/**
 * Days off beyond the weekend, each with its name when the file gives one (an iCalendar
 * SUMMARY, the text after a date in a list), else null. A Map is one; a calendar with
 * yearly rules answers the same two questions, expanding a year when it is first asked.
 */
export type Holidays = Pick<ReadonlyMap<Day, string | null>, 'has' | 'get'>;

export const NO_HOLIDAYS: Holidays = new Map();

/** Several files' days off as one: a day is off when any lists it, named by the first that names it. */
export function allHolidays(sets: readonly Holidays[]): Holidays {
  if (sets.length === 1) return sets[0] as Holidays;
  return {
    has: (day) => sets.some((set) => set.has(day)),
    get: (day) => {
      let found: string | null | undefined;
      for (const set of sets) {
        const name = set.get(day);
        if (name !== undefined && found == null) found = name;
      }
      return found;
    },
  };
}

/** Why a day is not a working day, and the working day before it. */
export interface NonWorkingDay {
  /** a weekend day is said as such even when a holiday file lists it too */
  readonly reason: 'saturday' | 'sunday' | 'holiday';
  /** the holiday's name when a file lists the day and names it, else null */
  readonly holiday: string | null;
  /** the last working day before it (the calendar's days can run out: then a day before 0001-01-01) */
  readonly lastWorkingDay: Day;
}

const isWeekend = (weekday: Weekday) => weekday === 'saturday' || weekday === 'sunday';

/** True for a Monday to Friday that no holiday file lists. */
export function isWorkingDay(day: Day, holidays: Holidays): boolean {
  return !isWeekend(weekdayOf(day)) && !holidays.has(day);
}

/**
 * Null for a working day; else why not, and the working day before it. Saturday
 * 2019-08-24 → { reason: "saturday", holiday: null, lastWorkingDay: 2019-08-23 }; with
 * 2019-08-23 a holiday, 2019-08-22.
 */
export function nonWorkingDay(day: Day, holidays: Holidays): NonWorkingDay | null {
  if (isWorkingDay(day, holidays)) return null;
  const weekday = weekdayOf(day);
  // Every step back passes a weekend day or a listed holiday, and only finitely many days
  // are listed: the walk ends.
  let before = day - 1;
  while (!isWorkingDay(before, holidays)) before -= 1;
  return {
    reason: isWeekend(weekday) ? (weekday as 'saturday' | 'sunday') : 'holiday',
    holiday: holidays.get(day) ?? null,
    lastWorkingDay: before,
  };
}
