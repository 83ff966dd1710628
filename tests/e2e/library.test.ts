import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';
import { ROOT } from '../helpers/cli.js';

// The built library (dist/lib/, `npm test` builds it first), imported by its package name
// the way a consumer imports it: Node resolves `gsomia` inside this package through its own
// "exports". scripts/pack-test.sh does the same from a fresh project with the tarball.

const LIBRARY = join(ROOT, 'dist', 'lib', 'index.js');

/** Runs ESM code with `cwd` in this package, so that `import … from 'gsomia'` resolves to it. */
function runModule(code: string) {
  if (!existsSync(LIBRARY)) throw new Error(`${LIBRARY} is missing: build it with \`node scripts/build.mjs\` (npm test does this first).`);
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
}

describe('the built library, imported as gsomia', () => {
  it('runs the README example, printing the 2020 deadline and the error for 2020-02-30 that the README shows', () => {
    const example = readFileSync(join(ROOT, 'examples', 'library.ts'), 'utf8');
    const run = runModule(transformSync(example, { loader: 'ts', format: 'esm' }).code);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('last day: 2020-08-24');
    expect(run.stdout).toContain('INVALID_DATE');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`prints\n\n\`\`\`text\n${run.stdout}\`\`\``);
  });

  it('exports what src/index.ts exports', () => {
    const run = runModule("const library = await import('gsomia'); console.log(JSON.stringify(Object.keys(library).sort()));");
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(Object.keys(source).sort());
  });

  it('loads its validator and schema chunks on demand', () => {
    const run = runModule(`
      import { agreementJsonSchemaText, validate } from 'gsomia';
      const result = await validate({ id: 'Not An Id' });
      const paths = result.issues.map((issue) => issue.path);
      console.log(JSON.stringify({ ok: result.ok, paths, schema: await agreementJsonSchemaText() }));
    `);
    expect(run.stderr).toBe('');
    const printed = JSON.parse(run.stdout) as { ok: boolean; paths: string[]; schema: string };
    expect(printed.ok).toBe(false);
    expect(printed.paths).toEqual(expect.arrayContaining(['id', 'title', 'entryIntoForce']));
    expect(printed.schema).toBe(readFileSync(join(ROOT, 'schema', 'agreement.schema.json'), 'utf8'));
  });
});
