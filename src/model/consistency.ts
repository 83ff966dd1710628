import { isTimeZone } from '../calendar/time-zone.js';
import { planOf, type Plan } from '../engine/plan.js';
import { situationOn, type Situation } from '../engine/situation.js';
import type { Day } from '../calendar/day.js';
import type { AgreementShape } from './schema.js';
import type * as z from 'zod';

export interface FieldProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * The rules that tie fields together, checked once the shape is right: a renewal term
 * exactly when it renews, a zone the runtime knows, and events that make sense in order
 * (replayed by the engine itself, so validation and answers cannot disagree).
 */
export function consistencyProblems(definition: z.output<typeof AgreementShape>): FieldProblem[] {
  return checkConsistency(definition).problems;
}

/**
 * consistencyProblems, with the plan that replaying the events built (null when a field
 * rule failed before the replay): a valid file is then planned once, not twice.
 */
export function checkConsistency(
  definition: z.output<typeof AgreementShape>,
  asOf: Day = Infinity,
): { readonly problems: FieldProblem[]; readonly plan: Plan | null; readonly situation: Situation | null } {
  const problems: FieldProblem[] = [];
  const { duration } = definition;
  if (duration.then === 'renew' && duration.renewal === undefined) {
    problems.push({ path: ['duration', 'renewal'], message: 'a renewal term is required when duration.then is "renew"' });
  }
  if (duration.then !== 'renew' && duration.renewal !== undefined) {
    problems.push({ path: ['duration', 'renewal'], message: `duration.renewal only applies when duration.then is "renew", not "${duration.then}"` });
  }
  if (duration.initial === null && duration.then !== 'indefinite') {
    problems.push({ path: ['duration', 'then'], message: 'an agreement with no initial term (initial: null) is indefinite: then must be "indefinite"' });
  }
  if (definition.termination.lapse === 'next-day' && definition.termination.effect !== 'after-notice') {
    problems.push({ path: ['termination', 'lapse'], message: 'lapse applies to effect "after-notice" only' });
  }
  if (!isTimeZone(definition.timeZone)) {
    problems.push({ path: ['timeZone'], message: `unknown time zone ${JSON.stringify(definition.timeZone)}: expected an IANA zone such as Asia/Tokyo or UTC` });
  }
  const seen = new Set<string>();
  definition.parties.forEach((party, index) => {
    if (seen.has(party)) problems.push({ path: ['parties', index], message: `party ${JSON.stringify(party)} is listed twice` });
    seen.add(party);
  });
  if (problems.length > 0) return { problems, plan: null, situation: null };
  const plan = planOf(definition);
  // Only events can contradict each other: without any, there is nothing to replay.
  if (definition.events.length === 0) return { problems, plan, situation: null };
  // Replaying up to `asOf` applies every event when none comes later, so it finds every
  // problem, and the caller can answer from the same replay instead of running another.
  const last = plan.events[plan.events.length - 1] as Plan['events'][number];
  const situation = situationOn(plan, last.day <= asOf ? asOf : Infinity);
  for (const problem of situation.problems) {
    problems.push({ path: ['events', problem.index, problem.field], message: problem.message });
  }
  return { problems, plan, situation: situation.asOf === asOf ? situation : null };
}
