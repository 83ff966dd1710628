import type { Day } from '../calendar/day.js';
import type { CompiledAgreement, PlannedEvent } from './compiled-agreement.js';
import { cannotStop } from './notice-effect.js';
import { type EndReason, type NoticeState, situationOn } from './situation.js';
import { deadlineMatters, noticeDeadline } from './terms.js';

export type TermOutcome = 'renewed' | 'continued' | 'current' | 'terminated' | 'expired';

export interface TermRecord {
  readonly number: number;
  readonly start: Day;
  /** the last day in force in this term (earlier than the scheduled end when it was cut short) */
  readonly end: Day;
  /** null when no notice could meet it (notice-effect.ts, cannotStop) */
  readonly noticeDeadline: Day | null;
  readonly outcome: TermOutcome;
}

export interface PhaseRecord {
  readonly kind: 'fixed-terms' | 'indefinite';
  readonly start: Day;
  /** last day of the phase, null while it goes on */
  readonly end: Day | null;
}

export interface ParticipationRecord {
  readonly party: string;
  readonly from: Day;
  /** first day out for the party, null while it goes on */
  readonly until: Day | null;
}

export interface EventRecord {
  readonly index: number;
  readonly type: PlannedEvent['type'];
  readonly date: Day;
  readonly party: string | null;
  readonly note: string | null;
  /** for a notice: what became of it as of `until` */
  readonly state: NoticeState | null;
  readonly effectiveOn: Day | null;
  /** for a notice: the day it was sent, when the file says (receipt, `date`, is what counts) */
  readonly sent: Day | null;
  /** for a notice: the first day out it asked for itself, and whether that was honoured */
  readonly requested: Day | null;
  readonly requestHonoured: boolean | null;
  /** for an extension by a new last day: that day */
  readonly until: Day | null;
}

export interface History {
  readonly agreement: string;
  readonly from: Day | null;
  readonly until: Day;
  readonly party: string | null;
  readonly endedOn: Day | null;
  readonly endReason: EndReason | null;
  readonly terms: readonly TermRecord[];
  readonly phases: readonly PhaseRecord[];
  readonly participation: readonly ParticipationRecord[];
  readonly events: readonly EventRecord[];
}

/**
 * Every term up to `until` with its deadline and outcome, the phases, each party's
 * participation and the events. GSOMIA until 2026-11-28: 11 terms, every deadline on
 * August 24, term 4 (2019–2020) renewed, term 11 current. `from` leaves out terms that
 * ended before it; term numbers are found in closed form, so far dates cost nothing extra.
 */
export function historyUntil(compiled: CompiledAgreement, until: Day, party: string | null = null, from: Day | null = null): History {
  const situation = situationOn(compiled, until);
  const { terms, endedOn, endReason } = situation;
  const lastInForce = Math.min(until, (endedOn ?? Infinity) - 1);
  const records: TermRecord[] = [];
  if (terms.count > 0 && lastInForce >= compiled.start) {
    const lastTerm = terms.containing(lastInForce) ?? terms.count;
    // Stryker disable next-line EqualityOperator: from = S is in term 1 anyway
    const firstTerm = from === null || from <= compiled.start ? 1 : Math.min(terms.containing(from) ?? terms.count, lastTerm);
    for (let k = firstTerm; k <= lastTerm; k += 1) {
      const scheduledEnd = terms.boundary(k) - 1;
      let outcome: TermOutcome;
      let end = scheduledEnd;
      if (k < lastTerm) outcome = 'renewed';
      else if (endedOn !== null && endedOn <= scheduledEnd + 1) {
        outcome = endReason === 'expiry' ? 'expired' : 'terminated';
        end = endedOn - 1;
      } else if (until <= scheduledEnd) outcome = 'current';
      else outcome = 'continued';
      const deadline = noticeDeadline(compiled, terms, k);
      const noticeDay = deadlineMatters(compiled, terms, k) && cannotStop(compiled, deadline, compiled.start) === null ? deadline : null;
      records.push({ number: k, start: terms.boundary(k - 1), end, noticeDeadline: noticeDay, outcome });
    }
  }
  const phases: PhaseRecord[] = [];
  // A phase's end is given once it is over by `until`; null while it goes on.
  const lastDayOf = (naturalEnd: Day) => {
    const end = Math.min(naturalEnd, (endedOn ?? Infinity) - 1);
    return end < until ? end : null;
  };
  const { indefiniteFrom } = terms;
  if (terms.count > 0 && until >= compiled.start) {
    phases.push({ kind: 'fixed-terms', start: compiled.start, end: lastDayOf((indefiniteFrom ?? terms.expiresOn ?? Infinity) - 1) });
  }
  if (indefiniteFrom !== null && indefiniteFrom <= until && (endedOn === null || indefiniteFrom < endedOn)) {
    phases.push({ kind: 'indefinite', start: indefiniteFrom, end: lastDayOf(Infinity) });
  }
  const participation: ParticipationRecord[] = [];
  if (compiled.multilateral) {
    for (const [name, stints] of situation.stints) {
      if (party !== null && name !== party) continue;
      for (const stint of stints) participation.push({ party: name, from: stint.from, until: stint.until });
    }
  }
  const noticeByIndex = new Map(situation.notices.map((notice) => [notice.index, notice]));
  const events: EventRecord[] = compiled.events
    .filter((event) => event.day <= until && (party === null || !compiled.multilateral || event.party === null || event.party === party))
    .map((event) => {
      const notice = noticeByIndex.get(event.index);
      return {
        index: event.index,
        type: event.type,
        date: event.day,
        party: event.party,
        note: event.note,
        state: notice?.state ?? null,
        effectiveOn: notice?.effectiveOn ?? null,
        sent: event.sent,
        requested: notice?.requested ?? null,
        requestHonoured: notice?.requestHonoured ?? null,
        until: event.until,
      };
    });
  return { agreement: compiled.id, from, until, party, endedOn, endReason, terms: records, phases, participation, events };
}
