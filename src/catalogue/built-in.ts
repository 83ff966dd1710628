import { fileURLToPath } from 'node:url';
import { compileValid } from '../engine/compile.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Agreement } from '../model/schema.js';
import { loadDirectory } from './directory.js';
import type { Entry } from './entry.js';

/**
 * Definitions that ship with the package, parsed and validated when the bundles are built
 * (scripts/build.mjs defines this constant). Running from source, it is undefined and
 * data/ is read and validated like any user catalogue.
 */
declare const __GSOMIA_BUILTIN__: readonly Agreement[] | undefined;

/** A shipped definition, compiled on first use: one answer needs one agreement, not nine. */
function builtInEntry(definition: Agreement): Entry {
  let compiled: CompiledAgreement | undefined;
  return {
    source: `built-in:${definition.id}`,
    get compiled() {
      compiled ??= compileValid(definition);
      return compiled;
    },
  };
}

let builtIn: Promise<Entry[]> | undefined;

/**
 * The catalogue that ships with gsomia, in file-name order.
 * (await builtInCatalogue()).map((entry) => entry.compiled.id) → ['abm', …, 'gsomia', …]
 */
export function builtInCatalogue(): Promise<Entry[]> {
  builtIn ??=
    typeof __GSOMIA_BUILTIN__ === 'undefined'
      ? loadDirectory(fileURLToPath(new URL('../../data/', import.meta.url)))
      : Promise.resolve(__GSOMIA_BUILTIN__.map(builtInEntry));
  return builtIn;
}
