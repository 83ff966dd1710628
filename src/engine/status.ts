import type { Day } from '../calendar/day.js';
import { addDuration } from '../calendar/duration.js';
import type { AgreementRules, CompiledAgreement } from './compiled-agreement.js';
import { type DeadlineCalendar, type DeadlineDay, deadlineDay, WEEKENDS_ONLY } from './deadline-day.js';
import { earliestEndOf } from './earliest-end.js';
import { type CannotStop, cannotStop, effectOfNotice, noticeOpening } from './notice-effect.js';
import { windowFrom } from './notice-windows.js';
import { type EndReason, noticesFor, type Phase, type Situation, situationOn } from './situation.js';
import { deadlineBinds, deadlineMatters, nextDeadlineFrom, noticeDeadline, type Terms } from './terms.js';

export type { Phase };

export interface TermSpan {
  readonly number: number;
  readonly start: Day;
  readonly end: Day;
}

export interface NoticeAnswer {
  /** notice may be given on the day and (end of term) still stops the next renewal */
  readonly possible: boolean;
  /** the current term's notice deadline; null when no notice can meet it (`cannotStop`) */
  readonly deadline: Day | null;
  /** deadline − on: 0 on the day itself, negative once it has passed */
  readonly daysLeft: number | null;
  /** the first day out of force if notice is received on the day */
  readonly effectiveOn: Day | null;
  /** the deadline's weekday, the instant it ends (24:00 in the agreement's zone), whether it is a working day */
  readonly deadlineDay: DeadlineDay | null;
  /** the first notice deadline on or after the day that a notice can still meet */
  readonly nextDeadline: Day | null;
  /**
   * the first day notice may be given (`earliest`; with windows, the opening of the window
   * holding the day, or of the next one when the day is outside them), or null with neither rule
   */
  readonly earliestOn: Day | null;
  /** why the current term cannot be stopped, its deadline lying before any day notice may be received */
  readonly cannotStop: CannotStop | null;
  /** what a notice ends: in a multilateral agreement only the notifying party's participation */
  readonly ends: 'agreement' | 'participation';
  /** with windows for notice (`termination.windows`): the last day of the window holding the day, else null */
  readonly windowLastDay: Day | null;
  /** earliestOn, still ahead, is a window's first day: the windows bar notice until then (not `earliest`) */
  readonly windowOpens: boolean;
  /** a notice received on the day would take effect before the end already on the way (scheduledEnd), or there is none */
  readonly endsSooner: boolean;
}

export interface PendingNotice {
  readonly index: number;
  readonly party: string;
  readonly received: Day;
  readonly state: 'pending' | 'suspended';
  readonly effectiveOn: Day | null;
  readonly remainingDays: number | null;
}

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
  /** what continues after the subject's withdrawal took effect (`termination.survives`), else null */
  readonly survives: SurvivingObligations | null;
  /** the subject's first day out of force as things stand: a pending notice's effect, or the expiry */
  readonly scheduledEnd: ScheduledEnd | null;
  /** the soonest first day out of force an action on the day could bring about (earliest-end.ts), else null */
  readonly earliestEnd: Day | null;
}

/** An end already on the way: KR's notice of 2019-08-23 → 2019-11-23; New START → its expiry, 2026-02-05. */
export interface ScheduledEnd {
  readonly on: Day;
  readonly reason: 'notice' | 'expiry';
  /** the notice's party and day of receipt (reason "notice") */
  readonly party: string | null;
  readonly received: Day | null;
}

/** Obligations that outlive a withdrawal: Energy Charter Treaty Art. 47(3), 20 years for existing investments. */
export interface SurvivingObligations {
  readonly what: string;
  /** the last day they continue: the day before E + for, E the withdrawal's first day out */
  readonly until: Day;
}

/**
 * The last day obligations survive a withdrawal that took effect on `outOn`, or null when
 * the agreement has no such clause. Energy Charter, P20Y, Italy out from 2016-01-01 → 2035-12-31.
 */
export function survivesUntil(rules: AgreementRules, outOn: Day): Day | null {
  return rules.survives === null ? null : addDuration(outOn, rules.survives.for) - 1;
}

/** The fixed term holding `day`, with its first and last days. */
export function termSpan(terms: Terms, number: number): TermSpan {
  return { number, start: terms.boundary(number - 1), end: terms.boundary(number) - 1 };
}

/**
 * The questions of SPEC §1 for one day. GSOMIA on 2020-08-24: term 4 (2019-11-23 …
 * 2020-11-22), notice possible until 2020-08-24 (0 days left), effective 2020-11-23;
 * the deadline is a Monday and ends 2020-08-24T15:00:00Z. `calendar` gives the holidays.
 */
export function statusOn(compiled: CompiledAgreement, on: Day, party: string | null = null, calendar = WEEKENDS_ONLY): Status {
  const situation = situationOn(compiled, on, party);
  const { terms } = situation;
  const relevant = noticesFor(compiled, situation.notices, party);
  const pending: PendingNotice[] = situation.inForce
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
  const number = situation.inForce ? terms.containing(on) : null;
  const term = number === null ? null : termSpan(terms, number);
  const endsSubject = !compiled.multilateral || party !== null;
  const scheduled = situation.inForce ? scheduledEndOf(endsSubject ? pending : [], terms.expiresOn) : null;
  const notice = noticeAnswer(compiled, situation, term, on, scheduled, calendar);
  const renewsNext = compiled.then === 'renew' && term !== null && terms.boundary(term.number) < (scheduled?.on ?? Infinity);
  return {
    agreement: compiled.id,
    on,
    party,
    phase: situation.phase,
    inForce: situation.inForce,
    endedOn: situation.outOn,
    endReason: situation.outReason,
    term,
    nextRenewal: renewsNext && term ? terms.boundary(term.number) : null,
    notice,
    pending,
    survives: survivingAfter(compiled, situation),
    scheduledEnd: scheduled,
    earliestEnd: situation.inForce ? earliestEndOf(notice, endsSubject ? pending : [], on, scheduled) : null,
  };
}

/** The soonest of the pending notices' effects and the expiry: the notice when it comes first. */
function scheduledEndOf(pending: readonly PendingNotice[], expiresOn: Day | null): ScheduledEnd | null {
  let first: PendingNotice | null = null;
  for (const notice of pending) {
    if (notice.effectiveOn !== null && (first === null || notice.effectiveOn < (first.effectiveOn as Day))) first = notice;
  }
  if (first !== null && (expiresOn === null || (first.effectiveOn as Day) < expiresOn)) {
    return { on: first.effectiveOn as Day, reason: 'notice', party: first.party, received: first.received };
  }
  return expiresOn === null ? null : { on: expiresOn, reason: 'expiry', party: null, received: null };
}

function survivingAfter(compiled: CompiledAgreement, situation: Situation): SurvivingObligations | null {
  if (compiled.survives === null || situation.outReason !== 'notice' || situation.outOn === null) return null;
  return { what: compiled.survives.what, until: survivesUntil(compiled, situation.outOn) as Day };
}

function noticeAnswer(
  compiled: CompiledAgreement,
  situation: Situation,
  term: TermSpan | null,
  on: Day,
  scheduled: ScheduledEnd | null,
  calendar: DeadlineCalendar,
): NoticeAnswer {
  const { terms, inForce } = situation;
  const earliestOn = noticeOpening(compiled, situation.joined, on);
  const allowed = inForce && (earliestOn === null || on >= earliestOn);
  // The last term of an expiring agreement ends anyway: its deadline changes nothing.
  const matters = term === null || deadlineMatters(compiled, terms, term.number);
  const termDeadline = term === null || !matters ? null : noticeDeadline(compiled, terms, term.number);
  const blocked = termDeadline === null ? null : cannotStop(compiled, termDeadline, situation.joined);
  const deadline = blocked === null ? termDeadline : null;
  const binds = deadlineBinds(compiled, terms);
  const effectiveOn = allowed ? effectOfNotice(compiled, terms, on) : null;
  // Before an expiry, a notice matters only if it takes effect sooner.
  const beforeExpiry = effectiveOn !== null && (terms.expiresOn === null || effectiveOn < terms.expiresOn);
  const possible = matters ? allowed && (!binds || (blocked === null && (deadline === null || on <= deadline))) : beforeExpiry;
  const next = inForce && term !== null ? nextDeadlineFrom(compiled, terms, term.number, Math.max(on, earliestOn ?? on)) : null;
  return {
    possible,
    deadline,
    daysLeft: deadline === null ? null : deadline - on,
    effectiveOn,
    deadlineDay: deadline === null ? null : deadlineDay(deadline, compiled.timeZone, calendar),
    nextDeadline: next,
    earliestOn,
    cannotStop: blocked,
    ends: compiled.multilateral ? 'participation' : 'agreement',
    endsSooner: effectiveOn !== null && (scheduled === null || effectiveOn < scheduled.on),
    windowLastDay: allowed && compiled.windows !== null ? windowFrom(compiled.start, compiled.windows, on).closes - 1 : null,
    windowOpens:
      compiled.windows !== null &&
      earliestOn !== null &&
      on < earliestOn &&
      windowFrom(compiled.start, compiled.windows, earliestOn).opens === earliestOn,
  };
}
