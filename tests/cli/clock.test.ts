import { describe, expect, it } from 'vitest';
import { jsonOf, runIn } from '../helpers/cli.js';

// SPEC §2: today is judged in the agreement's zone (GSOMIA: Asia/Tokyo, UTC+9). At
// 20:00 UTC on 2020-08-24 it is already 05:00 on 2020-08-25 in Tokyo.
const EVENING_UTC = new Date('2020-08-24T20:00:00Z');

describe('today, without --on', () => {
  it('answers for 2020-08-25 at 20:00 UTC on 2020-08-24, because it is already the 25th in Tokyo', async () => {
    const status = jsonOf(await runIn(['status', '--json'], { now: EVENING_UTC }));
    expect(status.on).toBe('2020-08-25');
    expect(status.notice.possible).toBe(false);
  });

  it('answers for 2020-08-24 at the same instant with --tz UTC', async () => {
    const status = jsonOf(await runIn(['status', '--tz', 'UTC', '--json'], { now: EVENING_UTC }));
    expect(status.on).toBe('2020-08-24');
    expect(status.notice.possible).toBe(true);
  });

  it('answers for 2020-08-24 at 14:59 UTC, one minute before midnight in Tokyo', async () => {
    const status = jsonOf(await runIn(['status', '--json'], { now: new Date('2020-08-24T14:59:00Z') }));
    expect(status.on).toBe('2020-08-24');
  });

  it('answers for 2020-08-25 at 15:00 UTC, midnight in Tokyo', async () => {
    const status = jsonOf(await runIn(['status', '--json'], { now: new Date('2020-08-24T15:00:00Z') }));
    expect(status.on).toBe('2020-08-25');
  });

  it('lets GSOMIA_NOW pin the clock, whatever the real one says', async () => {
    const status = jsonOf(await runIn(['status', '--json'], { now: new Date('1999-01-01T00:00:00Z'), env: { GSOMIA_NOW: '2020-08-24T20:00:00Z' } }));
    expect(status.on).toBe('2020-08-25');
  });

  it('uses today in Tokyo for history --until and deadlines --from too', async () => {
    const history = jsonOf(await runIn(['history', '--json'], { now: EVENING_UTC }));
    expect(history.until).toBe('2020-08-25');
    const deadlines = jsonOf(await runIn(['deadlines', '--json'], { now: EVENING_UTC }));
    expect(deadlines.from).toBe('2020-08-25');
    // The 2020-08-24 deadline is already behind Tokyo: the first one listed is 2021's.
    expect(deadlines.deadlines[0]).toMatchObject({ date: '2020-11-23', kind: 'renewal' });
  });

  it('exits 2 and names a GSOMIA_NOW that is not an instant', async () => {
    const run = await runIn(['status'], { env: { GSOMIA_NOW: 'yesterday' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"yesterday"');
    expect(run.stderr).toContain('GSOMIA_NOW');
  });

  it('exits 2 and names an unknown --tz zone', async () => {
    const run = await runIn(['status', '--tz', 'Mars/Base']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"Mars/Base"');
  });
});
