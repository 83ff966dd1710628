import type { Day } from '../calendar/day.js';
import { addDuration } from '../calendar/duration.js';
import { effectOfNotice } from './notice-effect.js';
import type { Plan } from './plan.js';
import { earliestNoticeDay, situationOn, stintOn, type EndReason, type NoticeRecord, type Situation } from './situation.js';
import { noticeDeadline, type Terms } from './terms.js';

export interface TermSpan {
  readonly number: number;
  readonly start: Day;
  readonly end: Day;
}

export interface NoticeAnswer {
  /** notice may be given on the day and (end of term) still stops the next renewal */
  readonly possible: boolean;
  /** the current term's notice deadline */
  readonly deadline: Day | null;
  /** deadline − on: 0 on the day itself, negative once it has passed */
  readonly daysLeft: number | null;
  /** the first day out of force if notice is received on the day */
  readonly effectiveOn: Day | null;
  /** the first notice deadline on or after the day that a notice can still meet */
  readonly nextDeadline: Day | null;
  /** the first day notice may be given (`earliest`), or null when there is no such rule */
  readonly earliestOn: Day | null;
}

export interface PendingNotice {
  readonly index: number;
  readonly party: string;
  readonly received: Day;
  readonly state: 'pending' | 'suspended';
  readonly effectiveOn: Day | null;
  readonly remainingDays: number | null;
}

export type Phase = 'not-yet-in-force' | 'fixed-term' | 'indefinite' | 'ended' | 'not-a-party';

export interface Status {
  readonly agreement: string;
  readonly on: Day;
  readonly party: string | null;
  readonly phase: Phase;
  readonly inForce: boolean;
  readonly endedOn: Day | null;
  readonly endReason: EndReason | null;
  readonly term: TermSpan | null;
  readonly nextRenewal: Day | null;
  readonly notice: NoticeAnswer;
  readonly pending: readonly PendingNotice[];
}

/** The fixed term holding `day`, with its first and last days. */
export function termSpan(terms: Terms, number: number): TermSpan {
  return { number, start: terms.boundary(number - 1), end: terms.boundary(number) - 1 };
}

/** Where a party (or, with null, the agreement as a whole) stands on a day. */
export interface Standing {
  readonly inForce: boolean;
  readonly endedOn: Day | null;
  readonly endReason: EndReason | null;
  /** when it last entered into force for the subject */
  readonly joined: Day;
  readonly phase: Phase;
}

export function standingOn(plan: Plan, situation: Situation, party: string | null, on: Day): Standing {
  if (on < plan.start) return { inForce: false, endedOn: null, endReason: null, joined: plan.start, phase: 'not-yet-in-force' };
  if (situation.endedOn !== null) {
    return { inForce: false, endedOn: situation.endedOn, endReason: situation.endReason, joined: plan.start, phase: 'ended' };
  }
  const phase: Phase = situation.terms.containing(on) === null ? 'indefinite' : 'fixed-term';
  if (!plan.multilateral || party === null) return { inForce: true, endedOn: null, endReason: null, joined: plan.start, phase };
  // Stryker disable next-line ArrayDeclaration: any list without a stint on the day answers the same as none
  const stints = situation.stints.get(party) ?? [];
  const stint = stintOn(stints, on);
  if (stint) return { inForce: true, endedOn: null, endReason: null, joined: stint.from, phase };
  const last = stints[stints.length - 1];
  return {
    inForce: false,
    endedOn: last?.until ?? null,
    endReason: last?.until != null ? 'notice' : null,
    joined: last?.from ?? plan.start,
    phase: 'not-a-party',
  };
}

/** Notices that concern the subject: all of them for the agreement, one party's otherwise. */
export function noticesFor(plan: Plan, notices: readonly NoticeRecord[], party: string | null): readonly NoticeRecord[] {
  return plan.multilateral && party !== null ? notices.filter((n) => n.party === party) : notices;
}

/**
 * The questions of SPEC §1 for one day. GSOMIA on 2020-08-24: term 4 (2019-11-23 …
 * 2020-11-22), notice possible until 2020-08-24 (0 days left), effective 2020-11-23.
 */
export function statusOn(plan: Plan, on: Day, party: string | null = null): Status {
  const situation = situationOn(plan, on);
  const { terms } = situation;
  const standing = standingOn(plan, situation, party, on);
  const relevant = noticesFor(plan, situation.notices, party);
  const pending: PendingNotice[] = standing.inForce
    ? relevant
        .filter((n) => n.state === 'pending' || n.state === 'suspended')
        .map((n) => ({
          index: n.index,
          party: n.party,
          received: n.received,
          state: n.state as 'pending' | 'suspended',
          effectiveOn: n.effectiveOn,
          remainingDays: n.remainingDays,
        }))
    : [];
  const number = standing.inForce ? terms.containing(on) : null;
  const term = number === null ? null : termSpan(terms, number);
  const scheduledEnd = Math.min(...pending.map((n) => n.effectiveOn ?? Infinity));
  const renewsNext = plan.then === 'renew' && term !== null && terms.boundary(term.number) < scheduledEnd;
  return {
    agreement: plan.id,
    on,
    party,
    phase: standing.phase,
    inForce: standing.inForce,
    endedOn: standing.endedOn,
    endReason: standing.endReason,
    term,
    nextRenewal: renewsNext && term ? terms.boundary(term.number) : null,
    notice: noticeAnswer(plan, terms, standing, term, on),
    pending,
  };
}

function noticeAnswer(plan: Plan, terms: Terms, standing: Standing, term: TermSpan | null, on: Day): NoticeAnswer {
  const earliestOn = earliestNoticeDay(plan, standing.joined);
  const allowed = standing.inForce && (earliestOn === null || on >= earliestOn);
  const deadline = term === null ? null : noticeDeadline(plan, terms, term.number);
  // Only a renewal or an expiry can be missed; a late notice in an initial term that is
  // followed by indefinite duration still takes effect N after receipt.
  const deadlineBinds = plan.effect === 'end-of-term' && terms.indefiniteFrom === null;
  const possible = allowed && (!deadlineBinds || deadline === null || on <= deadline);
  return {
    possible,
    deadline,
    daysLeft: deadline === null ? null : deadline - on,
    effectiveOn: allowed ? effectOfNotice(plan, terms, on) : null,
    nextDeadline: standing.inForce && term !== null ? nextDeadlineFrom(plan, terms, term.number, Math.max(on, earliestOn ?? on)) : null,
    earliestOn,
  };
}

/**
 * The first term deadline on or after `day`, from term `number` on, in closed form:
 * deadline(k) ≥ day exactly when term k's end is at or after day + N (the forward rule).
 */
export function nextDeadlineFrom(plan: Plan, terms: Terms, number: number, day: Day): Day | null {
  const reach = addDuration(day, plan.notice) + (plan.effect === 'after-notice' ? plan.lapseDays - 1 : 0);
  const k = terms.containing(reach);
  if (k === null) return null;
  return noticeDeadline(plan, terms, Math.max(k, number));
}
