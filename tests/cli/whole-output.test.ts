import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import type { ProgramIO } from '../../src/cli/context.js';
import { ROOT, scratchDir } from '../helpers/cli.js';

/** An io that records every write call, so "written once, whole" can be checked. */
function recordingIO(env: Record<string, string | undefined> = {}) {
  const writes = { stdout: [] as string[], stderr: [] as string[] };
  const io: ProgramIO = {
    stdout: { write: (text: string) => writes.stdout.push(text), isTTY: false },
    stderr: { write: (text: string) => writes.stderr.push(text), isTTY: false },
    now: () => new Date('2020-08-24T03:00:00Z'),
    env,
  };
  return { io, writes };
}

const scratch = scratchDir('cli-whole');
afterAll(() => scratch.cleanup());
const gsomia = JSON.parse(readFileSync(join(ROOT, 'data', 'gsomia.json'), 'utf8')) as Record<string, unknown>;

describe('output is written once, whole', () => {
  it.each([
    [['status', '--on', '2020-08-24']],
    [['history', '--until', '2026-11-28', '--json']],
    [['deadlines', '--all', '--from', '2020-01-01', '--within', 'P10Y']],
    [['list']],
  ])('writes stdout in one call for %j', async (argv) => {
    const { io, writes } = recordingIO();
    expect(await runCli(argv, io)).toBe(0);
    expect(writes.stdout).toHaveLength(1);
    expect(writes.stderr).toHaveLength(0);
  });

  it('writes nothing on stdout when a catalogue fails on its second file, after the first was read', async () => {
    const dir = join(scratch.dir, 'half-good');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-good.json'), JSON.stringify({ ...gsomia, id: 'a-good' }));
    writeFileSync(join(dir, 'b-bad.json'), JSON.stringify({ ...gsomia, id: 'b-bad', entryIntoForce: '2016-02-30' }));
    const { io, writes } = recordingIO();
    expect(await runCli(['deadlines', '--all', '--data', dir, '--from', '2020-01-01'], io)).toBe(2);
    expect(writes.stdout).toEqual([]);
    expect(writes.stderr).toHaveLength(1);
    expect(writes.stderr[0]).toContain('b-bad.json');
    expect(writes.stderr[0]).toContain('"2016-02-30"');
  });

  it('writes nothing on stdout when rendering fails after the answer was computed', async () => {
    // The colour decision reads NO_COLOR while the text is rendered, after every date is
    // known: a failure there (a bug, not bad input) must not leave half an answer behind.
    // Only the first read fails, so that the error line itself can still be coloured.
    let failed = false;
    const env = new Proxy({} as Record<string, string | undefined>, {
      get: (_target, key) => {
        if (key === 'NO_COLOR' && !failed) {
          failed = true;
          throw new Error('environment unavailable');
        }
        return undefined;
      },
    });
    const { io, writes } = recordingIO(env);
    const code = await runCli(['status', '--on', '2020-08-24'], io);
    expect(code).not.toBe(0);
    expect(writes.stdout).toEqual([]);
    expect(writes.stderr).toHaveLength(1);
    expect(writes.stderr[0]).toMatch(/^gsomia: internal error: environment unavailable/);
    expect(writes.stderr[0]).not.toMatch(/\n\s+at /);
  });
});
