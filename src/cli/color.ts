import { Chalk, type ChalkInstance } from 'chalk';

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

export type Paint = ChalkInstance;

export function paint(level: ColorLevel): Paint {
  return new Chalk({ level });
}
