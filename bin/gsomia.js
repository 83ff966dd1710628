#!/usr/bin/env node
// The built bundle (npm install runs `prepare`, which builds it into dist/). CommonJS, as
// bin/package.json says: Node's ESM loader would add a few milliseconds to every answer.
'use strict';

// Start-up with a code cache. Compiling the 200 KB bundle was the largest part of what a
// one-line answer costs beyond Node's own start (8 ms of a ~16 ms overhead, bench/README.md).
// The build (scripts/build.mjs) runs the most asked-for answers once and saves V8's code for
// the bundle in dist/; here the bundle is compiled from that cache, so V8 neither parses it
// nor compiles those functions again. Node 22's module.enableCompileCache does the same, but
// at run time into a temporary directory, and Node 20 lacks it.
//
// V8 refuses a cache made by another V8 version or under other flags (then the bundle is
// compiled as usual, only slower); but it checks a cache against the source's length alone,
// so the cache's name carries the build's hash of the bundle, which its last line states:
// a cache from another build is never found. tests/e2e/code-cache.test.ts fails if the
// cache stops being made, found or accepted.

const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, '../dist/gsomia.js');

/** The cache for a bundle text: its file, named by the hash its last line carries. */
function cacheFile(source) {
  const hash = /\/\/ build ([0-9a-f]+)\n?$/.exec(source);
  return hash && join(__dirname, `../dist/gsomia-${hash[1]}.cache`);
}

/**
 * The bundle's exports, compiled from the code cache when it fits: loadBundle().cache is
 * 'used', 'rejected' (V8 refused it) or 'missing'. `script` is for the build, which makes
 * the cache with script.createCachedData().
 */
function loadBundle() {
  const source = readFileSync(bundle, 'utf8');
  const file = cacheFile(source);
  let cachedData;
  try {
    cachedData = file ? readFileSync(file) : undefined;
  } catch {
    // no cache (a build without one, or a removed file): compile as usual
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const cache = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  return { exports: module.exports, script, cache, cacheFile: file };
}

module.exports = { loadBundle };

if (require.main === module) loadBundle().exports.main();
