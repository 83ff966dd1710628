import { afterAll, describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.js';
import { formatInstant } from '../../src/calendar/instant.js';
import { dayEndsAt, offsetInZone } from '../../src/calendar/time-zone.js';
import { offsetInProcessZone, restoreProcessZone } from '../../src/cli/process-clock.js';

const endOf = (day: string, zone: string, reader = offsetInZone) => formatInstant(dayEndsAt(parseDay(day), zone, reader));

// SPEC §8: a deadline ends at 24:00 in the agreement's zone; the offset is the zone's at
// that instant. The expected instants are the zones' published offsets: Tokyo UTC+9 (no
// summer time since 1951), Berlin UTC+1, +2 in summer (last Sunday of March to the last
// Sunday of October), Kiritimati UTC+14 (since 1995), Los Angeles UTC−8, −7 in summer.
describe('the end of a day in a zone', () => {
  it.each([
    ['2020-08-24', 'Asia/Tokyo', '2020-08-24T15:00:00Z'],
    ['2019-08-24', 'Asia/Tokyo', '2019-08-24T15:00:00Z'],
    ['2020-07-15', 'Europe/Berlin', '2020-07-15T22:00:00Z'], // summer: UTC+2
    ['2020-01-15', 'Europe/Berlin', '2020-01-15T23:00:00Z'], // winter: UTC+1
    ['2020-03-28', 'Europe/Berlin', '2020-03-28T23:00:00Z'], // the night before the clocks go forward (02:00 on 03-29)
    ['2020-03-29', 'Europe/Berlin', '2020-03-29T22:00:00Z'], // the day they did: 23 hours long
    ['2020-10-25', 'Europe/Berlin', '2020-10-25T23:00:00Z'], // back to winter time: 25 hours long
    ['2020-08-24', 'Pacific/Kiritimati', '2020-08-24T10:00:00Z'], // UTC+14: the earliest end anywhere
    ['2020-08-24', 'America/Los_Angeles', '2020-08-25T07:00:00Z'], // already the next day in UTC
    ['2020-08-24', 'UTC', '2020-08-25T00:00:00Z'],
    ['9999-12-30', 'Asia/Tokyo', '9999-12-30T15:00:00Z'],
  ])('ends %s in %s at %s', (day, zone, expected) => {
    expect(endOf(day, zone)).toBe(expected);
  });

  it('ends the day at the change where the clocks skip midnight (Santiago, 2019-09-07 24:00 → 01:00)', () => {
    // Chile's summer time began at 24:00 on 2019-09-07 (UTC−4 → −3): 24:00 was never shown;
    // the first instant of 2019-09-08 is 04:00 UTC, the same instant as the old 24:00.
    expect(endOf('2019-09-07', 'America/Santiago')).toBe('2019-09-08T04:00:00Z');
  });

  it('reads the same instants through the process time zone as through Intl', () => {
    for (const zone of ['Asia/Tokyo', 'Europe/Berlin', 'Pacific/Kiritimati', 'America/Los_Angeles', 'America/Santiago', 'UTC']) {
      for (const day of ['2019-08-24', '2019-09-07', '2020-03-29', '2020-10-25', '2020-07-15']) {
        expect(endOf(day, zone, offsetInProcessZone), `${day} ${zone}`).toBe(endOf(day, zone));
      }
    }
  });

  it('puts the process time zone back once the shell is done reading offsets', () => {
    restoreProcessZone();
    const before = process.env.TZ;
    offsetInProcessZone(Date.UTC(2020, 7, 24), 'Asia/Tokyo');
    offsetInProcessZone(Date.UTC(2020, 7, 24), 'Europe/Paris');
    restoreProcessZone();
    expect(process.env.TZ).toBe(before);
  });

  it('gives no instant for a day whose end lies past 9999-12-31 in UTC', () => {
    expect(endOf('9999-12-31', 'America/Los_Angeles')).toBeNull();
    expect(endOf('9999-12-31', 'Asia/Tokyo')).toBe('9999-12-31T15:00:00Z');
  });
});

afterAll(restoreProcessZone);
