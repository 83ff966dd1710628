import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeBinCopy, runBin, scratchDir } from '../helpers/cli.js';
import { argvIn, binCases, cases, UNREADABLE, writeFixtures } from './cases.js';
import { expectRefused } from './refused.js';

// A dozen corpus cases, one of each family, through the real bundled bin: the bundle
// must refuse them exactly as runCli does in-process.
const scratch = scratchDir('corpus-bin');
beforeAll(() => writeFixtures(scratch.dir));
afterAll(() => {
  chmodSync(join(scratch.dir, UNREADABLE), 0o644);
  scratch.cleanup();
  removeBinCopy();
});

describe('the bad-input corpus, through the bin', () => {
  const chosen = binCases.map((name) => {
    const found = cases.find((c) => c.name === name);
    if (!found) throw new Error(`binCases names a case that is not in the corpus: ${name}`);
    return found;
  });

  it('runs about ten representative cases', () => {
    expect(chosen.length).toBeGreaterThanOrEqual(10);
  });

  it.each(chosen.map((c) => [c.name, c] as const))('refuses %s cleanly', (_name, testCase) => {
    expectRefused(runBin(argvIn(scratch.dir, testCase.argv), testCase.env ? { env: { ...testCase.env } } : {}), testCase);
  });
});
