import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProgramIO } from '../../src/cli/context.js';
import { createProgram, runCli } from '../../src/cli/program.js';

// The one way tests run the command line: `runIn` drives `runCli` in-process with an injected
// ProgramIO (fast, and what most tests need); `runBin` spawns the built bin for the few that
// need the real process (exit codes, pipes, start-up, colour from the real environment).

/** What one run of the command line produced. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** An in-process run also keeps each write call, for "written once, whole" checks. */
export interface InProcessRun extends Run {
  readonly writes: { readonly stdout: readonly string[]; readonly stderr: readonly string[] };
}

export interface RunOptions {
  /** the clock; default 2020-08-24T03:00:00Z (noon in Tokyo, still 2020-08-24 everywhere in Asia) */
  readonly now?: Date;
  /** the environment the program sees; default {} */
  readonly env?: ProgramIO['env'];
  /** whether stdout is a terminal, and its width; default: a pipe */
  readonly stdout?: { readonly isTTY?: boolean; readonly columns?: number };
  /** whether stderr is a terminal; default: a pipe */
  readonly stderrTTY?: boolean;
}

export const DEFAULT_NOW = new Date('2020-08-24T03:00:00Z');

/** A later clock, for suites whose "today" is 2026-11-28 in every zone they use: runIn(argv, IN_2026). */
export const IN_2026: RunOptions = { now: new Date('2026-11-28T03:00:00Z') };

/**
 * Runs the CLI in-process through `runCli`, with captured streams that are not terminals,
 * a fixed clock and an empty environment: runIn(['status', '--json']).
 */
export async function runIn(argv: readonly string[], options: RunOptions = {}): Promise<InProcessRun> {
  const writes = { stdout: [] as string[], stderr: [] as string[] };
  const code = await runCli(argv, {
    stdout: { write: (text: string) => writes.stdout.push(text), isTTY: false, ...options.stdout },
    stderr: { write: (text: string) => writes.stderr.push(text), isTTY: options.stderrTTY ?? false },
    now: () => options.now ?? DEFAULT_NOW,
    env: options.env ?? {},
  });
  return { code, stdout: writes.stdout.join(''), stderr: writes.stderr.join(''), writes };
}

/** The commander tree, built with streams that swallow output, for tests that walk its commands: commandTree().commands. */
export function commandTree(): ReturnType<typeof createProgram> {
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, now: () => new Date(0), env: {} };
  return createProgram(io, { stdout: '', stderr: '', exitCode: 0 });
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
    throw new Error(
      `${BUNDLE} is missing: the end-to-end tests run the built bin. Build it with \`node scripts/build.mjs\` (npm test does this first).`,
    );
  }
}

export interface BinOptions {
  /** extra environment; the base is only PATH (no colour or GSOMIA_ variables leak in) */
  readonly env?: Record<string, string>;
  readonly cwd?: string;
  /** options for node itself, before the bin: ['--require', hook] */
  readonly nodeArgs?: readonly string[];
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

/** Runs the real bin, `node bin/gsomia.js …`, as a separate process with no stdin: runBin(['--version']). */
export function runBin(argv: readonly string[], options: BinOptions = {}): Run {
  const child = spawnSync(process.execPath, [...(options.nodeArgs ?? []), builtBin(), ...argv], {
    cwd: options.cwd ?? ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...options.env },
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.error) throw child.error;
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

/** Whether a program can be run here (zsh, fish and script are optional on a machine): hasProgram('zsh'). */
export function hasProgram(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}

/** A fresh empty temporary directory: tempDir('terminal') → /tmp/gsomia-terminal-XXXXXX. */
export function tempDir(prefix = 'test'): string {
  return mkdtempSync(join(tmpdir(), `gsomia-${prefix}-`));
}

/** Writes a file into a directory and returns its path. */
export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Writes a definition as indented JSON into a fresh temporary directory and returns its path. */
export function definitionFile(definition: unknown, name = 'agreement.json'): string {
  return writeTemp(tempDir('definition'), name, JSON.stringify(definition, null, 2));
}

/** A temporary directory for one test file's fixtures, removed by the returned cleanup. */
export function scratchDir(prefix: string): { dir: string; write(name: string, content: string | Uint8Array): string; cleanup(): void } {
  const dir = tempDir(prefix);
  return {
    dir,
    write: (name, content) => writeTemp(dir, name, content),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Lines of a stream's text, without the final newline's empty line. */
export function linesOf(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** ECMA-48 control sequences, the way colour reaches a terminal. */
export const ESCAPE = /\x1b\[[0-9;]*m/;

/** Text as a reader sees it: colour codes removed. */
export const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
