import { describe, expect, it } from 'vitest';
import { jsonOf, runIn } from '../helpers/cli.js';

/** Days between two ISO dates, by an independent route: UTC milliseconds. */
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

describe('deadlines --from 2026-11-28 --json', () => {
  it('covers one year by default, 2026-11-28 … 2027-11-28', async () => {
    const result = jsonOf(await runIn(['deadlines', '--from', '2026-11-28', '--json']));
    expect(result.from).toBe('2026-11-28');
    expect(result.until).toBe('2027-11-28');
  });

  it('begins with the 2027-08-24 notice deadline', async () => {
    const { deadlines } = jsonOf(await runIn(['deadlines', '--from', '2026-11-28', '--json']));
    expect(deadlines[0]).toMatchObject({
      date: '2027-08-24',
      agreement: 'gsomia',
      kind: 'notice-deadline',
      daysUntil: daysBetween('2026-11-28', '2027-08-24'),
    });
  });

  it('lists the 2027-11-23 renewal', async () => {
    const { deadlines } = jsonOf(await runIn(['deadlines', '--from', '2026-11-28', '--json']));
    expect(deadlines).toContainEqual(
      expect.objectContaining({ date: '2027-11-23', kind: 'renewal', daysUntil: daysBetween('2026-11-28', '2027-11-23') }),
    );
  });

  it('lists them soonest first', async () => {
    const { deadlines } = jsonOf(await runIn(['deadlines', '--from', '2020-01-01', '--within', 'P5Y', '--json']));
    const dates = deadlines.map((deadline: any) => deadline.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBeGreaterThanOrEqual(10);
  });
});

describe('deadlines windows', () => {
  it('includes the deadline on the day itself when --from is 2020-08-24', async () => {
    const { deadlines } = jsonOf(await runIn(['deadlines', '--from', '2020-08-24', '--within', 'P1D', '--json']));
    expect(deadlines).toEqual([expect.objectContaining({ date: '2020-08-24', kind: 'notice-deadline', daysUntil: 0 })]);
  });

  it('ends the window at --until, that day included', async () => {
    const result = jsonOf(await runIn(['deadlines', '--from', '2026-11-28', '--until', '2027-08-24', '--json']));
    expect(result.until).toBe('2027-08-24');
    expect(result.deadlines.map((deadline: any) => deadline.date)).toEqual(['2027-08-24']);
  });

  it('stops a window that would run past 9999-12-31 at 9999-12-31', async () => {
    const run = await runIn(['deadlines', '--from', '9999-12-31', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).until).toBe('9999-12-31');
  });

  it('exits 2 when given both --until and --within', async () => {
    const run = await runIn(['deadlines', '--until', '2021-01-01', '--within', 'P1Y']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--until.*--within/);
  });
});

describe('deadlines --exit-code', () => {
  it('exits 1 when at least one deadline is listed', async () => {
    const run = await runIn(['deadlines', '--from', '2026-11-28', '--exit-code']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('2027-08-24');
  });

  it('exits 0 when the window holds none (2020-08-25 … 2020-09-25)', async () => {
    const run = await runIn(['deadlines', '--from', '2020-08-25', '--within', 'P1M', '--exit-code', '--json']);
    expect(JSON.parse(run.stdout).deadlines).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe("deadlines --all takes each agreement's own today", () => {
  // 2020-08-24T20:00:00Z is already 2020-08-25 in Tokyo, GSOMIA's zone: its 2020 deadline
  // has passed there, though it is still 2020-08-24 in UTC.
  const now = new Date('2020-08-24T20:00:00Z');
  const gsomiaDeadline = (run: { deadlines: { agreement: string; date: string }[] }) =>
    run.deadlines.filter((d) => d.agreement === 'gsomia' && d.date === '2020-08-24');

  it("in its own zone: GSOMIA's 2020-08-24 deadline is gone at 05:00 in Tokyo", async () => {
    const run = jsonOf(await runIn(['deadlines', '--all', '--within', 'P2D', '--json'], { now }));
    expect(gsomiaDeadline(run)).toEqual([]);
    expect(run.from).toBe('2020-08-24'); // the span of the agreements' windows: UTC's starts earliest
  });

  it('in one zone for all with --tz, or from one day with --from', async () => {
    const utc = jsonOf(await runIn(['deadlines', '--all', '--within', 'P2D', '--tz', 'UTC', '--json'], { now }));
    expect(gsomiaDeadline(utc)).toHaveLength(1);
    const fixed = jsonOf(await runIn(['deadlines', '--all', '--from', '2020-08-24', '--within', 'P2D', '--json'], { now }));
    expect(gsomiaDeadline(fixed)).toHaveLength(1);
  });

  it('matches --party in any case', async () => {
    const upper = jsonOf(await runIn(['deadlines', '--all', '--party', 'KR', '--from', '2020-01-01', '--json'], { now }));
    const lower = jsonOf(await runIn(['deadlines', '--all', '--party', 'kr', '--from', '2020-01-01', '--json'], { now }));
    expect(lower).toEqual(upper);
    expect(upper.deadlines.length).toBeGreaterThan(0);
  });
});
