import { describe, expect, it } from 'vitest';
import { todayIn } from '../../src/calendar/today.js';
import { todayInZone } from '../../src/cli/clock.js';

// Instants around midnights and DST changes, in zones from UTC−11 to UTC+14.
const zones = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu'];
const instants = [
  '2020-08-24T20:00:00Z', '2020-08-24T14:59:59Z', '2020-08-24T15:00:00Z', '2020-03-08T09:59:59Z', '2020-03-08T10:00:00Z',
  '2020-11-01T08:30:00Z', '2016-12-31T23:59:59Z', '2000-02-29T12:00:00Z', '1970-01-01T00:00:00Z', '2099-12-31T10:00:00Z',
];

describe('today in a zone, read through the process time zone', () => {
  it.each(zones)('agrees with Intl in %s at every instant of the grid', (zone) => {
    for (const instant of instants) expect(todayInZone(new Date(instant), zone), `${instant} in ${zone}`).toBe(todayIn(new Date(instant), zone));
  });

  it('gives 2020-08-25 in Tokyo at 20:00 UTC on 2020-08-24 and leaves TZ as it was', () => {
    const before = process.env.TZ;
    expect(todayInZone(new Date('2020-08-24T20:00:00Z'), 'Asia/Tokyo')).toBe(todayIn(new Date('2020-08-25T03:00:00Z'), 'UTC'));
    expect(process.env.TZ).toBe(before);
  });
});
