import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { definition } from '../helpers/agreement.js';
import { runBin } from '../helpers/cli.js';

// catalogue/young-generation.ts sets V8's --semi-space-growth-factor=1 while the process
// runs, for the directory scan alone, so that memory stays flat however many files are
// scanned (the bench's 100,000-file row). Node documents that flags changed at run time may
// behave unexpectedly: this test fails if an upgrade stops honouring it. Without the flag,
// 2,000 files grow the young generation to 4 MiB or more; with it, it stays at 2 MiB.
const scratch = mkdtempSync(join(tmpdir(), 'gsomia-young-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const hook = join(scratch, 'hook.cjs');
writeFileSync(
  hook,
  "process.on('exit', () => { const space = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');" +
    " require('node:fs').writeFileSync(process.env.GSOMIA_SPACE_OUT, String(space.space_size)); });\n",
);
const catalogue = join(scratch, 'catalogue');
const out = join(scratch, 'new-space.txt');

describe('the directory scan holds the young generation at its first size', () => {
  it('keeps new space at 2 MiB or less over 2,000 files', () => {
    mkdirSync(catalogue);
    for (let i = 0; i < 2000; i += 1) writeFileSync(join(catalogue, `a${i}.json`), JSON.stringify(definition({ id: `a-${i}` })));
    const run = runBin(['deadlines', '--all', '--within', 'P7D', '--data', catalogue, '--from', '2020-01-01'], {
      nodeArgs: ['--require', hook],
      env: { GSOMIA_SPACE_OUT: out },
    });
    expect(run.code).toBe(0);
    expect(Number(readFileSync(out, 'utf8'))).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});
