import { runIn, type Run } from '../helpers/cli.js';

export type { Run };

/** Runs the CLI in-process with a pinned clock (2026-11-28 in every zone used here). */
export function run(args: readonly string[], stdout: { isTTY?: boolean; columns?: number } = {}, env: Record<string, string> = {}): Promise<Run> {
  return runIn(args, { stdout, env, now: new Date('2026-11-28T03:00:00Z') });
}

/** Text as a reader sees it: colour codes removed. */
export const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
