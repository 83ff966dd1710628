import type { Day } from '../calendar/day.js';
import { addDuration } from '../calendar/duration.js';
import { monthDayOnOrAfter, monthDayOnOrBefore, monthStartOnOrAfter } from '../calendar/month-day.js';
import { earliestNoticeDay } from './notice-windows.js';
import type { AgreementRules } from './rules.js';
import type { Terms } from './terms.js';

export { earliestNoticeDay, noticeOpening } from './notice-windows.js';

/** When a notice received on a day takes effect, and which part of the rule decided it. */
export interface NoticeEffect {
  readonly effectiveOn: Day;
  /** D + N */
  readonly reach: Day;
  /** end of term: the term holding D + N, at whose end it takes effect (null past the fixed terms) */
  readonly termReached: number | null;
  /** after notice: the day `roundTo` moved D + N (+ lapse) forward to (null without roundTo; may be the same day) */
  readonly rounded: Day | null;
  /** `noticeBy`: the cut-off for the anchor the effect day reached first (null without noticeBy) */
  readonly cutOff: Day | null;
  /** received after that cut-off, so moved to the next anchor (`rounded` is the anchor it missed) */
  readonly missedCutOff: boolean;
  /** the first day out the notice itself asked for (`effectiveOn` of the event), or null */
  readonly requested: Day | null;
  /** whether that request was honoured: on or after the rule's day (null with no request) */
  readonly requestHonoured: boolean | null;
  /** moved to the end of a fixed initial term, which a withdrawal never cuts short */
  readonly heldToInitialTerm: boolean;
  /** the agreement expires before the notice would take effect */
  readonly cutByExpiry: boolean;
  /** the expiry, and the end of the initial term, that the rule compared with */
  readonly expiresOn: Day | null;
  readonly initialEnd: Day | null;
}

/**
 * The first day out of force if notice is received on `received` (SPEC §2, and the
 * "Interplay" of §6, in this order):
 * 1. End of term: the end of the first term whose deadline the notice meets, i.e. of the
 *    term holding D + N. GSOMIA: 2020-08-24 → 2020-11-23, 2020-08-25 → 2021-11-23. Past
 *    the fixed terms: D + N.
 *    After notice: D + N, + 1 day for `lapse: "next-day"`. INF: 2019-02-02 + P6M → 2019-08-02.
 * 2. `roundTo`: forward to the first 1st of a month, or day of the year, on or after it.
 *    Istanbul: 2021-03-22 + P3M + 1 day = 2021-06-23 → 2021-07-01.
 * 3. `noticeBy`: received after the anchor's cut-off → the next anchor. Whaling:
 *    2018-12-26 → 2019-06-30; 2019-01-02 (after 2019-01-01) → 2020-06-30.
 * 4. The notice's own `requested` day, when later. Rome Statute: one year, "unless the
 *    notification specifies a later date".
 * 5. Never before a fixed initial term ends (after notice); never beyond an expiry.
 * Whether notice may be given on D at all (in force, `earliest`, `windows`), the first
 * half of that paragraph, is decided before: noticeRefusal and noticeOpening (notice-windows.ts).
 */
export function noticeEffect(rules: AgreementRules, terms: Terms, received: Day, requested: Day | null = null): NoticeEffect {
  const reach = addDuration(received, rules.notice);
  let effect: Day;
  let termReached: number | null = null;
  let rounded: Day | null = null;
  let cutOff: Day | null = null;
  let missedCutOff = false;
  let heldToInitialTerm = false;
  if (rules.effect === 'after-notice') {
    effect = reach + rules.lapseDays;
    if (rules.roundTo !== null) {
      effect = rounded = rules.roundTo === 'month-start' ? monthStartOnOrAfter(effect) : monthDayOnOrAfter(effect, rules.roundTo);
      if (rules.noticeBy !== null && rules.roundTo !== 'month-start') {
        cutOff = monthDayOnOrBefore(effect, rules.noticeBy);
        missedCutOff = received > cutOff;
        // The next anchor's cut-off is a year later, after any day of receipt before this anchor.
        if (missedCutOff) effect = monthDayOnOrAfter(effect + 1, rules.roundTo);
      }
    }
  } else {
    termReached = terms.containing(reach);
    effect = termReached === null ? reach : terms.boundary(termReached);
  }
  const requestHonoured = requested === null ? null : requested >= effect;
  if (requested !== null && requested > effect) effect = requested;
  const initialEnd = terms.indefiniteFrom;
  if (rules.effect === 'after-notice') {
    heldToInitialTerm = initialEnd !== null && effect < initialEnd;
    if (heldToInitialTerm) effect = initialEnd as Day;
  }
  const { expiresOn } = terms;
  const cutByExpiry = expiresOn !== null && expiresOn < effect;
  return {
    effectiveOn: cutByExpiry ? (expiresOn as Day) : effect,
    reach,
    termReached,
    rounded,
    cutOff,
    missedCutOff,
    requested,
    requestHonoured,
    heldToInitialTerm,
    cutByExpiry,
    expiresOn,
    initialEnd,
  };
}

/** noticeEffect's day alone: GSOMIA, notice received 2020-08-24 → 2020-11-23. */
export function effectOfNotice(compiled: AgreementRules, terms: Terms, received: Day, requested: Day | null = null): Day {
  return noticeEffect(compiled, terms, received, requested).effectiveOn;
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
