import { GsomiaError } from '../errors.js';
import { fastAccept } from '../model/fast-accept.js';
import { issueMessage } from '../model/issue-messages.js';
import { formatPath, type ValidationIssue } from '../model/issues.js';
import { Agreement } from '../model/schema.js';
import { compile } from './compile.js';
import type { CompiledAgreement } from './compiled-agreement.js';
import { readingIssues } from './readings.js';
import { definitionWarnings } from './warnings.js';

export type { ValidationIssue };

export type Validation =
  | {
      readonly ok: true;
      readonly definition: Agreement;
      readonly agreement: CompiledAgreement;
      readonly warnings: readonly ValidationIssue[];
    }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Validation is compilation: the file format (zod, schema.ts; plainly valid files skip it
 * through fast-accept.ts), then the compile step, which finds what the events do to each
 * other. Every problem comes with the path of its field. This module holds zod: the bin
 * loads it only when a file is not plainly valid, or for `gsomia validate`.
 */
export function validateDefinition(json: unknown): Validation {
  const accepted = fastAccept(json);
  let definition: Agreement;
  // Stryker disable next-line ConditionalExpression: zod accepts whatever the fast path does, with the same result (tests/model/fast-accept.test.ts); skipping it is speed only
  if (accepted !== null) definition = accepted;
  else {
    const result = Agreement.safeParse(json, { error: issueMessage });
    if (!result.success)
      return { ok: false, issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
    definition = result.data;
  }
  const compiled = compile(definition);
  if (!compiled.ok) return compiled;
  // Each reading is a whole definition: its events are replayed too (readings.ts).
  const readings = readingIssues(definition);
  if (readings.length > 0) return { ok: false, issues: readings };
  return { ok: true, definition, agreement: compiled.agreement, warnings: definitionWarnings(compiled.agreement) };
}

/** Parsed JSON to a compiled agreement, or one GsomiaError line naming the file and its first problem. */
export function compiledFrom(json: unknown, source: string): CompiledAgreement {
  const result = validateDefinition(json);
  if (result.ok) return result.agreement;
  const [first, ...rest] = result.issues;
  const where = first?.path ? `${first.path}: ` : '';
  const more = rest.length ? ` (and ${rest.length} more; see gsomia validate ${source})` : '';
  throw new GsomiaError('INVALID_DEFINITION', `invalid agreement file ${source}: ${where}${first?.message ?? 'invalid'}${more}`);
}
