import { Option } from '@commander-js/extra-typings';
import type { Day } from '../calendar/day.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Assuming } from './assume.js';

/** `--assume TYPE:DATE[:PARTY]`, repeatable: every value given, in order. */
export function assumeOption() {
  return new Option(
    '--assume <event>',
    'answer as if this event were in the file: TYPE:DATE[:PARTY], e.g. notice:2026-08-24:KR (repeatable)',
  ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
}

/**
 * The agreement as known on `knownOn` (the day answered for) with the `--assume` events
 * added, compiled again; the agreement itself when none are given. The parser is loaded
 * only for the option (assume.ts).
 * await assuming(gsomia, ['notice:2020-08-24:KR'], 2020-11-23) → { compiled: …, assumed: [KR's notice of 2020-08-24] }
 */
export async function assuming(compiled: CompiledAgreement, values: readonly string[] | undefined, knownOn: Day): Promise<Assuming> {
  if (values === undefined || values.length === 0) return { compiled, assumed: [] };
  return (await import('./assume.js')).withAssumptions(compiled, values, knownOn);
}
