import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { GsomiaError } from '../errors.js';

// Options as an object: given the encoding as a string, readFileSync copies its default
// options into a new object on every call. A scan reads 10,000 files: with the object,
// 264 → 246 ms and 1.54 → 1.46 G instructions for the clause-pattern catalogue (bench/README.md).
const UTF8 = Object.freeze({ encoding: 'utf8', flag: 'r' } as const);

/** Definition files larger than this are refused unread: real ones are a few kilobytes. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Reads a file's text, refusing it past `limit` bytes. The size from stat is not enough:
 * devices and pipes (`/dev/zero`, `/dev/stdin`) report 0 and may never end.
 */
function readAtMost(path: string, limit: number, what: string): string {
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
      if (total > limit)
        throw new GsomiaError('UNREADABLE_FILE', `cannot read ${path}: more than ${what}'s 5 MiB limit`, 2, { path, reason: 'TOO_LARGE' });
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file as JSON, with one clear error for each way that can fail.
 * readJsonFile('data/gsomia.json').id → 'gsomia'; readJsonFile('nope.json') throws UNREADABLE_FILE
 */
export function readJsonFile(path: string): unknown {
  return parseJson(readTextFile(path), path);
}

/**
 * A file's text, refused past 5 MiB, with one clear error (UNREADABLE_FILE) for each way
 * reading can fail; `what` names the kind of file in the size error.
 * readTextFile('holidays.txt', 'a holidays file') → '2019-08-15\n…'
 */
export function readTextFile(path: string, what = 'a definition file'): string {
  try {
    const stats = statSync(path);
    if (stats.isDirectory())
      throw new GsomiaError('UNREADABLE_FILE', `cannot read ${path}: it is a directory`, 2, { path, reason: 'EISDIR' });
    if (stats.size > MAX_FILE_BYTES) {
      throw new GsomiaError('UNREADABLE_FILE', `cannot read ${path}: ${stats.size} bytes is more than ${what}'s 5 MiB limit`, 2, {
        path,
        reason: 'TOO_LARGE',
      });
    }
    // A regular file's size is known and checked: one read, no buffers to collect (a
    // catalogue of 10,000 files allocated 1.3 GB of 64 KiB chunks). Only devices and
    // pipes, whose size says nothing, are read in bounded chunks.
    return stats.isFile() ? readFileSync(path, UTF8) : readAtMost(path, MAX_FILE_BYTES, what);
  } catch (error) {
    if (error instanceof GsomiaError) throw error;
    throw unreadable(path, error);
  }
}

function unreadable(path: string, error: unknown): GsomiaError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a directory' };
  const why = (code === undefined ? undefined : reasons[code]) ?? code ?? 'unreadable';
  return new GsomiaError('UNREADABLE_FILE', `cannot read ${path}: ${why}`, 2, { path, reason: code ?? 'unreadable' });
}

/**
 * " at line 3, column 5" for a JSON.parse message that gives a position (V8: "… at
 * position 29"; newer ones add their own line and column, which agree), counted in the
 * text as an editor counts: lines from 1, columns in characters from 1; else "".
 * where('{\n  oops}', '… at position 4') → " at line 2, column 3"
 */
function where(text: string, reason: string): string {
  const match = / at position (\d+)/.exec(reason);
  if (match === null) return '';
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const before = text.slice(bom, bom + Number(match[1]));
  const lineStart = before.lastIndexOf('\n') + 1;
  return ` at line ${before.split('\n').length}, column ${before.length - lineStart + 1}`;
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    // JSON.parse quotes the bytes it choked on: keep terminal control bytes out of the line.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?') : 'not JSON';
    throw new GsomiaError('INVALID_JSON', `invalid agreement file ${path}: not valid JSON${where(text, reason)} (${reason})`, 2, { path });
  }
}

/**
 * A catalogue file the directory listing already called regular: read in one call with no
 * stat (the listing's file type is free), and the size cap checked on the text instead,
 * where a character counts for at least one byte.
 * readRegularJsonFile('data/paris.json').id → 'paris'
 */
export function readRegularJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, UTF8);
  } catch (error) {
    throw unreadable(path, error);
  }
  if (text.length > MAX_FILE_BYTES) {
    throw new GsomiaError('UNREADABLE_FILE', `cannot read ${path}: more than a definition file's 5 MiB limit`);
  }
  return parseJson(text, path);
}
