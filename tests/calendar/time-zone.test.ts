import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalZone, isTimeZone } from '../../src/calendar/time-zone.js';
import { catalogueJson } from '../helpers/agreement.js';
import { jsonOf, runIn } from '../helpers/cli.js';

describe('time-zone spellings', () => {
  it.each([
    ['Asia/Seoul', 'Asia/Seoul'],
    ['asia/seoul', 'Asia/Seoul'],
    ['ASIA/TOKYO', 'Asia/Tokyo'],
    ['Japan', 'Asia/Tokyo'],
    ['US/Eastern', 'America/New_York'],
    ['utc', 'UTC'],
    ['UTC', 'UTC'],
  ])('reads %s as %s', (spelling, canonical) => {
    expect(isTimeZone(spelling)).toBe(true);
    expect(canonicalZone(spelling)).toBe(canonical);
  });

  it('refuses what Intl does not know', () => {
    expect(isTimeZone('Mars/Base')).toBe(false);
    expect(isTimeZone('asia/seou')).toBe(false);
  });
});

// 2020-08-24T15:30:00Z is already 2020-08-25 in Seoul (UTC+9) but still the 2020
// deadline day in UTC: a zone spelling read as UTC would answer "notice can still be given".
describe('a definition whose zone is spelt in another case answers as the canonical name', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'gsomia-zone-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const now = new Date('2020-08-24T15:30:00Z');

  function fileWithZone(timeZone: string): string {
    const path = join(scratch, `${timeZone.replaceAll('/', '_')}.json`);
    writeFileSync(path, JSON.stringify({ ...(catalogueJson('gsomia') as object), timeZone }));
    return path;
  }

  it.each(['asia/seoul', 'ROK', 'ASIA/SEOUL'])('%s', async (spelling) => {
    const canonical = jsonOf(await runIn(['status', '--agreement', fileWithZone('Asia/Seoul'), '--json'], { now }));
    const spelt = jsonOf(await runIn(['status', '--agreement', fileWithZone(spelling), '--json'], { now }));
    expect(canonical.on).toBe('2020-08-25');
    expect(spelt).toEqual(canonical);
  });

  it('in --tz too', async () => {
    const canonical = jsonOf(await runIn(['status', '--tz', 'Asia/Seoul', '--json'], { now }));
    const spelt = jsonOf(await runIn(['status', '--tz', 'asia/seoul', '--json'], { now }));
    expect(canonical.on).toBe('2020-08-25');
    expect(spelt).toEqual(canonical);
  });
});
