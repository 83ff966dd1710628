import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtBin, linesOf, ROOT, removeBinCopy, runBin } from '../helpers/cli.js';

// These run the real, bundled bin (`npm test` builds it before vitest). A missing build
// fails here, loudly, rather than skipping.
const bin = builtBin();
afterAll(removeBinCopy);

/** One error line: `gsomia: …`, short, and no stack frame anywhere. */
function expectOneErrorLine(run: { stdout: string; stderr: string }) {
  expect(run.stdout).toBe('');
  expect(linesOf(run.stderr)).toHaveLength(1);
  expect(run.stderr).toMatch(/^gsomia: /);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('the bin: exit codes and streams', () => {
  it('exits 0 with the answer on stdout and nothing on stderr', () => {
    const run = runBin(['status', '--on', '2020-08-24', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).notice).toMatchObject({ possible: true, deadline: '2020-08-24', daysLeft: 0, effectiveOn: '2020-11-23' });
  });

  it('exits 1 with --exit-code on 2020-08-25, the answer still on stdout', () => {
    const run = runBin(['status', '--on', '2020-08-25', '--exit-code', '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).notice.effectiveOn).toBe('2021-11-23');
  });

  it('exits 2 and names 2020-02-30 on one stderr line', () => {
    const run = runBin(['status', '--on', '2020-02-30']);
    expect(run.code).toBe(2);
    expectOneErrorLine(run);
    expect(run.stderr).toContain('"2020-02-30"');
  });

  it('exits 2 for an unknown option, on one line', () => {
    const run = runBin(['deadlines', '--soon']);
    expect(run.code).toBe(2);
    expectOneErrorLine(run);
    expect(run.stderr).toContain('--soon');
  });

  it('prints the package version for --version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runBin(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.stderr).toBe('');
  });

  it('prints help on stdout for --help and exits 0', () => {
    const run = runBin(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: gsomia/);
    expect(run.stdout).toContain('deadlines');
    expect(run.stderr).toBe('');
  });

  it('loads the validator chunk for validate, and exits 0 for the shipped definition', () => {
    const run = runBin(['validate', join(ROOT, 'data', 'gsomia.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('valid');
  });
});

describe('the bin under other machine time zones', () => {
  const zones = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'];
  const commands = [
    ['status', '--on', '2020-08-24', '--json'],
    ['history', '--until', '2026-11-28', '--json'],
    ['deadlines', '--from', '2026-11-28', '--json'],
  ];

  it.each(commands)('gives the same answer under every TZ for %s %s %s', (...argv) => {
    const reference = runBin(argv, { env: { TZ: 'UTC' } });
    expect(reference.code).toBe(0);
    for (const TZ of zones) expect(runBin(argv, { env: { TZ } })).toEqual(reference);
  });

  it.each(['UTC', ...zones])('answers for 2020-08-25 (Tokyo) at GSOMIA_NOW=2020-08-24T20:00:00Z under TZ=%s', (TZ) => {
    const run = runBin(['status', '--json'], { env: { TZ, GSOMIA_NOW: '2020-08-24T20:00:00Z' } });
    expect(run.code).toBe(0);
    const status = JSON.parse(run.stdout);
    expect(status.on).toBe('2020-08-25');
    expect(status.notice.possible).toBe(false);
  });
});

describe('the bin and its output streams', () => {
  it('exits 0 quietly when the reader closes the pipe after one line', () => {
    // `set -o pipefail` makes the pipeline's status the bin's if it fails.
    const script = `set -o pipefail; "${process.execPath}" "${bin}" history --until 9999-12-31 | head -1`;
    // stdin 'ignore': on a socket bash would think it runs under rshd and read ~/.bashrc.
    const child = spawnSync('bash', ['-c', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    });
    expect(child.status).toBe(0);
    expect(child.stdout).toBe('GSOMIA: history until 9999-12-31\n');
    expect(child.stderr).toBe('');
  });

  it('reports a full disk (ENOSPC on /dev/full) on stderr and exits non-zero', () => {
    expect(existsSync('/dev/full'), 'this test needs /dev/full (Linux)').toBe(true);
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawnSync(process.execPath, [bin, 'status', '--on', '2020-08-24'], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        env: {},
      });
      expect(child.status).not.toBe(0);
      expect(child.stderr).toMatch(/^gsomia: cannot write output: ENOSPC\n$/);
    } finally {
      closeSync(full);
    }
  });
});
