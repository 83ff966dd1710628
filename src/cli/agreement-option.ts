import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtInAgreementEntry, builtInCatalogue } from '../catalogue/built-in.js';
import { type FileProblems, loadDirectory, streamDirectory, type TolerantScan } from '../catalogue/directory.js';
import { type Entry, loadFile } from '../catalogue/entry.js';
import { GsomiaError, quoted } from '../errors.js';

export type { Entry };

/**
 * The catalogue in use: `--data DIR` or GSOMIA_DATA when given, else the built-in one.
 * With `problems`, bad files are collected there and the good ones returned.
 * (await catalogue(undefined)).length → 20, the built-in agreements
 */
export function catalogue(dataDir: string | undefined, problems?: FileProblems): Promise<Entry[]> {
  return dataDir ? loadDirectory(dataDir, problems) : builtInCatalogue();
}

/**
 * Each agreement of the catalogue in use, one at a time (for scans of large catalogues);
 * with `tolerant`, past bad files (see streamDirectory).
 * await forEachAgreement('treaties', (entry) => count++) → count is the number of files
 */
export async function forEachAgreement(dataDir: string | undefined, visit: (entry: Entry) => void, tolerant?: TolerantScan): Promise<void> {
  if (dataDir) return streamDirectory(dataDir, visit, tolerant);
  for (const entry of await builtInCatalogue()) visit(entry);
}

/**
 * After a tolerant scan: every bad file's error on stderr, one line each, and exit 2 (bad
 * input); stdout keeps the answer for the good files.
 */
export function reportBadFiles(problems: FileProblems, result: { stderr: string; exitCode: number }): void {
  for (const problem of problems) result.stderr += `gsomia: ${problem.message}\n`;
  if (problems.length > 0) result.exitCode = Math.max(result.exitCode, 2);
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
      `unknown agreement ${quoted(ref)}: ids are lower-case letters, digits and hyphens (gsomia list shows them)`,
      2,
      { value: quoted(ref) },
    );
  }
  // A catalogue file named after its id is read alone; only an id kept under another file
  // name makes gsomia validate the whole directory to find it.
  if (dataDir) {
    const named = await namedFile(dataDir, ref);
    if (named) return named;
  }
  // A --data catalogue comes first; the built-in agreements stay within reach by id.
  // Bad files elsewhere in the directory do not matter to one agreement found among the good.
  const problems: FileProblems = [];
  const own = dataDir ? (await loadDirectory(dataDir, problems)).find((candidate) => candidate.compiled.id === ref) : undefined;
  // The built-in agreement by id alone: the others are neither parsed nor compiled.
  const entry = own ?? (await builtInAgreementEntry(ref));
  if (!entry && problems[0]) throw problems[0]; // the agreement may be the bad file
  if (!entry) {
    const where = dataDir ? `the catalogue ${dataDir} nor the built-in one` : 'the built-in catalogue';
    const way = '(gsomia list shows the ids; a file path works too)';
    throw new GsomiaError('UNKNOWN_AGREEMENT', `unknown agreement "${ref}": not in ${where} ${way}`, 2, { value: `"${ref}"` });
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
