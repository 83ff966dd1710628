import { describe, expect, it } from 'vitest';
import { monthDayProblem, parseMonthDay } from '../../src/calendar/month-day.js';

describe('monthDayProblem', () => {
  it.each([
    ['--12-31', null],
    ['--02-29', null],
    ['--02-30', 'February has at most 29 days'],
    ['--04-31', 'April has at most 30 days'],
    ['--06-00', 'June has no day 00'],
    ['--13-01', 'there is no month 13'],
    ['12-31', 'expected a day of the year --MM-DD such as --12-31'],
    ['--1-31', 'expected a day of the year --MM-DD such as --12-31'],
  ])('%s → %s', (text, problem) => {
    expect(monthDayProblem(text)).toBe(problem);
    // asked again (the fast path checks, the compile step parses): the same answer
    expect(monthDayProblem(text)).toBe(problem);
  });
});

describe('parseMonthDay', () => {
  it('reads a day of the year once and hands out the same frozen value after', () => {
    const first = parseMonthDay('--06-30');
    expect(first).toEqual({ month: 6, day: 30 });
    expect(Object.isFrozen(first)).toBe(true);
    expect(parseMonthDay('--06-30')).toBe(first);
    expect(parseMonthDay('--01-01')).toEqual({ month: 1, day: 1 });
  });

  it('refuses a text that is no day of the year, whether or not it was checked before', () => {
    expect(() => parseMonthDay('--02-30')).toThrow('not a day of the year: "--02-30" (February has at most 29 days)');
    expect(() => parseMonthDay('--02-30')).toThrow(RangeError);
  });
});
