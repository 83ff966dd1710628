import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { type Day, formatDay, parseDay } from '../../src/calendar/day.js';
import { compileValid } from '../../src/engine/compile.js';
import type { CompiledAgreement } from '../../src/engine/compiled-agreement.js';
import { validateDefinition } from '../../src/engine/validate.js';
import { Agreement } from '../../src/model/schema.js';

/** The raw JSON of a catalogue file, e.g. catalogueJson('inf') for data/inf.json. */
export function catalogueJson(id: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/${id}.json`, import.meta.url), 'utf8'));
}

/** A catalogue agreement parsed by the schema and compiled, as the CLI would load it. */
export function cataloguePlan(id: string): CompiledAgreement {
  return compileValid(Agreement.parse(catalogueJson(id)));
}

/** What a definition file holds, as the schema reads it (before its defaults apply). */
export type DefinitionInput = z.input<typeof Agreement>;
/** One entry of `events`, shaped as the file format has it (see DefinitionFields). */
export type EventInput = NonNullable<DefinitionFields['events']>[number];
/**
 * Fields to set on the minimal definition, shaped as the file format has them (keys, nesting,
 * required parts) with any string where it wants one of a few: a `const` a test declares
 * keeps `then: string`, and zod still refuses a wrong value. `undefined` leaves a field out.
 */
export type DefinitionFields = { [K in keyof DefinitionInput]?: Loose<DefinitionInput[K]> | undefined };
type Loose<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Loose<U>[]
    : T extends object
      ? { [K in keyof T]: Loose<T[K]> }
      : T;

/**
 * The required fields of SPEC §3 and nothing else, on GSOMIA's terms with made-up parties:
 * one year from 2016-11-23, renewed yearly, notice 90 days before the end of a term.
 */
export const MINIMAL = {
  id: 'synthetic',
  title: 'Synthetic agreement',
  parties: ['AA', 'BB'],
  entryIntoForce: '2016-11-23',
  duration: { initial: 'P1Y', then: 'renew', renewal: 'P1Y' },
  termination: { notice: 'P90D', effect: 'end-of-term' },
} as const satisfies DefinitionInput;

/**
 * The one test definition: `fields` replace whole top-level fields of the minimal one, e.g.
 * definition({ duration: { initial: null, then: 'indefinite' } }) keeps the 90-day end-of-term
 * notice; definition({ termination: undefined }) leaves termination out.
 */
export function definition<F extends DefinitionFields>(fields: F = {} as F): DefinitionInput & F {
  return withFields(fields) as DefinitionInput & F;
}

/** A synthetic agreement, validated and compiled: compiledOf({ events: [...] }). */
export function compiledOf(fields: DefinitionFields = {}): CompiledAgreement {
  return compileValid(Agreement.parse(definition(fields)));
}

/** The minimal definition with any fields set, even ones the format does not have (for tests of refusals). */
function withFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries({ ...MINIMAL, ...fields }).filter(([, value]) => value !== undefined));
}

/**
 * The paths and messages of what validation (the schema, then the compile step) rejects,
 * or [] when it accepts; paths as arrays, `events[2].date` → ['events', 2, 'date'].
 */
export function problemsOf(fields: Record<string, unknown>): { path: PropertyKey[]; message: string }[] {
  const result = validateDefinition(withFields(fields));
  return result.ok ? [] : result.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message }));
}

function pathOf(text: string): PropertyKey[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? (match[1] as string) : Number(match[2])));
}

/** Short names for the calendar in assertions. */
export const day = (text: string): Day => parseDay(text);
export const show = (value: Day | null | undefined): string | null => (value === null || value === undefined ? null : formatDay(value));
