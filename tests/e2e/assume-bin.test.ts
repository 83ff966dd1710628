import { afterAll, describe, expect, it } from 'vitest';
import { removeBinCopy, runBin } from '../helpers/cli.js';

// Issue 11, "It must show", through the built bin. Expected values from SPEC §2 and §5:
// GSOMIA's term 4 ends 2020-11-22, its deadline is 2020-11-22 − 90 days = 2020-08-24, and a
// timely notice ends the agreement at the end of that term, first day out 2020-11-23.
afterAll(removeBinCopy);

const ASSUME = ['--assume', 'notice:2020-08-24:KR'];
const statusJson = (argv: readonly string[]) => {
  const run = runBin(['status', ...argv, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

describe('status --assume notice:2020-08-24:KR (the built bin)', () => {
  it('on 2020-08-24 gives a pending notice from KR effective 2020-11-23', () => {
    const json = statusJson(['--on', '2020-08-24', ...ASSUME]);
    expect(json.pending).toContainEqual(
      expect.objectContaining({ party: 'KR', received: '2020-08-24', state: 'pending', effectiveOn: '2020-11-23' }),
    );
    expect(json.assumed).toEqual([expect.objectContaining({ type: 'notice', date: '2020-08-24', party: 'KR' })]);
  });

  it('on 2020-11-23 is out of force', () => {
    expect(statusJson(['--on', '2020-11-23', ...ASSUME])).toMatchObject({ inForce: false, endedOn: '2020-11-23' });
  });

  it('without it, on 2020-11-23 it is in force, in term 5', () => {
    const json = statusJson(['--on', '2020-11-23']);
    expect(json).toMatchObject({ inForce: true, term: { number: 5, start: '2020-11-23' } });
    expect(json).not.toHaveProperty('assumed');
  });

  it('names a bad value on one stderr line, exit 2, nothing on stdout', () => {
    const run = runBin(['status', '--assume', 'notice:2020-08-24:XX']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe('gsomia: --assume "notice:2020-08-24:XX": unknown party "XX" (parties: JP, KR)\n');
  });
});

describe('the built bin for CI', () => {
  it('gives a usage error under --json as one JSON line on stderr, exit 2, nothing on stdout', () => {
    const run = runBin(['deadlines', '--json', '--within']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(JSON.parse(run.stderr)).toEqual({
      error: { code: 2, message: "option '--within <duration>' argument missing (see gsomia --help)" },
    });
  });

  it('answers deadlines --quiet with the exit status alone', () => {
    expect(runBin(['deadlines', '--from', '2020-08-24', '--within', 'P1D', '--kind', 'notice-deadline', '--quiet'])).toEqual({
      code: 1,
      stdout: '',
      stderr: '',
    });
  });
});
