// Regenerates schema/agreement.schema.json from the zod schema (the text `gsomia schema`
// prints). The build never writes it: the file is tracked, a test compares it with the
// schema, and CI runs this and fails on a difference (`git diff --exit-code`).
// Usage: npm run schema

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(tmpdir(), `gsomia-json-schema-${process.pid}.mjs`);
await build({
  entryPoints: [`${root}src/model/json-schema.ts`],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
});
try {
  const { agreementJsonSchemaText } = await import(pathToFileURL(bundle).href);
  mkdirSync(`${root}schema`, { recursive: true });
  writeFileSync(`${root}schema/agreement.schema.json`, agreementJsonSchemaText());
} finally {
  rmSync(bundle, { force: true });
}
