import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtBin, removeBinCopy, runBin, tempDir } from '../helpers/cli.js';

// bin/gsomia.js compiles the bundle from the code cache the build makes (the start-up
// target depends on it). These tests fail when the build stops making the cache, when the
// bin stops finding it, or when V8 stops accepting it, and show that a cache which does not
// fit is never used for another build's bundle and never changes an answer.
afterAll(removeBinCopy);

/** How a copy of the bin loaded its bundle: 'used', 'rejected' or 'missing'. */
function cacheUse(bin: string): string {
  const child = spawnSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(bin)}).loadBundle().cache)`], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  return child.stdout.trim();
}

/** A second copy of the built bin, to spoil. */
function copyOfBin(): { bin: string; dist: string } {
  const dir = tempDir('cache');
  const from = join(builtBin(), '..', '..');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(from, part), join(dir, part), { recursive: true });
  return { bin: join(dir, 'bin', 'gsomia.js'), dist: join(dir, 'dist') };
}

const cacheOf = (dist: string) => join(dist, readdirSync(dist).find((name) => name.endsWith('.cache')) ?? 'none');

describe('the bin compiles its bundle from the code cache', () => {
  it('finds the cache the build made, and V8 accepts it', () => {
    expect(cacheUse(builtBin())).toBe('used');
  });

  it('never takes the cache of another build: the name carries the hash of the bundle', () => {
    const { bin, dist } = copyOfBin();
    const bundle = join(dist, 'gsomia.js');
    // Same length, another build: V8 alone would take a cache it only checks by length.
    writeFileSync(
      bundle,
      readFileSync(bundle, 'utf8').replace(/\/\/ build ([0-9a-f]+)\n$/, (_, hash: string) => `// build ${[...hash].reverse().join('')}\n`),
    );
    expect(cacheUse(bin)).toBe('missing');
    rmSync(join(bin, '..', '..'), { recursive: true, force: true });
  });

  it('compiles as usual when V8 refuses the cache, with the same answer', () => {
    const { bin, dist } = copyOfBin();
    writeFileSync(cacheOf(dist), Buffer.alloc(4096, 7));
    expect(cacheUse(bin)).toBe('rejected');
    const spoiled = spawnSync(process.execPath, [bin, 'status', '--on', '2020-08-24', '--json'], { encoding: 'utf8' });
    expect(spoiled.status).toBe(0);
    expect(spoiled.stdout).toBe(runBin(['status', '--on', '2020-08-24', '--json']).stdout);
    rmSync(cacheOf(dist));
    expect(cacheUse(bin)).toBe('missing');
    expect(spawnSync(process.execPath, [bin, 'status', '--on', '2020-08-24', '--json'], { encoding: 'utf8' }).stdout).toBe(spoiled.stdout);
    rmSync(join(bin, '..', '..'), { recursive: true, force: true });
  });
});
