import { describe, expect, it } from 'vitest';
import {
  civilFromDay,
  dateProblem,
  dayFromCivil,
  daysInMonth,
  FIRST_DAY,
  formatDay,
  isInRange,
  isLeapYear,
  LAST_DAY,
  parseDay,
} from '../../src/calendar/day.js';
import { thrown } from '../helpers/thrown.js';
import { AWKWARD_DATES } from './grid.js';

/** Day number through the platform's UTC calendar: an oracle independent of the code under test. */
function utcOracle(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 19xx
  return Math.round(date.getTime() / 86_400_000);
}

describe('dayFromCivil and civilFromDay', () => {
  it.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [2020, 8, 24, 18498],
    [2000, 3, 1, 11017],
  ])('gives day %i-%i-%i the number %i', (year, month, day, expected) => {
    expect(dayFromCivil(year, month, day)).toBe(expected);
  });

  it('round-trips every day from 0001-01-01 to 9999-12-31, one after the other', () => {
    let expected = { year: 1, month: 1, day: 1 };
    for (let value = FIRST_DAY; value <= LAST_DAY; value += 1) {
      const civil = civilFromDay(value);
      if (civil.year !== expected.year || civil.month !== expected.month || civil.day !== expected.day) {
        expect(civil, `day ${value}`).toEqual(expected);
      }
      if (dayFromCivil(civil.year, civil.month, civil.day) !== value) {
        expect(dayFromCivil(civil.year, civil.month, civil.day), `day ${value}`).toBe(value);
      }
      // the next civil date, by the month lengths alone
      expected =
        expected.day < daysInMonth(expected.year, expected.month)
          ? { ...expected, day: expected.day + 1 }
          : expected.month < 12
            ? { year: expected.year, month: expected.month + 1, day: 1 }
            : { year: expected.year + 1, month: 1, day: 1 };
    }
    expect(expected).toEqual({ year: 10000, month: 1, day: 1 });
  });

  it('agrees with the platform UTC calendar on the first of every month, 0001 to 9999', () => {
    for (let year = 1; year <= 9999; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const ours = dayFromCivil(year, month, 1);
        if (ours !== utcOracle(year, month, 1)) expect(ours, `${year}-${month}-01`).toBe(utcOracle(year, month, 1));
      }
    }
  });

  it('round-trips whole 400-year cycles before year 1 and after year 9999 too', () => {
    for (const from of [dayFromCivil(-400, 1, 1), dayFromCivil(10000, 1, 1)]) {
      for (let value = from; value < from + 146097; value += 1) {
        const { year, month, day } = civilFromDay(value);
        if (dayFromCivil(year, month, day) !== value) expect(dayFromCivil(year, month, day)).toBe(value);
      }
    }
  });

  it.each(AWKWARD_DATES)('agrees with the platform UTC calendar on %s', (text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    expect(dayFromCivil(year, month, day)).toBe(utcOracle(year, month, day));
    expect(civilFromDay(utcOracle(year, month, day))).toEqual({ year, month, day });
  });
});

describe('isLeapYear and daysInMonth', () => {
  it.each([
    [1, false],
    [4, true],
    [100, false],
    [400, true],
    [1900, false],
    [2000, true],
    [2019, false],
    [2020, true],
    [2100, false],
    [9996, true],
    [9999, false],
  ])('says year %i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
    expect(dayFromCivil(year + 1, 1, 1) - dayFromCivil(year, 1, 1)).toBe(leap ? 366 : 365);
  });

  it.each([
    [1, 31],
    [3, 31],
    [4, 30],
    [5, 31],
    [6, 30],
    [7, 31],
    [8, 31],
    [9, 30],
    [10, 31],
    [11, 30],
    [12, 31],
  ])('gives month %i of 2021 %i days', (month, length) => {
    expect(daysInMonth(2021, month)).toBe(length);
    const next = month === 12 ? dayFromCivil(2022, 1, 1) : dayFromCivil(2021, month + 1, 1);
    expect(next - dayFromCivil(2021, month, 1)).toBe(length);
  });
});

describe('formatDay and parseDay', () => {
  it.each(AWKWARD_DATES)('parses and formats %s back to itself', (text) => {
    expect(formatDay(parseDay(text))).toBe(text);
  });

  it('formats and parses every day from 0001-01-01 to 9999-12-31 back to itself', () => {
    for (let value = FIRST_DAY; value <= LAST_DAY; value += 1) {
      const text = formatDay(value);
      if (parseDay(text) !== value) expect(parseDay(text), text).toBe(value);
    }
  });

  it('gives 18498 for 2020-08-24', () => {
    expect(parseDay('2020-08-24')).toBe(18498);
  });

  it('formats years below 1000 with four digits', () => {
    expect(formatDay(dayFromCivil(33, 4, 3))).toBe('0033-04-03');
  });

  it.each([
    ['the day before 0001-01-01', FIRST_DAY - 1],
    ['the day after 9999-12-31', LAST_DAY + 1],
    ['a fraction of a day', 0.5],
    ['NaN', Number.NaN],
  ])('refuses to format %s', (_what, value) => {
    expect(() => formatDay(value)).toThrow(RangeError);
  });

  it('knows the range ends', () => {
    expect(isInRange(FIRST_DAY)).toBe(true);
    expect(isInRange(LAST_DAY)).toBe(true);
    expect(isInRange(FIRST_DAY - 1)).toBe(false);
    expect(isInRange(LAST_DAY + 1)).toBe(false);
  });

  it.each([
    ['2019-02-29', 'February 2019 has 28 days'],
    ['2020-02-30', 'February 2020 has 29 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2100-02-29', 'February 2100 has 28 days'],
    ['2021-04-31', 'April 2021 has 30 days'],
    ['2021-06-31', 'June 2021 has 30 days'],
    ['2021-09-31', 'September 2021 has 30 days'],
    ['2021-11-31', 'November 2021 has 30 days'],
    ['2021-01-32', 'January 2021 has 31 days'],
    ['2021-01-00', 'January 2021 has 31 days'],
    ['2020-13-01', 'no month 13'],
    ['2020-00-10', 'no month 00'],
  ])('rejects %s as INVALID_DATE, saying %s', (text, reason) => {
    const error = thrown(() => parseDay(text));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toContain(`"${text}"`);
    expect(error.message).toContain(reason);
    expect(dateProblem(text)).toContain(reason);
  });

  it('rejects 2020-02-30 with the message of the style guide', () => {
    const error = thrown(() => parseDay('2020-02-30'));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toBe('invalid date "2020-02-30": February 2020 has 29 days');
  });

  it.each([
    ['a one-digit month', '2020-8-24'],
    ['a one-digit day', '2020-08-4'],
    ['year 10000', '10000-01-01'],
    ['year 0000', '0000-01-01'],
    ['a negative year', '-0001-01-01'],
    ['full-width digits', '２０２０-０８-２４'],
    ['Arabic-Indic digits', '٢٠٢٠-٠٨-٢٤'],
    ['a trailing space', '2020-08-24 '],
    ['a leading space', ' 2020-08-24'],
    ['a trailing newline', '2020-08-24\n'],
    ['the empty string', ''],
    ['a time of day', '2020-08-24T00:00:00Z'],
    ['slashes', '2020/08/24'],
    ['a letter among the digits', '2020-0a-24'],
    ['a character just past the digits', '2020-08-2:'],
    ['a colon for the second dash', '2020-08:24'],
    ['a compact date', '20200824'],
    ['words', 'today'],
  ])('rejects %s (%j) as INVALID_DATE naming the value', (_what, text) => {
    const error = thrown(() => parseDay(text));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toContain(JSON.stringify(text));
    expect(dateProblem(text)).not.toBeNull();
  });

  it('names the field it was parsing', () => {
    const error = thrown(() => parseDay('2019-02-29', 'entryIntoForce'));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toBe('invalid entryIntoForce "2019-02-29": February 2019 has 28 days');
  });

  it('accepts every real day and no other in 2000 and 2100', () => {
    for (const year of [1900, 2000, 2100]) {
      for (let month = 1; month <= 12; month += 1) {
        for (let day = 1; day <= 31; day += 1) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = civilFromDay(utcOracle(year, month, day)).day === day;
          expect(dateProblem(text) === null, text).toBe(real);
        }
      }
    }
  });
});
