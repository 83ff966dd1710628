import type { Day } from '../../calendar/day.js';
import { describeDuration } from '../../calendar/duration.js';
import { effectOfNotice } from '../notice-effect.js';
import type { Plan, PlannedEvent } from '../plan.js';
import type { NoticeRecord } from '../situation.js';
import { termsOf, type Terms } from '../terms.js';
import type { StepOfKind } from './steps.js';

// The steps about notices: what one received on a given day would do, and what became of
// the notices actually given.

/**
 * What a notice received `on` would do, `reach` being `on` + N. GSOMIA on 2020-08-24:
 * 2020-08-24 + 90 days = 2020-11-22 falls in term 4, so it ends the agreement at the end
 * of term 4, effective 2020-11-23.
 */
export function effectStep(plan: Plan, terms: Terms, on: Day, reach: Day, effectiveOn: Day, party: string | null): StepOfKind<'effect'> {
  const termReached = plan.effect === 'end-of-term' ? terms.containing(reach) : null;
  const natural = plan.effect === 'after-notice' ? reach + plan.lapseDays : termReached === null ? reach : terms.boundary(termReached);
  const initialEnd = terms.indefiniteFrom;
  const heldToInitialTerm = plan.effect === 'after-notice' && initialEnd !== null && on < initialEnd && natural < initialEnd;
  const cutByExpiry = terms.expiresOn !== null && terms.expiresOn < (heldToInitialTerm ? (initialEnd as Day) : natural);
  return {
    kind: 'effect',
    dates: {
      on,
      reach,
      effectiveOn,
      ...(plan.lapseDays === 1 ? { lapsed: reach + 1 } : {}),
      ...(cutByExpiry ? { expiresOn: terms.expiresOn as Day } : {}),
      ...(heldToInitialTerm ? { initialEnd: initialEnd as Day } : {}),
    },
    values: {
      effect: plan.effect,
      notice: describeDuration(plan.notice),
      number: termReached,
      nextDay: plan.lapseDays === 1,
      heldToInitialTerm,
      cutByExpiry,
      party,
      multilateral: plan.multilateral,
    },
  };
}

/** A pending notice and when it takes effect, the days left counted from its resumption if it was resumed. */
export function pendingStep(plan: Plan, record: NoticeRecord): StepOfKind<'notice-pending'> {
  const resumption = lastAct(record, 'resumption');
  return {
    kind: 'notice-pending',
    dates: { received: record.received, effectiveOn: record.effectiveOn as Day, ...(resumption ? { resumed: resumption.day } : {}) },
    values: {
      party: record.party,
      notice: describeDuration(plan.notice),
      resumed: resumption !== undefined,
      remaining: resumption ? (record.effectiveOn as Day) - resumption.day : null,
    },
  };
}

/** GSOMIA: KR's notice of 2019-08-23, suspended 2019-11-22 with 1 day remaining, would have taken effect 2019-11-23. */
export function suspendedStep(record: NoticeRecord): StepOfKind<'notice-suspended'> {
  const suspended = lastAct(record, 'suspension')?.day ?? record.received;
  const remaining = record.remainingDays as number;
  return {
    kind: 'notice-suspended',
    dates: { received: record.received, suspended, wouldHave: suspended + remaining },
    values: { party: record.party, remaining },
  };
}

/**
 * Everything that became of a notice. The NPT, KP: received 1993-03-12, would have taken
 * effect 1993-06-12, suspended 1993-06-11 with 1 day remaining, resumed 2003-01-10,
 * effective 2003-01-11.
 */
export function historyNoticeStep(plan: Plan, record: NoticeRecord): StepOfKind<'history-notice'> {
  const dates: Partial<Record<'effectiveOn' | 'suspended' | 'wouldHave' | 'resumed' | 'retracted', Day>> = {};
  let remaining: number | null = null;
  // Replay the acts on this notice alone to recover the dates it had along the way.
  let effective: Day | null = effectOfNotice(plan, termsOf(plan), record.received);
  for (const act of record.acts.slice(1)) {
    if (act.type === 'suspension' && effective !== null) {
      dates.suspended = act.day;
      dates.wouldHave = effective;
      remaining = effective - act.day;
      effective = null;
    } else if (act.type === 'resumption' && remaining !== null) {
      dates.resumed = act.day;
      effective = act.day + remaining;
    } else if (act.type === 'retraction') {
      dates.retracted = act.day;
    }
  }
  if (record.effectiveOn !== null) dates.effectiveOn = record.effectiveOn;
  else if (dates.wouldHave === undefined && effective !== null) dates.wouldHave = effective;
  return {
    kind: 'history-notice',
    dates: { received: record.received, ...dates },
    values: { party: record.party, notice: describeDuration(plan.notice), state: record.state, remaining },
  };
}

function lastAct(record: NoticeRecord, type: 'suspension' | 'resumption'): PlannedEvent | undefined {
  return record.acts.findLast((act) => act.type === type);
}
