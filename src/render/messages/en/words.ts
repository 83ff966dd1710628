import { type Day, formatDay, isInRange, LAST_DAY } from '../../../calendar/day.js';
import { type Duration, durationParts } from '../../../calendar/duration.js';
import type { MonthDay } from '../../../calendar/month-day.js';
import { type Weekday, weekdayOf } from '../../../calendar/weekday.js';
import type { NonWorkingDay } from '../../../calendar/working-days.js';

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

const WEEKDAY_SHORT: Record<Weekday, string> = {
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
  saturday: 'Sat',
  sunday: 'Sun',
};

/** How a last day to act is written, with its weekday: 2020-08-24 → "Mon 2020-08-24". */
export const dayWithWeekday = (value: Day): string => (isInRange(value) ? `${WEEKDAY_SHORT[weekdayOf(value)]} ${day(value)}` : day(value));

const WEEKDAY_NAMES: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The end of a deadline day: "until 24:00 Asia/Tokyo (15:00 UTC)"; with the UTC date when
 * it is another day there: "until 24:00 America/Los_Angeles (2019-08-25 07:00 UTC)".
 */
export const untilMidnight = (p: { day: Day; zone: string; endsAt: number }): string => {
  const utcDay = Math.floor(p.endsAt / 86_400_000);
  const seconds = Math.floor((p.endsAt - utcDay * 86_400_000) / 1000);
  const [hour, minute, second] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  // Zones kept in local mean time (before 1900 or so) are off by seconds: show them then.
  const time = `${pad2(hour)}:${pad2(minute)}${second === 0 ? '' : `:${pad2(second)}`}`;
  return `until 24:00 ${p.zone} (${utcDay === p.day ? '' : `${day(utcDay)} `}${time} UTC)`;
};

/** "a Saturday: the last working day before it is Fri 2019-08-23"; a holiday with its name when the file gives one. */
export const nonWorking = (p: NonWorkingDay): string => {
  const what = p.reason === 'holiday' ? `a holiday${p.holiday === null ? '' : ` (${p.holiday})`}` : `a ${WEEKDAY_NAMES[p.reason]}`;
  return `${what}: the last working day before it is ${dayWithWeekday(p.lastWorkingDay)}`;
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** { month: 12, day: 31 } → "31 December" */
export const monthDay = (value: MonthDay): string => `${value.day} ${MONTHS[value.month - 1]}`;
