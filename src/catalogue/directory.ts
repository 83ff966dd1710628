import { type Dir, type Dirent, opendirSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { GsomiaError, isGsomiaError } from '../errors.js';
import { acceptedAgreement, type Entry, validator } from './entry.js';
import { IdTable } from './id-table.js';
import { readJsonFile, readRegularJsonFile } from './json-file.js';
import { holdYoungGeneration } from './young-generation.js';

/**
 * The files of a catalogue that could not be used, each with its one-line error. Given to
 * a scan, it makes the scan go on past a bad file (list, deadlines --all answer for the
 * good ones and name every bad one); without it, the first bad file stops the scan.
 */
export type FileProblems = GsomiaError[];

/**
 * Loads every `*.json` definition in a directory, in file-name order.
 * await loadDirectory('data') → [{ source: 'data/abm.json', … }, …]
 */
export async function loadDirectory(dir: string, problems?: FileProblems): Promise<Entry[]> {
  const entries: Entry[] = [];
  await visitDirectory(dir, (entry) => entries.push(entry), problems);
  return entries;
}

/**
 * Hands each definition in a directory to `visit`, in file-name order, as soon as it is
 * validated: the exact scan, whose problems come in name order. Of two files with one id,
 * the later is the bad one.
 */
async function visitDirectory(dir: string, visit: (entry: Entry) => void, problems?: FileProblems): Promise<void> {
  const files = jsonFilesIn(dir);
  const seen = new Map<string, string>();
  const prefix = pathPrefix(dir);
  for (const file of files) {
    const path = prefix + file.name;
    try {
      // Links, devices, pipes and directories named *.json get readJsonFile's checks.
      const json = file.isFile() ? readRegularJsonFile(path) : readJsonFile(path);
      // Inline, not through an async helper: a plainly valid file costs no promise.
      const compiled = acceptedAgreement(json) ?? (await validator()).compiledFrom(json, path);
      const earlier = seen.get(compiled.id);
      if (earlier)
        throw new GsomiaError('DUPLICATE_ID', `agreement id "${compiled.id}" is defined twice: ${earlier} and ${path}`, 2, {
          id: compiled.id,
          first: earlier,
          second: path,
        });
      seen.set(compiled.id, path);
      visit({ source: path, compiled });
    } catch (error) {
      if (problems === undefined || !isGsomiaError(error)) throw error;
      problems.push(error);
    }
  }
}

function directoryProblem(dir: string, error: unknown): GsomiaError {
  if (isGsomiaError(error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such directory' : (code ?? 'unreadable');
  return new GsomiaError('BAD_DATA_DIR', `cannot read catalogue ${dir}: ${why}`, 2, { dir, reason: code ?? 'unreadable' });
}

/** The `*.json` entries of a directory, in code-unit order of their names. */
function jsonFilesIn(dir: string): Dirent[] {
  try {
    if (!statSync(dir).isDirectory())
      throw new GsomiaError('BAD_DATA_DIR', `catalogue ${dir} is not a directory`, 2, { dir, reason: 'ENOTDIR' });
    const files = readdirSync(dir, { withFileTypes: true }).filter((file) => file.name.endsWith('.json'));
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    throw directoryProblem(dir, error);
  }
}

/** What goes before a file name: join() normalises every path it builds, so the directory is normalised once. */
function pathPrefix(dir: string): string {
  const base = join(dir, '.');
  return base === '.' ? '' : base.endsWith(sep) ? base : `${base}${sep}`;
}

/**
 * Hands each definition in a directory to `visit` in the directory's own order, holding
 * nothing of the files visited but a hash of their ids: memory stays flat however many
 * files there are. For scans whose answer does not depend on file order (deadlines are
 * sorted by date). Any problem (a bad file, an id maybe seen before) is settled by the
 * exact scan in file-name order, so the error reported is the same on every file system.
 * await streamDirectory('data', (entry) => ids.push(entry.compiled.id)) → ids in directory order
 */
export async function streamDirectory(dir: string, visit: (entry: Entry) => void, tolerant?: TolerantScan): Promise<void> {
  await holdYoungGeneration();
  let handle: Dir;
  try {
    if (!statSync(dir).isDirectory())
      throw new GsomiaError('BAD_DATA_DIR', `catalogue ${dir} is not a directory`, 2, { dir, reason: 'ENOTDIR' });
    handle = opendirSync(dir, { bufferSize: 256 });
  } catch (error) {
    throw directoryProblem(dir, error);
  }
  // Without `tolerant`, the first problem in file-name order is thrown: the exact scan finds it.
  const exactScan = () => visitDirectory(dir, () => undefined);
  const ids = new IdTable();
  const prefix = pathPrefix(dir);
  const found: [path: string, error: GsomiaError][] = [];
  try {
    for (let file = handle.readSync(); file !== null; file = handle.readSync()) {
      if (!file.name.endsWith('.json')) continue;
      const path = prefix + file.name;
      let entry: Entry;
      try {
        const json = file.isFile() ? readRegularJsonFile(path) : readJsonFile(path);
        entry = { source: path, compiled: acceptedAgreement(json) ?? (await validator()).compiledFrom(json, path) };
      } catch (error) {
        if (!isGsomiaError(error)) throw error;
        if (!tolerant) await exactScan();
        found.push([path, error]);
        continue;
      }
      if (ids.add(entry.compiled.id)) {
        // The same id, or a rare hash collision: only the scan in file-name order can tell,
        // and which of two files is the later. Without `tolerant` it throws on a real one.
        if (!tolerant) await exactScan();
        else {
          tolerant.restart();
          return await visitDirectory(dir, visit, tolerant.problems);
        }
      }
      visit(entry);
    }
  } finally {
    handle.closeSync();
  }
  // In name order, as the exact scan would report them, whatever order the directory gave.
  found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  tolerant?.problems.push(...found.map(([, error]) => error));
}

/**
 * A scan that goes on past bad files: their errors are collected in `problems`; `restart`
 * tells the caller to forget what it was given so far, when the scan starts over in
 * file-name order (an id that may have been seen before decides which file is the later).
 */
export interface TolerantScan {
  readonly problems: FileProblems;
  restart(): void;
}
