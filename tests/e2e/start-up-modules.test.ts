import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeBinCopy, runBin } from '../helpers/cli.js';

// The start-up stubs in scripts/build.mjs (chalk's supports-color, commander's
// child_process) and the writeSync output keep Node's stream and network stack out of a
// one-line answer. An upgrade of chalk or commander that slipped past a stub would load
// them again without failing anything else: this test reads the modules the real bin
// loaded (Node's process.moduleLoadList, written by a preloaded hook at exit).
const scratch = mkdtempSync(join(tmpdir(), 'gsomia-modules-'));
afterAll(() => {
  removeBinCopy();
  rmSync(scratch, { recursive: true, force: true });
});

const hook = join(scratch, 'hook.cjs');
writeFileSync(
  hook,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.GSOMIA_MODULES_OUT, JSON.stringify(process.moduleLoadList)));\n",
);

/** The built-in modules the bin loaded for one command line. */
function modulesLoadedBy(argv: readonly string[]): string[] {
  const out = join(scratch, 'modules.json');
  const run = runBin(argv, { nodeArgs: ['--require', hook], env: { GSOMIA_MODULES_OUT: out } });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as string[];
}

const HEAVY = ['net', 'tty', 'child_process', 'stream'];

describe('start-up: what a one-line answer loads', () => {
  it.each([
    [['status', '--on', '2020-08-24']],
    [['status', '--on', '2020-08-24', '--json']],
    [['history', '--until', '2020-08-24']],
    [['deadlines', '--from', '2020-08-24']],
  ])('loads none of net, tty, child_process, stream for %j', (argv) => {
    const loaded = modulesLoadedBy(argv);
    // The list holds entries like "NativeModule fs"; a name is loaded when its own entry is there.
    expect(loaded.some((entry) => entry === 'NativeModule fs')).toBe(true);
    for (const name of HEAVY) expect(loaded, name).not.toContain(`NativeModule ${name}`);
  });
});
