import { afterAll, describe, expect, it } from 'vitest';
import { removeBinCopy, runBin, scratchDir } from '../helpers/cli.js';

// cli/main.ts exits as soon as the answer is written instead of waiting for the event loop
// to run dry (V8 may still be collecting the old generation after a large scan). A hook
// here keeps the loop busy for a second and a half and then writes to stderr: a shell that waits
// for the loop lets it write; one that exits at once never does.
const scratch = scratchDir('exit');
afterAll(() => {
  scratch.cleanup();
  removeBinCopy();
});
const hook = scratch.write('busy-loop.cjs', "setTimeout(() => require('node:fs').writeSync(2, 'the loop ran dry first\\n'), 1500);\n");
const withBusyLoop = { nodeArgs: ['--require', hook] };

describe('the shell exits once the answer is written', () => {
  it('does not wait for work left on the event loop, and keeps the exit status', () => {
    const run = runBin(['status', '--on', '2020-08-24', '--json'], withBusyLoop);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).agreement).toBe('gsomia');
  });

  it('exits 2 at once on bad input too', () => {
    const run = runBin(['status', '--on', '2020-02-30'], withBusyLoop);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('the loop ran dry first');
    expect(run.stdout).toBe('');
  });

  it('without the shell (the hook alone), the loop does run dry: the hook is live', () => {
    const run = runBin(['--version'], { nodeArgs: ['--require', hook, '--eval', '0'] });
    expect(run.stderr).toContain('the loop ran dry first');
  });
});
