// Builds what the package ships, from the sources:
// - the bin: src/cli/main.ts bundled and minified into dist/gsomia.js, with the built-in
//   catalogue validated here and embedded, so answers about it need no file reads and no
//   validator at run time. What only some answers need (the zod validator for user files,
//   the JSON Schema generator for `gsomia schema`, …) is a lazy chunk of its own in
//   dist/chunks/, required on first use. All CommonJS: Node's ESM loader alone costs a few milliseconds of a
//   ~50 ms start-up (bench/README.md).
// - the library: src/index.ts as ESM in dist/lib/ (dependencies left to node_modules),
//   and with `--types` its declarations in dist/types/ (tsc, tsconfig.build.json).
// It writes nothing outside dist/: schema/agreement.schema.json is `npm run schema`'s.
// Run by `npm install` (prepare) and `npm run build` with --types, by `npm test` without.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// 1. A throw-away bundle of the validator, to check the shipped data with the real schema.
const validatorFile = `${dist}/validate-data.tmp.mjs`;
await build({
  entryPoints: [`${root}src/engine/validate.ts`],
  outfile: validatorFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
});
const { validateDefinition } = await import(pathToFileURL(validatorFile).href);
rmSync(validatorFile);

const catalogue = [];
const problems = [];
for (const name of readdirSync(`${root}data`)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const result = validateDefinition(JSON.parse(readFileSync(`${root}data/${name}`, 'utf8')));
  if (result.ok) catalogue.push(result.definition);
  else for (const issue of result.issues) problems.push(`data/${name}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
}
// Each definition as the JSON text of its validated form, by id in file-name order: the
// bundle's parser only scans a string, and an answer parses the one definition it needs.
const builtIn = JSON.stringify(Object.fromEntries(catalogue.map((definition) => [definition.id, JSON.stringify(definition)])));
if (problems.length) {
  console.error(`build: the built-in catalogue is invalid:\n${problems.join('\n')}`);
  process.exit(1);
}

// 2. The bin itself. Start-up is most of what a one-line answer costs (bench/README.md
// has the figures), so the bundle loads only what the answer needs:
const startup = {
  name: 'startup',
  setup(bundle) {
    // chalk guesses colour support when it is imported (env, tty, os.release); color.ts
    // decides itself and hands the level to `new Chalk`, so the guess is dead weight.
    bundle.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'startup' }));
    bundle.onLoad({ filter: /^supports-color$/, namespace: 'startup' }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };',
      loader: 'js',
    }));
    // commander requires child_process (with net and dgram) at load, for executable
    // subcommands gsomia does not have: load it only if one is ever spawned.
    bundle.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'startup' } : undefined,
    );
    bundle.onLoad({ filter: /^child_process$/, namespace: 'startup' }, () => ({
      contents: "module.exports = { get spawn() { return require('node:child_process').spawn; } };",
      loader: 'js',
    }));
  },
};
// Lazy chunks. A dynamic `import()` of a module under src/ is code that only some answers
// need (the validator, the schema generator, a language's table, the holidays parser): the
// plugin makes it a bundle of its own in dist/chunks/, named after its path
// (src/engine/validate.ts → dist/chunks/engine-validate.js), and the import a lazy require of
// that file, so the bin compiles it only when an answer asks for it. A chunk is a whole
// bundle: modules it shares with the bin are a second copy, so nothing may rely on module
// state across the two (nothing does: the lazily loaded code takes what it needs as
// arguments, and errors are recognised by their brand, not by class).
// `from` is where the chunks are seen from: './chunks/' from the bin, './' from another chunk.
const chunkEntries = new Map();
const lazyChunks = (from) => ({
  name: 'lazy',
  setup(bundle) {
    bundle.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const path = `${args.resolveDir}/${args.path}`.replace(/\.js$/, '.ts');
      const within = relative(`${root}src`, path);
      if (within.startsWith('..')) return undefined;
      const name = within.replace(/\.ts$/, '').replaceAll(sep, '-');
      chunkEntries.set(name, path);
      return { path: name, namespace: 'lazy' };
    });
    bundle.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: `module.exports = require('${from}${args.path}.js');`,
      loader: 'js',
    }));
    bundle.onResolve({ filter: /.*/, namespace: 'lazy' }, (args) => ({ path: args.path, external: true }));
  },
});
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'error',
  // import.meta.url in the sources (ESM under vitest) is the bundle file's URL here.
  define: { 'import.meta.url': '__gsomiaUrl' },
  banner: { js: "var __gsomiaUrl=require('node:url').pathToFileURL(__filename).href;" },
};
writeFileSync(`${dist}/package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);
// The bin and its chunks see the same constants: a chunk that reaches the built-in catalogue
// or the version finds them as the bin does (unused, the text is tree-shaken away).
const binDefine = { ...common.define, __GSOMIA_BUILTIN__: builtIn, __GSOMIA_VERSION__: JSON.stringify(pkg.version) };
await build({
  ...common,
  entryPoints: { gsomia: `${root}src/cli/main.ts` },
  outdir: dist,
  plugins: [startup, lazyChunks('./chunks/')],
  define: binDefine,
});
// The bin's code cache (bin/gsomia.js says why): the bundle's last line names the build by
// a hash of its text, and a fresh Node, with no flags, runs the warm-up answers and saves V8's
// code under that name.
const bundleText = readFileSync(`${dist}/gsomia.js`, 'utf8');
const buildHash = createHash('sha256').update(bundleText).digest('hex').slice(0, 16);
writeFileSync(`${dist}/gsomia.js`, `${bundleText}\n// build ${buildHash}\n`);

// The chunks, and the chunks their own dynamic imports name, until there are no new ones.
for (let built = new Set(); built.size < chunkEntries.size; ) {
  const entryPoints = Object.fromEntries([...chunkEntries].filter(([name]) => !built.has(name)));
  for (const name of Object.keys(entryPoints)) built.add(name);
  await build({ ...common, entryPoints, outdir: `${dist}/chunks`, plugins: [startup, lazyChunks('./')], define: binDefine });
}

// The bundles must not import() anything themselves: the bin compiles its bundle as a
// vm.Script, which has no loader for import() (and a chunk is a require, never an import).
for (const name of [
  'gsomia.js',
  ...readdirSync(`${dist}/chunks`)
    .filter((n) => n.endsWith('.js'))
    .map((n) => `chunks/${n}`),
]) {
  if (/\bimport\(/.test(readFileSync(`${dist}/${name}`, 'utf8'))) {
    console.error(`build: dist/${name} has a dynamic import(); make it a require or a lazy chunk`);
    process.exit(1);
  }
}
const warmUp = `const b = require(${JSON.stringify(`${root}bin/gsomia.js`)}).loadBundle();
b.exports.warmUp().then(() => require('node:fs').writeFileSync(b.cacheFile, b.script.createCachedData()));`;
execFileSync(process.execPath, ['-e', warmUp], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } });

// 3. The library, for `import … from 'gsomia'`: ESM, with the validator and the schema
// generator split into chunks that its async functions import on first use. dist/ is
// CommonJS for the bin (dist/package.json), so the library has a directory of its own.
const esmPackage = `${JSON.stringify({ type: 'module' })}\n`;
await build({
  entryPoints: { index: `${root}src/index.ts` },
  outdir: `${dist}/lib`,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'error',
  define: { __GSOMIA_BUILTIN__: builtIn },
});
writeFileSync(`${dist}/lib/package.json`, esmPackage);

if (process.argv.includes('--types')) {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
  writeFileSync(`${dist}/types/package.json`, esmPackage);
}
