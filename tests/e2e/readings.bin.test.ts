import { afterAll, describe, expect, it } from 'vitest';
import { removeBinCopy, runBin } from '../helpers/cli.js';

// SPEC §7's examples through the built bin. Expected days from the reference's "Readings":
// GSOMIA on 2020-08-25, Seoul's reading (the main one) 2020-08-26, resuming the notice
// suspended with one day left; Tokyo's 2021-11-23, a new notice having missed the
// 2020-08-24 deadline, so the term renewing on 2020-11-23 runs to 2021-11-22. The DPRK's
// NPT withdrawal: out from 2003-01-11 (its own reading), from 2003-04-10 (a fresh three months).
afterAll(removeBinCopy);

const json = (argv: readonly string[]) => {
  const run = runBin([...argv, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

describe('readings (the built bin)', () => {
  it('GSOMIA on 2020-08-25: earliestEnd 2020-08-26 under Seoul, 2021-11-23 under Tokyo', () => {
    const main = json(['status', '--on', '2020-08-25']);
    expect(main.earliestEnd).toBe('2020-08-26');
    expect(main.readings).toMatchObject([{ id: 'tokyo', earliestEnd: '2021-11-23' }]);
    expect(json(['status', '--on', '2020-08-25', '--reading', 'tokyo']).earliestEnd).toBe('2021-11-23');
  });

  it('the DPRK: out from 2003-01-11 under its own reading, from 2003-04-10 under the generally held view', () => {
    const main = json(['status', '--agreement', 'npt', '--party', 'KP', '--on', '2003-06-01']);
    expect([main.inForce, main.endedOn]).toEqual([false, '2003-01-11']);
    expect(main.readings).toMatchObject([{ id: 'fresh-notice', inForce: false, endedOn: '2003-04-10' }]);
    const fresh = json(['status', '--agreement', 'npt', '--party', 'KP', '--on', '2003-06-01', '--reading', 'fresh-notice']);
    expect(fresh.endedOn).toBe('2003-04-10');
  });

  it('says so in text: "KP a party until 2003-04-09" under the generally held view', () => {
    const run = runBin(['status', '--agreement', 'npt', '--on', '2003-06-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Under 'fresh-notice' (the generally held view: a fresh three-month notice in 2003): KP a party until 2003-04-09\n",
    );
  });

  it('refuses an unknown reading with exit 2, listing the ids', () => {
    const run = runBin(['status', '--reading', 'osaka']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('its readings are seoul (main), tokyo');
  });
});
