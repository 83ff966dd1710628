import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runIn, scratchDir } from '../helpers/cli.js';

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
    const { code, writes } = await runIn(argv);
    expect(code).toBe(0);
    expect(writes.stdout).toHaveLength(1);
    expect(writes.stderr).toHaveLength(0);
  });

  it("writes the good files' answer once, whole, when a catalogue has a bad file after a good one", async () => {
    const dir = join(scratch.dir, 'half-good');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-good.json'), JSON.stringify({ ...gsomia, id: 'a-good' }));
    writeFileSync(join(dir, 'b-bad.json'), JSON.stringify({ ...gsomia, id: 'b-bad', entryIntoForce: '2016-02-30' }));
    const { code, writes } = await runIn(['deadlines', '--all', '--data', dir, '--from', '2020-01-01']);
    expect(code).toBe(2);
    expect(writes.stdout).toHaveLength(1);
    expect(writes.stdout[0]).toContain('a-good');
    expect(writes.stdout[0]).not.toContain('b-bad');
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
    const { code, writes } = await runIn(['status', '--on', '2020-08-24'], { env });
    expect(code).not.toBe(0);
    expect(writes.stdout).toEqual([]);
    expect(writes.stderr).toHaveLength(1);
    expect(writes.stderr[0]).toMatch(/^gsomia: internal error: environment unavailable/);
    expect(writes.stderr[0]).not.toMatch(/\n\s+at /);
  });
});
