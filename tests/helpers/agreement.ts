import { readFileSync } from 'node:fs';
import { formatDay, parseDay, type Day } from '../../src/calendar/day.js';
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

/** Fills in the fields a synthetic test does not care about. */
export function definition(fields: Record<string, unknown>): Record<string, unknown> {
  return { id: 'synthetic', title: 'Synthetic agreement', parties: ['AA', 'BB'], ...fields };
}

/** A synthetic agreement, validated and compiled. */
export function compiledOf(fields: Record<string, unknown>): CompiledAgreement {
  return compileValid(Agreement.parse(definition(fields)));
}

/**
 * The paths and messages of what validation (the schema, then the compile step) rejects,
 * or [] when it accepts; paths as arrays, `events[2].date` → ['events', 2, 'date'].
 */
export function problemsOf(fields: Record<string, unknown>): { path: PropertyKey[]; message: string }[] {
  const result = validateDefinition(definition(fields));
  return result.ok ? [] : result.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message }));
}

function pathOf(text: string): PropertyKey[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? (match[1] as string) : Number(match[2])));
}

/** Short names for the calendar in assertions. */
export const day = (text: string): Day => parseDay(text);
export const show = (value: Day | null | undefined): string | null => (value === null || value === undefined ? null : formatDay(value));
