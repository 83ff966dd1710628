import { addDuration } from '../calendar/duration.js';
import type { Day } from '../calendar/day.js';
import type { Plan } from './plan.js';
import type { Terms } from './terms.js';

/**
 * The first day out of force if notice is received on `received`.
 * - End of term: the end of the first term whose deadline the notice meets, i.e. of the
 *   term holding D + N (its last day is the first one ≥ D + N). GSOMIA: 2020-08-24 →
 *   2020-11-23, 2020-08-25 → 2021-11-23. Past the fixed terms: D + N.
 * - After notice: D + N (+ 1 day for `lapse: "next-day"`), never before a fixed initial
 *   term ends. INF: 2019-02-02 + P6M → 2019-08-02.
 * An expiring agreement is out at its expiry in any case, so no effect lies beyond it.
 */
export function effectOfNotice(plan: Plan, terms: Terms, received: Day): Day {
  const lapsed = addDuration(received, plan.notice);
  let effect: Day;
  if (plan.effect === 'after-notice') {
    effect = lapsed + plan.lapseDays;
    const initialEnd = terms.indefiniteFrom;
    if (initialEnd !== null) effect = Math.max(effect, initialEnd);
  } else {
    const term = terms.containing(lapsed);
    effect = term === null ? lapsed : terms.boundary(term);
  }
  return terms.expiresOn === null ? effect : Math.min(effect, terms.expiresOn);
}
