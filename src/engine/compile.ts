import { fastAccept } from '../model/fast-accept.js';
import { formatPath, type ValidationIssue } from '../model/issues.js';
import type { Agreement } from '../model/schema.js';
import type { CompiledAgreement } from './compiled-agreement.js';
import { courseOf } from './event-replay.js';
import { rulesOf } from './rules.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type Compilation =
  | { readonly ok: true; readonly agreement: CompiledAgreement }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * The one compile step: an accepted definition (its format checked by the schema) with
 * its dates and durations parsed and its events replayed once, or the events that
 * contradict each other, each by the path of its field (`events[2].date`).
 * compile(gsomia) → { ok: true, agreement: { start: 2016-11-23, …, course: { notices: [KR 2019-08-23] } } }
 */
export function compile(definition: Agreement): Compilation {
  const rules = rulesOf(definition);
  const course = courseOf(rules);
  if (course.problems.length > 0) {
    return {
      ok: false,
      issues: course.problems.map((problem) => ({ path: formatPath(['events', problem.index, problem.field]), message: problem.message })),
    };
  }
  // The rules object becomes the compiled agreement: a scan of 10,000 files compiles
  // 10,000 of them, and a copy of every field would be garbage at once.
  const agreement = rules as Mutable<CompiledAgreement>;
  agreement.course = course;
  return { ok: true, agreement };
}

/**
 * Compiles a definition that is known to be valid (the built-in catalogue, validated when
 * the bundle is built; tests); a contradiction here is a bug, not a user's mistake.
 */
export function compileValid(definition: Agreement): CompiledAgreement {
  const compiled = compile(definition);
  if (!compiled.ok) throw new Error(`${definition.id}: ${compiled.issues[0]?.path}: ${compiled.issues[0]?.message}`);
  return compiled.agreement;
}

/**
 * The compiled agreement of plainly valid JSON, past zod (fast-accept.ts); null when the
 * file is unusual or its events contradict each other, for the full validation to word.
 */
export function compileAccepted(json: unknown): CompiledAgreement | null {
  const definition = fastAccept(json);
  if (definition === null) return null;
  const compiled = compile(definition);
  return compiled.ok ? compiled.agreement : null;
}
