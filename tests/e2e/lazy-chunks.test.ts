import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, removeBinCopy, runBin, tempDir } from '../helpers/cli.js';

// What only some answers need is a lazy chunk of the bin (dist/chunks/, scripts/build.mjs):
// these tests fail when a chunk is folded back into what every answer loads, or when an
// answer that needs one stops finding it.
const scratch = tempDir('chunks');
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  removeBinCopy();
});
const hook = join(scratch, 'hook.cjs');
const out = join(scratch, 'loaded.txt');
writeFileSync(
  hook,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.GSOMIA_LOADED_OUT, Object.keys(require.cache).join('\\n')));\n",
);

/** The chunks an answer loaded, by file name. */
function chunksLoadedBy(argv: string[]): string[] {
  const run = runBin(argv, { nodeArgs: ['--require', hook], env: { GSOMIA_LOADED_OUT: out } });
  expect(run.stderr).toBe('');
  return readFileSync(out, 'utf8')
    .split('\n')
    .filter((path) => path.includes(`${join('dist', 'chunks')}`))
    .map((path) => basename(path))
    .sort();
}

describe('lazy chunks', () => {
  it('keeps zod out of the bundle every answer loads: only the validator chunk carries it', () => {
    // A run-time import of a module that builds zod schemas (model/reading-schemas.ts is
    // imported by schema.ts alone) would fold zod back into dist/gsomia.js.
    runBin(['--version']);
    const bundle = readFileSync(join(ROOT, 'dist', 'gsomia.js'), 'utf8');
    expect(bundle).not.toContain('ZodError');
    expect(readFileSync(join(ROOT, 'dist', 'chunks', 'engine-validate.js'), 'utf8')).toContain('ZodError');
  });

  it('a one-line answer about a built-in agreement loads none', () => {
    expect(chunksLoadedBy(['status', '--on', '2020-08-24'])).toEqual([]);
    expect(chunksLoadedBy(['deadlines', '--from', '2020-08-24', '--json'])).toEqual([]);
  });

  it('timeline loads its drawings, completion its scripts, validate the validator', () => {
    expect(chunksLoadedBy(['timeline', '--from', '2019-01-01', '--until', '2020-12-31'])).toEqual(['cli-commands-timeline-picture.js']);
    expect(chunksLoadedBy(['completion', 'bash'])).toEqual(['cli-completion.js']);
    expect(chunksLoadedBy(['validate', join('data', 'gsomia.json')])).toEqual(['engine-validate.js']);
  });

  it('a language other than English loads its table (with its date-fns locale), and only for --lang or GSOMIA_LANG', () => {
    expect(chunksLoadedBy(['status', '--on', '2020-08-24', '--lang', 'ja'])).toEqual(['render-messages-ja.js']);
    expect(chunksLoadedBy(['deadlines', '--from', '2020-08-24', '--lang', 'ko'])).toEqual(['render-messages-ko.js']);
    expect(chunksLoadedBy(['list', '--lang', 'zh'])).toEqual(['render-messages-zh.js']);
    expect(chunksLoadedBy(['status', '--on', '2020-08-24', '--lang', 'en'])).toEqual([]);
    // JSON is the same in every language: it needs no table, but the language is still checked
    expect(chunksLoadedBy(['status', '--on', '2020-08-24', '--json', '--lang', 'ja'])).toEqual([]);
  });
});
