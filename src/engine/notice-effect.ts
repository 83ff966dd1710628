import { addDuration } from '../calendar/duration.js';
import type { Day } from '../calendar/day.js';
import type { AgreementRules } from './rules.js';
import type { Terms } from './terms.js';

/** When a notice received on a day takes effect, and which part of the rule decided it. */
export interface NoticeEffect {
  readonly effectiveOn: Day;
  /** D + N */
  readonly reach: Day;
  /** end of term: the term holding D + N, at whose end it takes effect (null past the fixed terms) */
  readonly termReached: number | null;
  /** moved to the end of a fixed initial term, which a withdrawal never cuts short */
  readonly heldToInitialTerm: boolean;
  /** the agreement expires before the notice would take effect */
  readonly cutByExpiry: boolean;
  /** the expiry, and the end of the initial term, that the rule compared with */
  readonly expiresOn: Day | null;
  readonly initialEnd: Day | null;
}

/**
 * The first day out of force if notice is received on `received`.
 * - End of term: the end of the first term whose deadline the notice meets, i.e. of the
 *   term holding D + N (its last day is the first one ≥ D + N). GSOMIA: 2020-08-24 →
 *   2020-11-23, 2020-08-25 → 2021-11-23. Past the fixed terms: D + N.
 * - After notice: D + N (+ 1 day for `lapse: "next-day"`), never before a fixed initial
 *   term ends. INF: 2019-02-02 + P6M → 2019-08-02.
 * An expiring agreement is out at its expiry in any case, so no effect lies beyond it.
 */
export function noticeEffect(compiled: AgreementRules, terms: Terms, received: Day): NoticeEffect {
  const reach = addDuration(received, compiled.notice);
  let effect: Day;
  let termReached: number | null = null;
  let heldToInitialTerm = false;
  if (compiled.effect === 'after-notice') {
    effect = reach + compiled.lapseDays;
    const initialEnd = terms.indefiniteFrom;
    heldToInitialTerm = initialEnd !== null && effect < initialEnd;
    if (heldToInitialTerm) effect = initialEnd as Day;
  } else {
    termReached = terms.containing(reach);
    effect = termReached === null ? reach : terms.boundary(termReached);
  }
  const cutByExpiry = terms.expiresOn !== null && terms.expiresOn < effect;
  const { expiresOn, indefiniteFrom: initialEnd } = terms;
  return { effectiveOn: cutByExpiry ? (expiresOn as Day) : effect, reach, termReached, heldToInitialTerm, cutByExpiry, expiresOn, initialEnd };
}

/** noticeEffect's day alone: GSOMIA, notice received 2020-08-24 → 2020-11-23. */
export function effectOfNotice(compiled: AgreementRules, terms: Terms, received: Day): Day {
  return noticeEffect(compiled, terms, received).effectiveOn;
}

/** Why no day of receipt can meet a notice deadline. */
export type CannotStop = 'before-entry-into-force' | 'before-earliest';

/**
 * Why no notice can meet `deadline`, or null when one received on it would: the deadline
 * lies before the agreement entered into force for the party (`joined`), as when the notice
 * period is as long as the first term, or before the first day notice may be given
 * (`earliest`). Such a term cannot be stopped and its deadline is no real deadline.
 * A 1-year term with 1 year's notice, in force 2020-01-01: deadline 2019-12-31 → "before-entry-into-force".
 */
export function cannotStop(rules: AgreementRules, deadline: Day, joined: Day): CannotStop | null {
  if (deadline < joined) return 'before-entry-into-force';
  const earliest = earliestNoticeDay(rules, joined);
  return earliest !== null && deadline < earliest ? 'before-earliest' : null;
}

/** S + earliest for a party that joined on `joined`: Paris, 2016-11-04 + P3Y → 2019-11-04. */
export function earliestNoticeDay(rules: AgreementRules, joined: Day): Day | null {
  return rules.earliest === null ? null : addDuration(joined, rules.earliest);
}

