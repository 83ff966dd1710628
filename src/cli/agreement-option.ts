import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtInCatalogue } from '../catalogue/built-in.js';
import { loadDirectory, streamDirectory } from '../catalogue/directory.js';
import { loadFile, type Entry } from '../catalogue/entry.js';
import { GsomiaError } from '../errors.js';

export type { Entry };

/**
 * The catalogue in use: `--data DIR` or GSOMIA_DATA when given, else the built-in one.
 * (await catalogue(undefined)).length → 9, the built-in agreements
 */
export function catalogue(dataDir: string | undefined): Promise<Entry[]> {
  return dataDir ? loadDirectory(dataDir) : builtInCatalogue();
}

/**
 * Each agreement of the catalogue in use, one at a time (for scans of large catalogues).
 * await forEachAgreement('treaties', (entry) => count++) → count is the number of files
 */
export async function forEachAgreement(dataDir: string | undefined, visit: (entry: Entry) => void): Promise<void> {
  if (dataDir) return streamDirectory(dataDir, visit);
  for (const entry of await builtInCatalogue()) visit(entry);
}

const looksLikePath = (ref: string) => ref.includes('/') || ref.includes('\\') || ref.endsWith('.json');

/**
 * `--agreement`: an id from the catalogue, or a path to a definition file.
 * (await resolveAgreement('gsomia', undefined)).source → 'built-in:gsomia'
 */
export async function resolveAgreement(ref: string, dataDir: string | undefined): Promise<Entry> {
  if (looksLikePath(ref)) return loadFile(ref);
  if (!/^[a-z0-9-]+$/.test(ref)) {
    throw new GsomiaError(
      'UNKNOWN_AGREEMENT',
      `unknown agreement ${JSON.stringify(ref)}: ids are lower-case letters, digits and hyphens (gsomia list shows them)`,
    );
  }
  // A catalogue file named after its id is read alone; only an id kept under another file
  // name makes gsomia validate the whole directory to find it.
  if (dataDir) {
    const named = await namedFile(dataDir, ref);
    if (named) return named;
  }
  const entries = await catalogue(dataDir);
  const entry = entries.find((candidate) => candidate.compiled.id === ref);
  if (!entry) {
    const where = dataDir ? `the catalogue ${dataDir}` : 'the built-in catalogue';
    const way = '(gsomia list shows the ids; a file path works too)';
    throw new GsomiaError('UNKNOWN_AGREEMENT', `unknown agreement "${ref}": not in ${where} ${way}`);
  }
  return entry;
}

/** `DIR/<id>.json` when that file exists and defines that id, else null. */
async function namedFile(dir: string, id: string): Promise<Entry | null> {
  const path = join(dir, `${id}.json`);
  if (!existsSync(path)) return null;
  const entry = await loadFile(path);
  return entry.compiled.id === id ? entry : null;
}
