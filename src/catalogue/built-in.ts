import { fileURLToPath } from 'node:url';
import { compileValid } from '../engine/compile.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Agreement } from '../model/schema.js';
import { loadDirectory } from './directory.js';
import type { Entry } from './entry.js';

/**
 * Definitions that ship with the package, validated when the bundles are built
 * (scripts/build.mjs defines this constant): the JSON text of each, by id, in file-name
 * order. A text is parsed when its agreement is first asked for: `status` for GSOMIA parses
 * one of 25. Running from source, it is undefined and data/ is read and validated like any
 * user catalogue.
 */
declare const __GSOMIA_BUILTIN__: Readonly<Record<string, string>> | undefined;

/** A shipped definition, parsed and compiled on first use. */
function builtInEntry(id: string, text: string): Entry {
  let compiled: CompiledAgreement | undefined;
  return {
    source: `built-in:${id}`,
    get compiled() {
      compiled ??= compileValid(JSON.parse(text) as Agreement);
      return compiled;
    },
  };
}

let builtIn: Promise<Entry[]> | undefined;
let byId: Map<string, Entry> | undefined;

/**
 * The catalogue that ships with gsomia, in file-name order.
 * (await builtInCatalogue()).map((entry) => entry.compiled.id) → ['abm', …, 'gsomia', …]
 */
export function builtInCatalogue(): Promise<Entry[]> {
  builtIn ??=
    typeof __GSOMIA_BUILTIN__ === 'undefined'
      ? loadDirectory(fileURLToPath(new URL('../../data/', import.meta.url)))
      : Promise.resolve(Object.entries(__GSOMIA_BUILTIN__).map(([id, text]) => builtInEntry(id, text)));
  return builtIn;
}

/**
 * One shipped agreement by id, compiling no other: (await builtInAgreementEntry('gsomia'))?.source → 'built-in:gsomia'.
 */
export async function builtInAgreementEntry(id: string): Promise<Entry | undefined> {
  if (byId === undefined) {
    const entries = await builtInCatalogue();
    // From source the entries are compiled already; bundled, the id is in the source name.
    byId = new Map(entries.map((entry) => [entry.source.startsWith('built-in:') ? entry.source.slice(9) : entry.compiled.id, entry]));
  }
  return byId.get(id);
}
