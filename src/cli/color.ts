import { Chalk, type ChalkInstance } from 'chalk';
import type { Paint } from '../render/paint.js';

export type { Paint };

/** 0 none, 1 basic 16 colours: all gsomia uses. */
export type ColorLevel = 0 | 1;

export interface ColorInputs {
  /** `--color` (true) or `--no-color` (false); undefined when neither was given */
  readonly flag: boolean | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
}

/**
 * One decision per stream, in this order: `--no-color`/`--color`, then `NO_COLOR`
 * (present and non-empty disables, even with FORCE_COLOR), then `FORCE_COLOR`
 * (0/false disables, anything else forces), then colour only on a terminal that is not
 * `TERM=dumb`. chalk's own detection ignores NO_COLOR, so it is never used.
 */
export function colorLevel({ flag, env, isTTY }: ColorInputs): ColorLevel {
  if (flag !== undefined) return flag ? 1 : 0;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : 1;
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

export function paint(level: ColorLevel): Paint & ChalkInstance {
  return new Chalk({ level });
}

/**
 * `--color`/`--no-color` as written on a command line, the last one winning (commander's
 * rule), read before parsing so that even a usage error is painted by the same decision:
 * `['status', '--no-color']` → false, `['status']` → undefined.
 */
export function colorFlagIn(argv: readonly string[]): boolean | undefined {
  let flag: boolean | undefined;
  for (const word of argv) {
    if (word === '--') break;
    if (word === '--color') flag = true;
    else if (word === '--no-color') flag = false;
  }
  return flag;
}

/** The paint for error lines: stderr's own level, never stdout's. */
export function stderrPaint(argv: readonly string[], env: ColorInputs['env'], stderr: { readonly isTTY?: boolean }): Paint {
  return paint(colorLevel({ flag: colorFlagIn(argv), env, isTTY: stderr.isTTY === true }));
}
