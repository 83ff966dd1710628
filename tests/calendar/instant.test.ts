import { describe, expect, it } from 'vitest';
import { instantProblem, parseInstant } from '../../src/calendar/instant.js';

describe('instants that mean the same moment on every machine', () => {
  it.each([
    ['2020-08-24T20:00:00Z', Date.UTC(2020, 7, 24, 20)],
    ['2020-08-24T20:00Z', Date.UTC(2020, 7, 24, 20)],
    ['2020-08-25T05:00:00+09:00', Date.UTC(2020, 7, 24, 20)],
    ['2020-08-24T09:00:00-11:00', Date.UTC(2020, 7, 24, 20)],
    ['2020-08-24T20:00:00.570Z', Date.UTC(2020, 7, 24, 20, 0, 0, 570)],
    ['2020-08-24T20:00:00.5Z', Date.UTC(2020, 7, 24, 20, 0, 0, 500)],
    ['2020-08-24T20:00:00.123456789Z', Date.UTC(2020, 7, 24, 20, 0, 0, 123)],
    ['2024-02-29T23:59:59Z', Date.UTC(2024, 1, 29, 23, 59, 59)],
    ['0001-01-01T00:00:00Z', Date.UTC(2001, 0, 1) - 2000 * 365.2425 * 86_400_000],
  ])('reads %s', (text, expected) => {
    expect(instantProblem(text)).toBeNull();
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    ['2020-08-24T20:00:00', 'no Z or offset'],
    ['2020-08-24T20:00', 'no Z or offset'],
    ['2026-02-30T12:00:00Z', 'February 2026 has 28 days'],
    ['2025-02-29T12:00:00Z', 'February 2025 has 28 days'],
    ['2020-13-01T00:00:00Z', 'there is no month 13'],
    ['2020-00-01T00:00:00Z', 'there is no month 00'],
    ['2020-08-24T24:00:00Z', 'there is no time 24:00:00 in a day'],
    ['2020-08-24T23:60Z', 'there is no time 23:60 in a day'],
    ['2020-08-24T20:00:00+24:00', 'there is no offset +24:00'],
    ['0000-08-24T20:00:00Z', 'years run from 0001 to 9999'],
    ['2020-08-24', 'expected an ISO instant'],
    ['now', 'expected an ISO instant'],
    ['2020-08-24 20:00:00Z', 'expected an ISO instant'],
    ['', 'expected an ISO instant'],
  ])('refuses %s', (text, problem) => {
    expect(instantProblem(text)).toContain(problem);
  });
});
