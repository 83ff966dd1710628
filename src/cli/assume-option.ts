import { Option } from '@commander-js/extra-typings';
import type { Day } from '../calendar/day.js';
import { type Assuming, withAssumptions } from '../catalogue/assumed-events.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';

/** `--assume TYPE:DATE[:PARTY]`, repeatable: every value given, in order. */
export function assumeOption() {
  return new Option(
    '--assume <event>',
    'answer as if this event were in the file: TYPE:DATE[:PARTY], e.g. notice:2026-08-24:KR (repeatable)',
  ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
}

/**
 * The agreement as known on `knownOn` (the day answered for) with the `--assume` events
 * added, compiled again; the agreement itself when none are given. The parser is the
 * library's own (catalogue/assumed-events.ts), so the CLI and `status(…, { assume })` agree.
 * assuming(gsomia, ['notice:2020-08-24:KR'], 2020-11-23) → { compiled: …, assumed: [KR's notice of 2020-08-24] }
 */
export function assuming(compiled: CompiledAgreement, values: readonly string[] | undefined, knownOn: Day): Assuming {
  if (values === undefined || values.length === 0) return { compiled, assumed: [] };
  return withAssumptions(compiled, values, knownOn);
}
