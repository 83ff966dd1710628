import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Day, dayFromCivil, formatDay } from '../../src/calendar/day.js';
import { isTimeZone } from '../../src/calendar/time-zone.js';
import { dayInZone, type ProgramIO, today } from '../../src/cli/context.js';
import { restoreProcessZone, dayInProcessZone as todayInZone } from '../../src/cli/process-clock.js';

/** The oracle: the date at an instant in a zone, read through Intl rather than TZ. */
function intlToday(instant: Date, timeZone: string): Day {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return dayFromCivil(value('year'), value('month'), value('day'));
}

describe('today in a zone, read through the process time zone', () => {
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
    expect(formatDay(todayInZone(evening, zone))).toBe(expected);
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
    expect(formatDay(todayInZone(new Date(instant), zone))).toBe(expected);
  });

  // Instants around midnights and DST changes, in zones from UTC−11 to UTC+14.
  const zones = [
    'UTC',
    'Asia/Tokyo',
    'America/Los_Angeles',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Europe/London',
    'Australia/Lord_Howe',
    'America/St_Johns',
    'Asia/Kathmandu',
  ];
  const instants = [
    '2020-08-24T20:00:00Z',
    '2020-08-24T14:59:59Z',
    '2020-08-24T15:00:00Z',
    '2020-03-08T09:59:59Z',
    '2020-03-08T10:00:00Z',
    '2020-11-01T08:30:00Z',
    '2016-12-31T23:59:59Z',
    '2000-02-29T12:00:00Z',
    '1970-01-01T00:00:00Z',
    '2099-12-31T10:00:00Z',
  ];

  it.each(zones)('agrees with Intl in %s at every instant of the grid', (zone) => {
    for (const instant of instants)
      expect(todayInZone(new Date(instant), zone), `${instant} in ${zone}`).toBe(intlToday(new Date(instant), zone));
  });

  it('leaves the process time zone set for the next read, and puts it back when the shell asks', () => {
    restoreProcessZone();
    const before = process.env.TZ;
    todayInZone(evening, 'Asia/Tokyo');
    expect(process.env.TZ).toBe(before === 'Asia/Tokyo' ? before : 'Asia/Tokyo');
    restoreProcessZone();
    expect(process.env.TZ).toBe(before);
  });
});

describe('today in a zone, as the program reads it', () => {
  const io = (fields: Partial<ProgramIO>): ProgramIO => ({
    stdout: { write: () => true },
    stderr: { write: () => true },
    now: () => new Date(0),
    env: {},
    ...fields,
  });

  it.each(['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe', 'Asia/Kathmandu'])(
    'reads the date through Intl in %s when the shell gives no dayIn, as the oracle does',
    (zone) => {
      for (const instant of ['2020-08-24T20:00:00Z', '2020-08-24T15:00:00Z', '2020-03-08T10:00:00Z', '2099-12-31T10:00:00Z']) {
        expect(dayInZone(new Date(instant), zone), `${instant} in ${zone}`).toBe(intlToday(new Date(instant), zone));
      }
    },
  );

  it("asks the shell's dayIn, with the instant GSOMIA_NOW pins and the zone asked for", () => {
    const asked: [string, string][] = [];
    const dayIn = (instant: Date, zone: string) => {
      asked.push([instant.toISOString(), zone]);
      return dayFromCivil(2020, 8, 25);
    };
    expect(formatDay(today(io({ dayIn, env: { GSOMIA_NOW: '2020-08-24T20:00:00Z' } }), 'Asia/Tokyo'))).toBe('2020-08-25');
    expect(asked).toEqual([['2020-08-24T20:00:00.000Z', 'Asia/Tokyo']]);
  });

  it('gives 2020-08-25 in Tokyo at 2020-08-24T20:00:00Z with no dayIn: the 2020 GSOMIA deadline has passed there', () => {
    expect(formatDay(today(io({ now: () => new Date('2020-08-24T20:00:00Z') }), 'Asia/Tokyo'))).toBe('2020-08-25');
  });

  it('leaves the process-zone trick to the process shell: only cli/main.ts imports it', () => {
    const importers = readdirSync(new URL('../../src/', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8').includes('process-clock.js'));
    expect(importers).toEqual([join('cli', 'main.ts')]);
  });
});

describe('isTimeZone', () => {
  it.each(['Mars/Base', 'Asia/Tokio', '', 'UTC+9'])('rejects %j', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });

  it.each(['UTC', 'Etc/UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Argentina/Buenos_Aires', 'US/Pacific'])('knows %s', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });
});

afterAll(restoreProcessZone);
