import type { Day } from '../calendar/day.js';
import { dayEndsAt, type OffsetReader, offsetInZone } from '../calendar/time-zone.js';
import { type Weekday, weekdayOf } from '../calendar/weekday.js';
import { type Holidays, NO_HOLIDAYS, type NonWorkingDay, nonWorkingDay } from '../calendar/working-days.js';

export type { Holidays, NonWorkingDay, Weekday };

/**
 * What a deadline day is judged against: the days off beyond the weekend (one set for
 * every party: `--holidays`), and how zone offsets are read (the bin reads them through
 * the process time zone, which is faster than building an Intl formatter).
 */
export interface DeadlineCalendar {
  readonly holidays: Holidays;
  readonly offsetAt: OffsetReader;
}

/** Saturdays and Sundays off, offsets through Intl: what the library answers with unless told otherwise. */
export const WEEKENDS_ONLY: DeadlineCalendar = { holidays: NO_HOLIDAYS, offsetAt: offsetInZone };

/** A last day to act, as people need to know it: which weekday, the instant it ends, whether it is a working day. */
export interface DeadlineDay {
  readonly weekday: Weekday;
  /** 24:00 of the day in the agreement's zone, in milliseconds since 1970 UTC */
  readonly endsAt: number;
  /** null on a working day; the legal deadline never moves (treaty periods are calendar days) */
  readonly nonWorking: NonWorkingDay | null;
}

/**
 * GSOMIA's 2019 deadline, Saturday 2019-08-24 in Asia/Tokyo → { weekday: "saturday",
 * endsAt: 2019-08-24T15:00:00Z, nonWorking: { reason: "saturday", holiday: null,
 * lastWorkingDay: 2019-08-23 } }.
 *
 * Worked out once per offset reader, set of holidays, zone and day: a scan of 10,000
 * definitions asks for the same few hundred days again and again, and each end reads the
 * zone's offset three times or more. Keyed by the calendar's two parts, not by the calendar
 * object, so that calendars built afresh for each call (the library's, each command's) over
 * the same reader and holidays share the answers. They give the same answer for the same
 * day, so this is a cache, not state; a zone's days are dropped past MEMO_LIMIT, so a
 * long-lived library process cannot grow it without bound. tests/engine/deadline-day.test.ts
 * counts the reads.
 */
export function deadlineDay(day: Day, timeZone: string, calendar: DeadlineCalendar = WEEKENDS_ONLY): DeadlineDay {
  let byHolidays = known.get(calendar.offsetAt);
  if (byHolidays === undefined) {
    byHolidays = new WeakMap();
    known.set(calendar.offsetAt, byHolidays);
  }
  let zones = byHolidays.get(calendar.holidays);
  if (zones === undefined) {
    zones = new Map();
    byHolidays.set(calendar.holidays, zones);
  }
  let days = zones.get(timeZone);
  if (days === undefined) {
    days = new Map();
    zones.set(timeZone, days);
  }
  const seen = days.get(day);
  if (seen !== undefined) return seen;
  if (days.size >= MEMO_LIMIT) days.clear();
  const answer: DeadlineDay = Object.freeze({
    weekday: weekdayOf(day),
    endsAt: dayEndsAt(day, timeZone, calendar.offsetAt),
    nonWorking: Object.freeze(nonWorkingDay(day, calendar.holidays)),
  });
  days.set(day, answer);
  return answer;
}

const known = new WeakMap<OffsetReader, WeakMap<Holidays, Map<string, Map<Day, DeadlineDay>>>>();
const MEMO_LIMIT = 4096;
