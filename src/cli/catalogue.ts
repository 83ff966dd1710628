import { closeSync, existsSync, opendirSync, openSync, readdirSync, readFileSync, readSync, statSync, type Dir, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileValid } from '../engine/compile.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import { GsomiaError } from '../errors.js';
import { IdTable } from './id-table.js';
import type { Agreement } from '../model/schema.js';

/**
 * Definitions that ship with the package, parsed and validated when the bundle is built
 * (scripts/build.mjs defines this constant). Running from source, it is undefined and
 * data/ is read and validated like any user catalogue.
 */
declare const __GSOMIA_BUILTIN__: readonly Agreement[] | undefined;

export interface Entry {
  /** where it came from: a path, or `built-in:<id>` */
  readonly source: string;
  readonly compiled: CompiledAgreement;
}

/** Definition files larger than this are refused unread: real ones are a few kilobytes. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Reads a file's text, refusing it past `limit` bytes. The size from stat is not enough:
 * devices and pipes (`/dev/zero`, `/dev/stdin`) report 0 and may never end.
 */
function readAtMost(path: string, limit: number): string {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) throw new GsomiaError('UNREADABLE_FILE', `cannot read ${path}: more than a definition file's 5 MiB limit`);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Reads a file as JSON, with one clear error for each way that can fail. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new GsomiaError('UNREADABLE_FILE', `cannot read ${path}: it is a directory`);
    if (stats.size > MAX_FILE_BYTES) throw new GsomiaError('UNREADABLE_FILE', `cannot read ${path}: ${stats.size} bytes is more than a definition file's 5 MiB limit`);
    // A regular file's size is known and checked: one read, no buffers to collect (a
    // catalogue of 10,000 files allocated 1.3 GB of 64 KiB chunks). Only devices and
    // pipes, whose size says nothing, are read in bounded chunks.
    text = stats.isFile() ? readFileSync(path, 'utf8') : readAtMost(path, MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof GsomiaError) throw error;
    throw unreadable(path, error);
  }
  return parseJson(text, path);
}

function unreadable(path: string, error: unknown): GsomiaError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable');
  return new GsomiaError('UNREADABLE_FILE', `cannot read ${path}: ${why}`);
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // JSON.parse quotes the bytes it choked on: keep terminal control bytes out of the line.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?') : 'not JSON';
    throw new GsomiaError('INVALID_JSON', `invalid agreement file ${path}: not valid JSON (${reason})`);
  }
}

/**
 * A catalogue file the directory listing already called regular: read in one call with no
 * stat (the listing's file type is free), and the size cap checked on the text instead,
 * where a character counts for at least one byte.
 */
function readRegularJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  if (text.length > MAX_FILE_BYTES) throw new GsomiaError('UNREADABLE_FILE', `cannot read ${path}: more than a definition file's 5 MiB limit`);
  return parseJson(text, path);
}

/**
 * The validator (zod), loaded only when a file is not plainly valid (fast-accept.ts), to
 * decide and word its problems: built-in answers and clean catalogues never load it.
 */
function validator(): Promise<typeof import('../engine/validate.js')> {
  return import('../engine/validate.js');
}

/** Loads and validates one definition file. */
export async function loadFile(path: string): Promise<Entry> {
  const json = readJsonFile(path);
  const { compileAccepted } = await import('../engine/compile.js');
  return { source: path, compiled: compileAccepted(json) ?? (await validator()).compiledFrom(json, path) };
}

/** Loads every `*.json` definition in a directory, in file-name order. */
export async function loadDirectory(dir: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  await visitDirectory(dir, (entry) => entries.push(entry));
  return entries;
}

/**
 * Hands each definition in a directory to `visit`, in file-name order, as soon as it is
 * validated: the exact scan, whose first problem is the one reported.
 */
async function visitDirectory(dir: string, visit: (entry: Entry) => void): Promise<void> {
  const files = jsonFilesIn(dir);
  const { compileAccepted } = await import('../engine/compile.js');
  const seen = new Map<string, string>();
  const prefix = pathPrefix(dir);
  for (const file of files) {
    const path = prefix + file.name;
    // Links, devices, pipes and directories named *.json get readJsonFile's checks.
    const json = file.isFile() ? readRegularJsonFile(path) : readJsonFile(path);
    const compiled = compileAccepted(json) ?? (await validator()).compiledFrom(json, path);
    const earlier = seen.get(compiled.id);
    if (earlier) throw new GsomiaError('DUPLICATE_ID', `agreement id "${compiled.id}" is defined twice: ${earlier} and ${path}`);
    seen.set(compiled.id, path);
    visit({ source: path, compiled });
  }
}

function directoryProblem(dir: string, error: unknown): GsomiaError {
  if (error instanceof GsomiaError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new GsomiaError('BAD_DATA_DIR', `cannot read catalogue ${dir}: ${code === 'ENOENT' ? 'no such directory' : (code ?? 'unreadable')}`);
}

/** The `*.json` entries of a directory, in code-unit order of their names. */
function jsonFilesIn(dir: string): Dirent[] {
  try {
    if (!statSync(dir).isDirectory()) throw new GsomiaError('BAD_DATA_DIR', `catalogue ${dir} is not a directory`);
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
 */
async function streamDirectory(dir: string, visit: (entry: Entry) => void): Promise<void> {
  let handle: Dir;
  try {
    if (!statSync(dir).isDirectory()) throw new GsomiaError('BAD_DATA_DIR', `catalogue ${dir} is not a directory`);
    handle = opendirSync(dir, { bufferSize: 256 });
  } catch (error) {
    throw directoryProblem(dir, error);
  }
  const { compileAccepted } = await import('../engine/compile.js');
  const exactScan = () => visitDirectory(dir, () => undefined);
  const ids = new IdTable();
  const prefix = pathPrefix(dir);
  try {
    for (let file = handle.readSync(); file !== null; file = handle.readSync()) {
      if (!file.name.endsWith('.json')) continue;
      const path = prefix + file.name;
      const json = file.isFile() ? readRegularJsonFile(path) : readJsonFile(path);
      const compiled = compileAccepted(json) ?? (await validator()).compiledFrom(json, path);
      // Throws when the id really is defined twice; a mere hash collision scans on.
      if (ids.add(compiled.id)) await exactScan();
      visit({ source: path, compiled });
    }
  } catch (error) {
    if (error instanceof GsomiaError) await exactScan();
    throw error;
  } finally {
    handle.closeSync();
  }
}

/** A shipped definition, planned on first use: one answer needs one agreement, not nine. */
function builtInEntry(definition: Agreement): Entry {
  let compiled: CompiledAgreement | undefined;
  return {
    source: `built-in:${definition.id}`,
    get compiled() {
      return (compiled ??= compileValid(definition));
    },
  };
}

let builtIn: Promise<Entry[]> | undefined;

/** The catalogue that ships with gsomia. */
export function builtInCatalogue(): Promise<Entry[]> {
  builtIn ??=
    typeof __GSOMIA_BUILTIN__ === 'undefined'
      ? loadDirectory(fileURLToPath(new URL('../../data/', import.meta.url)))
      : Promise.resolve(__GSOMIA_BUILTIN__.map(builtInEntry));
  return builtIn;
}

/** The catalogue in use: `--data DIR` or GSOMIA_DATA when given, else the built-in one. */
export function catalogue(dataDir: string | undefined): Promise<Entry[]> {
  return dataDir ? loadDirectory(dataDir) : builtInCatalogue();
}

/** Each agreement of the catalogue in use, one at a time (for scans of large catalogues). */
export async function forEachAgreement(dataDir: string | undefined, visit: (entry: Entry) => void): Promise<void> {
  if (dataDir) return streamDirectory(dataDir, visit);
  for (const entry of await builtInCatalogue()) visit(entry);
}

const looksLikePath = (ref: string) => ref.includes('/') || ref.includes('\\') || ref.endsWith('.json');

/** `--agreement`: an id from the catalogue, or a path to a definition file. */
export async function resolveAgreement(ref: string, dataDir: string | undefined): Promise<Entry> {
  if (looksLikePath(ref)) return loadFile(ref);
  if (!/^[a-z0-9-]+$/.test(ref)) {
    throw new GsomiaError('UNKNOWN_AGREEMENT', `unknown agreement ${JSON.stringify(ref)}: ids are lower-case letters, digits and hyphens (gsomia list shows them)`);
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
    throw new GsomiaError('UNKNOWN_AGREEMENT', `unknown agreement "${ref}": not in ${where} (gsomia list shows the ids; a file path works too)`);
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
