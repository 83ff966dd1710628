import { readFileSync } from 'node:fs';
import { formatDay, parseDay, type Day } from '../../src/calendar/day.js';
import { planOf, type Plan } from '../../src/engine/plan.js';
import { Agreement } from '../../src/model/schema.js';

/** The raw JSON of a catalogue file, e.g. catalogueJson('inf') for data/inf.json. */
export function catalogueJson(id: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/${id}.json`, import.meta.url), 'utf8'));
}

/** A catalogue agreement parsed by the schema and compiled, as the CLI would load it. */
export function cataloguePlan(id: string): Plan {
  return planOf(Agreement.parse(catalogueJson(id)));
}

/** Fills in the fields a synthetic test does not care about. */
export function definition(fields: Record<string, unknown>): Record<string, unknown> {
  return { id: 'synthetic', title: 'Synthetic agreement', parties: ['AA', 'BB'], ...fields };
}

/** A synthetic agreement, validated and compiled. */
export function planFrom(fields: Record<string, unknown>): Plan {
  return planOf(Agreement.parse(definition(fields)));
}

/** The paths and messages of what the schema rejects, or [] when it accepts. */
export function problemsOf(fields: Record<string, unknown>): { path: PropertyKey[]; message: string }[] {
  const result = Agreement.safeParse(definition(fields));
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

/** Short names for the calendar in assertions. */
export const day = (text: string): Day => parseDay(text);
export const show = (value: Day | null | undefined): string | null => (value === null || value === undefined ? null : formatDay(value));
