import type { Day } from '../calendar/day.js';
import type { Duration } from '../calendar/duration.js';
import {
  type Course,
  type EndReason,
  type EventProblem,
  type NoticeStage,
  noticesOf,
  type OpenNotice,
  settledNoticesOf,
} from './course.js';
import { EVENT_PROBLEM } from './event-problems.js';
import { partiesJoiningLater } from './joining-later.js';
import { noticeActedOn } from './notice-acted-on.js';
import { effectOfNotice, noticeEffect } from './notice-effect.js';
import { noticeRefusal } from './notice-windows.js';
import { currentStint, endStints, initialStints, type OpenStint } from './participation.js';
import type { PlannedEvent } from './planned-event.js';
import type { AgreementRules } from './rules.js';
import { type ExtensionTerm, type Terms, termsOf } from './terms.js';

/**
 * Replays every event in order, then lets time run out. GSOMIA: KR's notice of 2019-08-23
 * (pending, effective 2019-11-23), suspended 2019-11-22 with 1 day remaining, retracted
 * 2023-03-21; no end.
 */
export function courseOf(rules: AgreementRules): Course {
  const replay = new EventReplay(rules);
  for (const event of rules.events) replay.apply(event);
  replay.settle(Infinity);
  return replay.course();
}

const NO_PROBLEMS: readonly EventProblem[] = Object.freeze([]);

/** Time running through the events: the only code that moves a notice from stage to stage. */
class EventReplay {
  private terms: Terms;
  private readonly termVersions: { from: Day; terms: Terms }[];
  private readonly notices: OpenNotice[] = [];
  private readonly stints: Map<string, OpenStint[]>;
  private endedOn: Day | null = null;
  private endReason: EndReason | null = null;
  private problems: EventProblem[] = NO_PROBLEMS as EventProblem[];
  private extensions: ExtensionTerm[] | null = null;
  private previousDay: Day;
  private lastChange: Day;
  private readonly joinLater: ReadonlySet<string>;

  constructor(private readonly rules: AgreementRules) {
    this.terms = termsOf(rules);
    this.termVersions = [{ from: -Infinity, terms: this.terms }];
    this.previousDay = rules.start;
    this.lastChange = -Infinity;
    // Participation is tracked for multilateral agreements only (participation.ts).
    this.joinLater = partiesJoiningLater(rules);
    this.stints = initialStints(rules, this.joinLater);
  }

  course(): Course {
    const expiry = this.terms.expiresOn;
    return {
      terms: this.termVersions,
      notices: noticesOf(this.notices),
      settledNotices: settledNoticesOf(this.notices),
      stints: this.stints,
      joinLater: this.joinLater,
      endedOn: this.endedOn,
      endReason: this.endReason,
      settledFrom: Math.max(this.lastChange, this.endedOn ?? -Infinity, expiry ?? -Infinity),
      problems: this.problems,
    };
  }

  /** Lets time pass up to `day`: notices take effect, a last term expires. */
  settle(day: Day): void {
    // Stryker disable next-line ConditionalExpression: once ended, the loop below stops at once and end() keeps the first end
    if (this.endedOn !== null) return;
    const expiry = this.terms.expiresOn;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: most agreements have no notice, and none is due; the test only spares a list
    if (this.notices.length > 0) this.noticesTakeEffect(day, expiry);
    if (expiry !== null && expiry <= day) this.end(expiry, 'expiry');
  }

  /** The notices due by `day` take effect, soonest first: in a bilateral agreement the first ends it, and the others never do. */
  private noticesTakeEffect(day: Day, expiry: Day | null): void {
    const due = this.notices.filter(({ stage }) => stage.state === 'pending' && (stage.effectiveOn as Day) <= day);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: one notice or none is in order already
    if (due.length > 1) due.sort((a, b) => (a.stage.effectiveOn as Day) - (b.stage.effectiveOn as Day));
    for (const open of due) {
      if (this.endedOn !== null) break;
      const effectiveOn = open.stage.effectiveOn as Day;
      // A withdrawal due on or after the expiry changes nothing: the agreement expires
      // that day anyway, and says so (status, history and deadlines agree on "expiry").
      if (expiry !== null && effectiveOn >= expiry) break;
      this.stage(open, { from: effectiveOn, state: 'effective', effectiveOn, remainingDays: null });
      if (this.rules.multilateral) {
        const stint = currentStint(this.stints, open.notice.party);
        // Stryker disable next-line ConditionalExpression: a party with a pending notice is in, so it has a current stint
        if (stint) stint.until = effectiveOn;
      } else {
        this.end(effectiveOn, 'notice');
      }
    }
  }

  private stage(open: OpenNotice, stage: NoticeStage): void {
    open.stage = stage;
    open.notice.stages.push(stage);
    this.lastChange = Math.max(this.lastChange, stage.from);
  }

  private end(day: Day, reason: EndReason): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: nothing asks to end it later than it already has ended, nor twice on one day (settle stops at the first end)
    if (this.endedOn !== null && this.endedOn <= day) return;
    this.endedOn = day;
    this.endReason = reason;
    endStints(this.stints, this.rules.parties, day);
  }

  private openNotice(party: string, type: PlannedEvent['type']): OpenNotice | undefined {
    return noticeActedOn(
      this.notices.filter((open) => open.notice.party === party),
      type,
    );
  }

  private problem(event: PlannedEvent, field: EventProblem['field'], message: string): void {
    // Stryker disable next-line ConditionalExpression: a fresh list every time would only allocate more
    if (this.problems === NO_PROBLEMS) this.problems = [];
    this.problems.push({ index: event.index, field, message });
  }

  apply(event: PlannedEvent): void {
    const { rules } = this;
    // Dates are formatted inside the messages only: most events raise none, and a
    // catalogue of 10,000 files replays every event while it is compiled.
    if (event.day < rules.start) {
      return this.problem(event, 'date', EVENT_PROBLEM.beforeEntryIntoForce(event.type, event.day, rules.start));
    }
    if (event.day < this.previousDay) {
      return this.problem(event, 'date', EVENT_PROBLEM.outOfOrder(event.day, this.previousDay));
    }
    this.previousDay = event.day;
    if (event.party !== null && !rules.parties.includes(event.party)) {
      return this.problem(event, 'party', EVENT_PROBLEM.unknownParty(event.party, rules.parties));
    }
    this.settle(event.day);
    if (this.endedOn !== null) {
      return this.problem(event, 'date', EVENT_PROBLEM.afterTheEnd(event.type, event.day, this.endedOn));
    }
    this.lastChange = Math.max(this.lastChange, event.day);
    // Stryker disable next-line StringLiteral: only party-less events get this name, and they never use it
    const party = event.party ?? '';
    // Stryker disable next-line ConditionalExpression: no notice has an empty party, so a party-less event would find none open anyway
    const open = event.party === null ? undefined : this.openNotice(party, event.type);
    switch (event.type) {
      case 'notice':
        return this.notice(event, party, open);
      case 'suspension': {
        const effectiveOn = open?.stage.state === 'pending' ? open.stage.effectiveOn : null;
        if (!open || effectiveOn === null) {
          return this.problem(event, 'type', EVENT_PROBLEM.nothingToSuspend(party, event.day));
        }
        open.notice.acts.push(event);
        return this.stage(open, { from: event.day, state: 'suspended', effectiveOn: null, remainingDays: effectiveOn - event.day });
      }
      case 'resumption': {
        const remaining = open?.stage.state === 'suspended' ? open.stage.remainingDays : null;
        if (!open || remaining === null) {
          return this.problem(event, 'type', EVENT_PROBLEM.nothingToResume(party, event.day));
        }
        open.notice.acts.push(event);
        return this.stage(open, { from: event.day, state: 'pending', effectiveOn: event.day + remaining, remainingDays: null });
      }
      case 'retraction':
        if (!open) {
          return this.problem(event, 'type', EVENT_PROBLEM.nothingToRetract(party, event.day));
        }
        open.notice.acts.push(event);
        return this.stage(open, { from: event.day, state: 'retracted', effectiveOn: null, remainingDays: null });
      case 'accession':
        if (!rules.multilateral) return this.problem(event, 'type', EVENT_PROBLEM.accessionBilateral);
        if (currentStint(this.stints, party)) return this.problem(event, 'date', EVENT_PROBLEM.alreadyAParty(party, event.day));
        // Stryker disable next-line OptionalChaining: every listed party has an entry
        this.stints.get(party)?.push({ from: event.day, until: null });
        return;
      case 'extension':
        return this.extension(event);
      case 'termination':
        this.end(event.day, 'termination');
        return;
    }
  }

  private notice(event: PlannedEvent, party: string, open: OpenNotice | undefined): void {
    if (this.rules.multilateral && !currentStint(this.stints, party)) {
      return this.problem(event, 'date', EVENT_PROBLEM.notAParty(party, event.day));
    }
    if (open) {
      return this.problem(event, 'type', EVENT_PROBLEM.stillOpen(party, event.day, open.notice.received, open.stage.state));
    }
    // Stryker disable next-line OptionalChaining: a party giving notice is in, so it has a current stint
    const refused = noticeRefusal(this.rules, currentStint(this.stints, party)?.from ?? this.rules.start, event.day);
    if (refused !== null) return this.problem(event, 'date', refused);
    const effect = noticeEffect(this.rules, this.terms, event.day, event.effectiveOn);
    const stage: NoticeStage = { from: event.day, state: 'pending', effectiveOn: effect.effectiveOn, remainingDays: null };
    const { requested, requestHonoured } = effect;
    // One literal, no spread: a copy with a field added builds a new hidden class each time.
    const notice = {
      index: event.index,
      party,
      received: event.day,
      sent: event.sent,
      requested,
      requestHonoured,
      acts: [event],
      stages: [stage],
    };
    this.notices.push({ notice, stage });
  }

  private extension(event: PlannedEvent): void {
    if (this.rules.then !== 'expire') {
      return this.problem(event, 'type', EVENT_PROBLEM.extensionNotExpiring);
    }
    const lastDay = (this.terms.expiresOn as Day) - 1;
    if (event.until !== null && event.until <= lastDay) {
      return this.problem(event, 'until', EVENT_PROBLEM.doesNotExtend(event.until, lastDay));
    }
    // Stryker disable next-line ConditionalExpression: the schema requires a term or an until on an extension
    this.extensions ??= [];
    this.extensions.push(event.until ?? (event.term as Duration));
    this.terms = termsOf(this.rules, this.extensions);
    this.termVersions.push({ from: event.day, terms: this.terms });
    // A pending withdrawal was cut short at the old expiry; now that the agreement runs
    // on, it takes effect N after receipt as the clause says (a resumed one keeps its
    // remaining-days date).
    for (const open of this.notices) {
      const resumed = open.notice.acts.some((act) => act.type === 'resumption');
      if (open.stage.state !== 'pending' || resumed) continue;
      const effectiveOn = effectOfNotice(this.rules, this.terms, open.notice.received, open.notice.requested);
      if (effectiveOn !== open.stage.effectiveOn) this.stage(open, { from: event.day, state: 'pending', effectiveOn, remainingDays: null });
    }
  }
}
