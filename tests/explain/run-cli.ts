import { runCli } from '../../src/cli/program.js';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with a pinned clock (2026-11-28 in every zone used here). */
export async function run(args: readonly string[], stdout: { isTTY?: boolean; columns?: number } = {}, env: Record<string, string> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (out += text), ...stdout },
    stderr: { write: (text: string) => (err += text) },
    now: () => new Date('2026-11-28T03:00:00Z'),
    env,
  });
  return { code, stdout: out, stderr: err };
}

/** Text as a reader sees it: colour codes removed. */
export const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
