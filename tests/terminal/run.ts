import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIn as runInProcess, type Run } from '../helpers/cli.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/gsomia.js');
/** ECMA-48 control sequences, the way colour reaches a terminal. */
export const ESCAPE = /\x1b\[[0-9;]*m/;

export type { Run };

export interface FakeTerminal {
  readonly env?: Record<string, string>;
  readonly stdoutTTY?: boolean;
  readonly stderrTTY?: boolean;
}

/** Runs the program in-process, with fake streams that say whether they are terminals. */
export function runIn(argv: readonly string[], { env = {}, stdoutTTY = false, stderrTTY = false }: FakeTerminal = {}): Promise<Run> {
  return runInProcess(argv, { env, stdout: { isTTY: stdoutTTY }, stderrTTY });
}

/** Runs the built bin with exactly this environment (nothing inherited, so no stray FORCE_COLOR). */
export function runBin(argv: readonly string[], env: Record<string, string> = {}): Run {
  const child = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

/** Whether a program can be run (zsh, fish and script are optional on a machine). */
export function has(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'gsomia-terminal-'));
}

export function writeTemp(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
