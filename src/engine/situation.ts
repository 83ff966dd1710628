import { addDuration, type Duration } from '../calendar/duration.js';
import { formatDay, type Day } from '../calendar/day.js';
import { effectOfNotice } from './notice-effect.js';
import type { Plan, PlannedEvent } from './plan.js';
import { termsOf, type Terms } from './terms.js';

export type NoticeState = 'pending' | 'suspended' | 'retracted' | 'effective';

/** A notice and what became of it, as known on the situation's day. */
export interface NoticeRecord {
  readonly index: number;
  readonly party: string;
  readonly received: Day;
  state: NoticeState;
  /** the first day out of force it causes (pending) or caused (effective), else null */
  effectiveOn: Day | null;
  /** days left when it was suspended, while it is suspended */
  remainingDays: number | null;
  /** the events that acted on it, in order */
  readonly acts: PlannedEvent[];
}

/** One stretch of a party's participation: from `from` to the day before `until`. */
export interface Stint {
  readonly from: Day;
  until: Day | null;
}

export type EndReason = 'notice' | 'termination' | 'expiry';

/** A contradiction found while replaying events, for validation messages. */
export interface EventProblem {
  readonly index: number;
  readonly field: 'date' | 'party' | 'type' | 'term';
  readonly message: string;
}

/** Everything known about an agreement on one day, from the events up to that day. */
export interface Situation {
  readonly asOf: Day;
  readonly terms: Terms;
  /** the first day out of force, once it is on or before asOf */
  readonly endedOn: Day | null;
  readonly endReason: EndReason | null;
  readonly notices: readonly NoticeRecord[];
  /** each party's participation (multilateral agreements; empty for bilateral ones) */
  readonly stints: ReadonlyMap<string, readonly Stint[]>;
  readonly problems: readonly EventProblem[];
}

/**
 * Replays the events dated on or before `asOf` (all of them by default).
 * GSOMIA on 2020-08-24: KR's notice of 2019-08-23 suspended with 1 day remaining.
 */
export function situationOn(plan: Plan, asOf: Day = Infinity): Situation {
  // The replay itself is the situation: one object less per answer, which counts when a
  // catalogue of thousands is scanned.
  const replay = new Replay(plan, asOf);
  for (const event of plan.events) {
    if (event.day > asOf) break;
    replay.apply(event);
  }
  replay.settle(asOf);
  return replay;
}

/** Shared by every bilateral situation: participation is tracked for multilateral ones only. */
const NO_STINTS: ReadonlyMap<string, Stint[]> = new Map();
const NO_PROBLEMS: readonly EventProblem[] = Object.freeze([]);

class Replay implements Situation {
  terms: Terms;
  endedOn: Day | null = null;
  endReason: EndReason | null = null;
  readonly notices: NoticeRecord[] = [];
  readonly stints: Map<string, Stint[]>;
  problems: EventProblem[] = NO_PROBLEMS as EventProblem[];
  private extensions: Duration[] | null = null;
  private previousDay: Day;

  constructor(
    private readonly plan: Plan,
    readonly asOf: Day,
  ) {
    this.terms = termsOf(plan);
    this.previousDay = plan.start;
    this.stints = plan.multilateral ? new Map() : (NO_STINTS as Map<string, Stint[]>);
    // Participation is tracked for multilateral agreements only: in a bilateral one the
    // agreement's own end is every party's.
    if (!plan.multilateral) return;
    const firstActs = new Map<string, PlannedEvent['type']>();
    for (const event of plan.events) {
      if (event.party !== null && (event.type === 'notice' || event.type === 'accession') && !firstActs.has(event.party)) {
        firstActs.set(event.party, event.type);
      }
    }
    for (const party of plan.parties) {
      // A party whose first act is an accession joined later, not at S.
      const joinsLater = firstActs.get(party) === 'accession';
      this.stints.set(party, joinsLater ? [] : [{ from: plan.start, until: null }]);
    }
  }

  /** Lets time pass up to `day`: notices take effect, a last term expires. */
  settle(day: Day): void {
    // Stryker disable next-line ConditionalExpression: once ended, the loop below stops at once and end() keeps the first end
    if (this.endedOn !== null) return;
    // Soonest first: in a bilateral agreement the first notice to take effect ends it,
    // and any other notice still pending then never takes effect.
    // Stryker disable next-line ConditionalExpression: a pending notice always has its day; the middle test only narrows the type
    const due = this.notices.filter((notice) => notice.state === 'pending' && notice.effectiveOn !== null && notice.effectiveOn <= day);
    due.sort((a, b) => (a.effectiveOn as Day) - (b.effectiveOn as Day));
    const expiry = this.terms.expiresOn;
    for (const notice of due) {
      if (this.endedOn !== null) break;
      // A withdrawal due on or after the expiry changes nothing: the agreement expires
      // that day anyway, and says so (status, history and deadlines agree on "expiry").
      if (expiry !== null && (notice.effectiveOn as Day) >= expiry) break;
      notice.state = 'effective';
      if (this.plan.multilateral) {
        const stint = this.currentStint(notice.party);
        // Stryker disable next-line ConditionalExpression: a party with a pending notice is in, so it has a current stint
        if (stint) stint.until = notice.effectiveOn;
      } else {
        this.end(notice.effectiveOn as Day, 'notice');
      }
    }
    if (expiry !== null && expiry <= day) this.end(expiry, 'expiry');
  }

  private end(day: Day, reason: EndReason): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: nothing asks to end it later than it already has ended, nor twice on one day (settle stops at the first end)
    if (this.endedOn !== null && this.endedOn <= day) return;
    this.endedOn = day;
    this.endReason = reason;
    for (const stints of this.stints.values()) {
      const last = stints[stints.length - 1];
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a stint that has ended ended on or before the day time has reached
      if (last && (last.until === null || last.until > day)) last.until = day;
    }
  }

  private currentStint(party: string): Stint | undefined {
    // Stryker disable next-line ArrayDeclaration: every listed party has an entry; events naming others are rejected before
    const stints = this.stints.get(party) ?? [];
    const last = stints[stints.length - 1];
    return last && last.until === null ? last : undefined;
  }

  private openNotice(party: string): NoticeRecord | undefined {
    return this.notices.find((n) => n.party === party && (n.state === 'pending' || n.state === 'suspended'));
  }

  private problem(event: PlannedEvent, field: EventProblem['field'], message: string): void {
    // Stryker disable next-line ConditionalExpression: a fresh list every time would only allocate more
    if (this.problems === NO_PROBLEMS) this.problems = [];
    this.problems.push({ index: event.index, field, message });
  }

  apply(event: PlannedEvent): void {
    const { plan } = this;
    // Dates are formatted inside the messages only: most events raise none, and a
    // catalogue of 10,000 files replays every event while it is validated.
    if (event.day < plan.start) {
      return this.problem(event, 'date', `${event.type} on ${formatDay(event.day)} is before entry into force on ${formatDay(plan.start)}`);
    }
    if (event.day < this.previousDay) {
      return this.problem(event, 'date', `events must be in date order: ${formatDay(event.day)} comes after ${formatDay(this.previousDay)}`);
    }
    this.previousDay = event.day;
    if (event.party !== null && !plan.parties.includes(event.party)) {
      return this.problem(event, 'party', `party ${JSON.stringify(event.party)} is not one of the parties (${plan.parties.join(', ')})`);
    }
    this.settle(event.day);
    if (this.endedOn !== null) {
      return this.problem(event, 'date', `${event.type} on ${formatDay(event.day)}, but the agreement was no longer in force from ${formatDay(this.endedOn)}`);
    }
    // Stryker disable next-line StringLiteral: only party-less events get this name, and they never use it
    const party = event.party ?? '';
    // Stryker disable next-line ConditionalExpression: no notice has an empty party, so a party-less event would find none open anyway
    const open = event.party === null ? undefined : this.openNotice(party);
    switch (event.type) {
      case 'notice': {
        if (plan.multilateral && !this.currentStint(party)) {
          return this.problem(event, 'date', `notice from ${party} on ${formatDay(event.day)}, but ${party} was not a party then`);
        }
        if (open) {
          return this.problem(event, 'type', `notice from ${party} on ${formatDay(event.day)}, but its notice of ${formatDay(open.received)} is still ${open.state}`);
        }
        const earliest = earliestNoticeDay(plan, this.joinedOn(party));
        if (earliest !== null && event.day < earliest) {
          return this.problem(event, 'date', `notice on ${formatDay(event.day)} is before the earliest day notice may be given, ${formatDay(earliest)}`);
        }
        this.notices.push({
          index: event.index,
          party,
          received: event.day,
          state: 'pending',
          effectiveOn: effectOfNotice(plan, this.terms, event.day),
          remainingDays: null,
          acts: [event],
        });
        return;
      }
      case 'suspension':
        // Stryker disable next-line ConditionalExpression: an open notice is pending exactly when it has a day; the last test only narrows the type
        if (!open || open.state !== 'pending' || open.effectiveOn === null) {
          return this.problem(event, 'type', `nothing pending: ${party} has no pending notice on ${formatDay(event.day)} to suspend`);
        }
        open.state = 'suspended';
        open.remainingDays = open.effectiveOn - event.day;
        open.effectiveOn = null;
        open.acts.push(event);
        return;
      case 'resumption':
        // Stryker disable next-line ConditionalExpression,LogicalOperator: an open notice is suspended exactly when it has remaining days; the last test only narrows the type
        if (!open || open.state !== 'suspended' || open.remainingDays === null) {
          return this.problem(event, 'type', `nothing suspended: ${party} has no suspended notice on ${formatDay(event.day)} to resume`);
        }
        open.state = 'pending';
        open.effectiveOn = event.day + open.remainingDays;
        open.remainingDays = null;
        open.acts.push(event);
        return;
      case 'retraction':
        if (!open) return this.problem(event, 'type', `nothing pending: ${party} has no pending or suspended notice on ${formatDay(event.day)} to retract`);
        open.state = 'retracted';
        open.effectiveOn = null;
        open.remainingDays = null;
        open.acts.push(event);
        return;
      case 'accession':
        if (!plan.multilateral) return this.problem(event, 'type', 'accession applies to multilateral agreements only');
        if (this.currentStint(party)) return this.problem(event, 'date', `accession of ${party} on ${formatDay(event.day)}, but ${party} was already a party`);
        // Stryker disable next-line OptionalChaining: every listed party has an entry
        this.stints.get(party)?.push({ from: event.day, until: null });
        return;
      case 'extension':
        // Stryker disable next-line ConditionalExpression: the schema requires a term on an extension; the second test only narrows the type
        if (plan.then !== 'expire' || event.term === null) {
          return this.problem(event, 'type', 'extension applies to agreements whose duration.then is "expire"');
        }
        (this.extensions ??= []).push(event.term);
        this.terms = termsOf(plan, this.extensions);
        // A pending withdrawal was cut short at the old expiry; now that the agreement
        // runs on, it takes effect N after receipt as the clause says (a resumed one
        // keeps its remaining-days date).
        for (const notice of this.notices) {
          const resumed = notice.acts.some((act) => act.type === 'resumption');
          if (notice.state === 'pending' && !resumed) notice.effectiveOn = effectOfNotice(plan, this.terms, notice.received);
        }
        return;
      case 'termination':
        this.end(event.day, 'termination');
        return;
    }
  }

  /** When the agreement last entered into force for `party` (S for a bilateral one). */
  private joinedOn(party: string): Day {
    // Stryker disable next-line OptionalChaining: a party giving notice is in, so it has a current stint
    return this.currentStint(party)?.from ?? this.plan.start;
  }
}

/** S + earliest for a party that joined on `joined`: Paris, 2016-11-04 + P3Y → 2019-11-04. */
export function earliestNoticeDay(plan: Plan, joined: Day): Day | null {
  return plan.earliest === null ? null : addDuration(joined, plan.earliest);
}

/** The stint of `party` holding `day`, if the party was in on that day. */
export function stintOn(stints: readonly Stint[], day: Day): Stint | undefined {
  return stints.find((stint) => stint.from <= day && (stint.until === null || day < stint.until));
}
