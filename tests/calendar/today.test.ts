import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/day.js';
import { isTimeZone, todayIn } from '../../src/calendar/today.js';
import { GsomiaError } from '../../src/errors.js';

describe('todayIn', () => {
  const evening = new Date('2020-08-24T20:00:00Z');

  it.each([
    ['Asia/Tokyo', '2020-08-25'], // UTC+9: already the next day, the 2020 GSOMIA deadline has passed
    ['UTC', '2020-08-24'],
    ['Europe/London', '2020-08-24'], // UTC+1 in summer
    ['America/New_York', '2020-08-24'],
    ['Pacific/Pago_Pago', '2020-08-24'], // UTC−11
    ['Pacific/Kiritimati', '2020-08-25'], // UTC+14
    ['Asia/Seoul', '2020-08-25'],
  ])('gives the date at 2020-08-24T20:00:00Z in %s as %s', (zone, expected) => {
    expect(formatDay(todayIn(evening, zone))).toBe(expected);
  });

  it.each([
    ['2020-08-24T14:59:59Z', 'Asia/Tokyo', '2020-08-24'], // 23:59:59 in Tokyo
    ['2020-08-24T15:00:00Z', 'Asia/Tokyo', '2020-08-25'], // midnight in Tokyo
    ['2020-08-24T10:59:59Z', 'Pacific/Kiritimati', '2020-08-25'],
    ['2020-08-24T09:59:59Z', 'Pacific/Kiritimati', '2020-08-24'],
    ['2020-08-25T10:59:59Z', 'Pacific/Pago_Pago', '2020-08-24'],
    ['2020-08-25T11:00:00Z', 'Pacific/Pago_Pago', '2020-08-25'],
    ['2016-12-31T23:59:59Z', 'UTC', '2016-12-31'],
    ['2000-02-29T12:00:00Z', 'UTC', '2000-02-29'],
  ])('gives the date at %s in %s as %s', (instant, zone, expected) => {
    expect(formatDay(todayIn(new Date(instant), zone))).toBe(expected);
  });

  it.each(['Mars/Base', 'Asia/Tokio', '', 'UTC+9'])('throws INVALID_TIME_ZONE for %j', (zone) => {
    let error: unknown;
    try {
      todayIn(evening, zone);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GsomiaError);
    expect((error as GsomiaError).code).toBe('INVALID_TIME_ZONE');
    expect((error as GsomiaError).message).toContain(JSON.stringify(zone));
    expect(isTimeZone(zone)).toBe(false);
  });

  it.each(['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Argentina/Buenos_Aires'])('knows %s', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });
});
