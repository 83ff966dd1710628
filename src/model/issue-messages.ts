import type { z } from 'zod';
import { quoted } from '../errors.js';
import { editDistance } from './edit-distance.js';

/**
 * zod's messages reworded for a person writing a definition file by hand: a field that is
 * not there is called missing, and an unknown key names the known key it is nearest to.
 * Everything else keeps zod's own wording. Passed to `safeParse` (engine/validate.ts):
 *   termination: { notice: "P90D", efect: … } → termination: unknown key "efect" (did you mean "effect"?)
 *   { id: "x" } → title: missing (expected a string)
 */
export const issueMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing (expected ${article(issue.expected)})`;
  if (issue.code === 'invalid_value' && issue.input === undefined)
    return `missing (expected one of ${issue.values.map((value) => quoted(value)).join(', ')})`;
  if (issue.code === 'unrecognized_keys') return unknownKeys(issue.keys, knownKeys(issue.inst));
  return undefined;
};

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** The keys an object schema allows, read from the schema that raised the issue. */
function knownKeys(schema: unknown): string[] {
  const shape = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

function unknownKeys(keys: readonly string[], known: readonly string[]): string {
  const [first] = keys;
  if (keys.length === 1 && first !== undefined) {
    const near = nearest(first, known);
    return `unknown key ${quoted(first)}${near === null ? '' : ` (did you mean ${quoted(near)}?)`}`;
  }
  return `unknown keys ${keys.map((key) => quoted(key)).join(', ')}`;
}

/**
 * The known key a mistyped one most likely meant: the nearest by edit distance, when it is
 * at most a third of the key's length away (at least 1): nearest("efect", […"effect"…]) →
 * "effect"; nearest("colour", ["notice"]) → null. Case is ignored (`EntryIntoForce`).
 */
export function nearest(key: string, known: readonly string[]): string | null {
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
