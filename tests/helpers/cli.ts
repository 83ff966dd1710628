import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/program.js';

/** What one run of the command line produced. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** the clock; default 2020-08-24T03:00:00Z (noon in Tokyo, still 2020-08-24 everywhere in Asia) */
  readonly now?: Date;
  /** the environment the program sees; default {} */
  readonly env?: Record<string, string>;
  /** whether stdout is a terminal, and its width; default: a pipe */
  readonly stdout?: { readonly isTTY?: boolean; readonly columns?: number };
  /** whether stderr is a terminal; default: a pipe */
  readonly stderrTTY?: boolean;
}

export const DEFAULT_NOW = new Date('2020-08-24T03:00:00Z');

/**
 * Runs the CLI in-process through `runCli`, with captured streams that are not terminals,
 * a fixed clock and an empty environment: runIn(['status', '--json']).
 */
export async function runIn(argv: readonly string[], options: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false, ...options.stdout },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.stderrTTY ?? false },
    now: () => options.now ?? DEFAULT_NOW,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** The JSON a run printed (asserting it exited 0 or 1 with nothing on stderr). */
export function jsonOf(run: Run): any {
  if (run.stderr !== '') throw new Error(`expected no stderr, got: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'gsomia.js');
export const BUNDLE = join(ROOT, 'dist', 'gsomia.js');

/** Fails with a clear message when the bundle the bin imports has not been built. */
export function requireBuiltBin(): void {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${BUNDLE} is missing: the end-to-end tests run the built bin. Build it with \`node scripts/build.mjs\` (npm test does this first).`);
  }
}

export interface BinOptions {
  /** extra environment; the base is only PATH (no colour or GSOMIA_ variables leak in) */
  readonly env?: Record<string, string>;
  readonly cwd?: string;
}

let binCopy: string | undefined;

/**
 * The built bin, copied once per test file with its dist/ and package.json into a
 * temporary directory: several developers share this checkout, and a rebuild elsewhere
 * replaces dist/'s hashed chunks under a running test. The copy is the same files.
 */
export function builtBin(): string {
  requireBuiltBin();
  if (binCopy === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'gsomia-bin-'));
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    binCopy = join(dir, 'bin', 'gsomia.js');
  }
  return binCopy;
}

/** Removes the copy made by `builtBin`: call it from afterAll in files that run the bin. */
export function removeBinCopy(): void {
  if (binCopy !== undefined) rmSync(join(binCopy, '..', '..'), { recursive: true, force: true });
  binCopy = undefined;
}

/** Runs the real bin, `node bin/gsomia.js …`, as a separate process. */
export function runBin(argv: readonly string[], options: BinOptions = {}): Run {
  const child = spawnSync(process.execPath, [builtBin(), ...argv], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...options.env },
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.error) throw child.error;
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

/** A temporary directory for one test file's fixtures, removed by the returned cleanup. */
export function scratchDir(prefix: string): { dir: string; write(name: string, content: string | Uint8Array): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `gsomia-${prefix}-`));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Lines of a stream's text, without the final newline's empty line. */
export function linesOf(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}
