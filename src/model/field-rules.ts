import { isTimeZone } from '../calendar/time-zone.js';
import { quoted } from '../errors.js';
import { clauseProblems, type RuledDuration, type RuledEvent, type RuledTermination } from './clause-rules.js';
import type { FieldProblem } from './field-problem.js';

export type { FieldProblem } from './field-problem.js';

/** The fields the rules read: what the schema's shape has checked and defaulted. */
export interface RuledFields {
  readonly parties: readonly string[];
  readonly timeZone: string;
  readonly entryIntoForce: string;
  readonly duration: RuledDuration & { readonly renewal?: string | undefined };
  readonly termination: RuledTermination & { readonly lapse: string };
  readonly events: readonly RuledEvent[];
}

/**
 * The rules that tie fields together, checked once the shape is right: a renewal term
 * exactly when it renews, a zone the runtime knows, no party listed twice. The schema's
 * `.check` and the fast path (fast-accept.ts) both call this one function; what events do
 * to each other is the compile step's business (engine/compile.ts).
 * fieldProblems({ …, duration: { initial: "P1Y", then: "renew" } })
 *   → [{ path: ["duration", "renewal"], message: "a renewal term is required when duration.then is \"renew\"" }]
 */
export function fieldProblems(definition: RuledFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { duration } = definition;
  if (duration.then === 'renew' && duration.renewal === undefined) {
    problems.push({ path: ['duration', 'renewal'], message: 'a renewal term is required when duration.then is "renew"' });
  }
  if (duration.then !== 'renew' && duration.renewal !== undefined) {
    problems.push({
      path: ['duration', 'renewal'],
      message: `duration.renewal only applies when duration.then is "renew", not "${duration.then}"`,
    });
  }
  if (duration.initial === null && duration.then !== 'indefinite') {
    problems.push({
      path: ['duration', 'then'],
      message: 'an agreement with no initial term (initial: null) is indefinite: then must be "indefinite"',
    });
  }
  if (definition.termination.lapse === 'next-day' && definition.termination.effect !== 'after-notice') {
    problems.push({ path: ['termination', 'lapse'], message: 'lapse applies to effect "after-notice" only' });
  }
  if (!isTimeZone(definition.timeZone)) {
    const message = `unknown time zone ${quoted(definition.timeZone)}: expected an IANA zone such as Asia/Tokyo or UTC`;
    problems.push({ path: ['timeZone'], message });
  }
  definition.parties.forEach((party, index) => {
    if (definition.parties.indexOf(party) < index)
      problems.push({ path: ['parties', index], message: `party ${quoted(party)} is listed twice` });
  });
  const clauses = clauseProblems(definition.entryIntoForce, duration, definition.termination, definition.events);
  if (clauses.length > 0) problems.push(...clauses);
  return problems;
}
