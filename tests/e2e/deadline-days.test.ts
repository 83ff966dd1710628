import { afterAll, describe, expect, it } from 'vitest';
import { removeBinCopy, runBin } from '../helpers/cli.js';

// SPEC §8 and issue 11's "It must show", through the built bin (which reads zone offsets
// through the process time zone, not Intl).
afterAll(removeBinCopy);

const json = (argv: string[]) => {
  const run = runBin([...argv, '--json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
};

describe('deadline days through the built bin', () => {
  it('names Friday 2019-08-23 as the last working day before the Saturday 2019-08-24 deadline', () => {
    // SPEC §5: the 2019 deadline, 2019-11-22 − 90 days; 2019-08-24 was a Saturday.
    const status = json(['status', '--on', '2019-08-01']);
    expect(status.notice.deadline).toBe('2019-08-24');
    expect(status.notice.deadlineWeekday).toBe('saturday');
    expect(status.notice.deadlineNonWorking).toEqual({ reason: 'saturday', holiday: null, lastWorkingDay: '2019-08-23' });
    const text = runBin(['status', '--on', '2019-08-01']).stdout;
    expect(text).toContain('Sat 2019-08-24');
    expect(text).toContain('the last working day before it is Fri 2019-08-23');
  });

  it('gives notice.deadlineEndsAt 2020-08-24T15:00:00Z on 2020-08-24, and says so in the text', () => {
    const status = json(['status', '--on', '2020-08-24']);
    expect(status.notice.deadlineEndsAt).toBe('2020-08-24T15:00:00Z');
    expect(status.notice.deadlineWeekday).toBe('monday');
    expect(status.notice.deadlineNonWorking).toBeNull();
    expect(runBin(['status', '--on', '2020-08-24']).stdout).toContain('until 24:00 Asia/Tokyo (15:00 UTC)');
  });

  it('gives each listed deadline its weekday, and a notice deadline its end and working-day check', () => {
    const { deadlines } = json(['deadlines', '--from', '2019-01-01', '--within', 'P1Y']);
    expect(deadlines.map((d: { date: string; weekday: string }) => [d.date, d.weekday])).toEqual([
      ['2019-08-24', 'saturday'],
      ['2019-11-23', 'saturday'],
    ]);
    expect(deadlines[0]).toMatchObject({
      endsAt: '2019-08-24T15:00:00Z',
      nonWorking: { reason: 'saturday', holiday: null, lastWorkingDay: '2019-08-23' },
    });
    // a renewal is a first day, not a last day to act
    expect(deadlines[1]).toMatchObject({ endsAt: null, nonWorking: null });
  });

  it('ends a deadline in the agreement’s zone whatever --tz and the machine’s TZ say', () => {
    const run = runBin(['status', '--on', '2020-08-24', '--tz', 'America/Los_Angeles', '--json'], { env: { TZ: 'Pacific/Kiritimati' } });
    expect(JSON.parse(run.stdout).notice.deadlineEndsAt).toBe('2020-08-24T15:00:00Z');
  });
});
