import { GsomiaError } from '../errors.js';
import { fastAccept } from './fast-accept.js';
import { Agreement } from './schema.js';

export interface ValidationIssue {
  /** the path of the bad field, e.g. `events[2].date`; empty for the whole file */
  readonly path: string;
  readonly message: string;
}

/** ['events', 2, 'date'] → "events[2].date" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

export type Validation =
  | { readonly ok: true; readonly definition: Agreement }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Checks parsed JSON against the definition format: each problem with the path of its field. */
export function validateDefinition(json: unknown): Validation {
  // Plainly valid files skip zod; zod sees everything else and words every problem.
  const accepted = fastAccept(json);
  if (accepted !== null) return { ok: true, definition: accepted };
  const result = Agreement.safeParse(json);
  if (result.success) return { ok: true, definition: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** Parsed JSON to a definition, or one GsomiaError line naming the file and its first problem. */
export function definitionFrom(json: unknown, source: string): Agreement {
  const result = validateDefinition(json);
  if (result.ok) return result.definition;
  const [first, ...rest] = result.issues;
  const where = first?.path ? `${first.path}: ` : '';
  const more = rest.length ? ` (and ${rest.length} more; see gsomia validate ${source})` : '';
  throw new GsomiaError('INVALID_DEFINITION', `invalid agreement file ${source}: ${where}${first?.message ?? 'invalid'}${more}`);
}
