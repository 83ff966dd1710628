import { describe, expect, it } from 'vitest';
import { dayFromCivil, parseDay } from '../../src/calendar/day.js';
import { WEEKDAYS, weekdayOf } from '../../src/calendar/weekday.js';
import { isWorkingDay, nonWorkingDay } from '../../src/calendar/working-days.js';
import { AWKWARD_DATES } from './grid.js';

/** The oracle: the platform's UTC calendar (getUTCDay: 0 is Sunday). */
function utcWeekday(text: string): string {
  const date = new Date(0);
  date.setUTCFullYear(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
  return ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][date.getUTCDay()] as string;
}

describe('weekdayOf', () => {
  it.each([
    ['2019-08-24', 'saturday'], // SPEC §5: the 2019 GSOMIA deadline (a Saturday, reported as such by Xinhua)
    ['2020-08-24', 'monday'],
    ['1970-01-01', 'thursday'], // day 0
    ['1969-12-31', 'wednesday'], // a negative day number
    ['0001-01-01', 'monday'], // the proleptic Gregorian calendar's first day
    ['9999-12-31', 'friday'],
  ])('gives %s as a %s', (text, expected) => {
    expect(weekdayOf(parseDay(text))).toBe(expected);
  });

  it('agrees with the platform UTC calendar on every awkward date', () => {
    for (const text of AWKWARD_DATES) expect(weekdayOf(parseDay(text)), text).toBe(utcWeekday(text));
  });

  it('runs through the seven days in ISO order, Monday first, day after day', () => {
    const monday = dayFromCivil(2020, 8, 24);
    expect(Array.from({ length: 14 }, (_, i) => weekdayOf(monday + i))).toEqual([...WEEKDAYS, ...WEEKDAYS]);
  });
});

describe('non-working days', () => {
  const none = new Map<number, string | null>();

  it('names Friday 2019-08-23 as the last working day before Saturday 2019-08-24', () => {
    expect(nonWorkingDay(parseDay('2019-08-24'), none)).toEqual({
      reason: 'saturday',
      holiday: null,
      lastWorkingDay: parseDay('2019-08-23'),
    });
  });

  it('names the Friday before a Sunday, and nothing for a weekday', () => {
    expect(nonWorkingDay(parseDay('2025-08-24'), none)?.lastWorkingDay).toBe(parseDay('2025-08-22'));
    expect(nonWorkingDay(parseDay('2020-08-24'), none)).toBeNull();
    expect(isWorkingDay(parseDay('2020-08-24'), none)).toBe(true);
  });

  it('says holiday, with its name, for a listed weekday, and walks back past holidays and the weekend', () => {
    // Monday 2019-08-26 listed, with the Friday before it: the Thursday is the last working day.
    const holidays = new Map([
      [parseDay('2019-08-26'), 'Bank holiday'],
      [parseDay('2019-08-23'), null],
    ]);
    expect(nonWorkingDay(parseDay('2019-08-26'), holidays)).toEqual({
      reason: 'holiday',
      holiday: 'Bank holiday',
      lastWorkingDay: parseDay('2019-08-22'),
    });
  });

  it('keeps the weekend as the reason when a holiday falls on it, with the holiday named', () => {
    const holidays = new Map([[parseDay('2019-08-24'), 'Festival']]);
    expect(nonWorkingDay(parseDay('2019-08-24'), holidays)).toEqual({
      reason: 'saturday',
      holiday: 'Festival',
      lastWorkingDay: parseDay('2019-08-23'),
    });
  });
});
