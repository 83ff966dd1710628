import type { Day } from '../../calendar/day.js';
import type { CompiledAgreement, PlannedEvent } from '../compiled-agreement.js';
import type { NoticeStage } from '../course.js';
import { type NoticeEffect, noticeEffect } from '../notice-effect.js';
import type { NoticeRecord } from '../situation.js';
import type { Terms } from '../terms.js';
import { clauseEffect } from './clause-steps.js';
import type { StepOfKind } from './steps.js';

// The steps about notices: what one received on a given day would do, and what became of
// the notices actually given.

/**
 * What a notice received `on` would do, as the one rule (notice-effect.ts) decided it.
 * GSOMIA on 2020-08-24: 2020-08-24 + 90 days = 2020-11-22 falls in term 4, so it ends the
 * agreement at the end of term 4, effective 2020-11-23.
 */
export function effectStep(compiled: CompiledAgreement, on: Day, effect: NoticeEffect, party: string | null): StepOfKind<'effect'> {
  const { reach, effectiveOn, heldToInitialTerm, cutByExpiry, expiresOn, initialEnd } = effect;
  const clause = clauseEffect(compiled, effect);
  return {
    kind: 'effect',
    dates: {
      on,
      reach,
      effectiveOn,
      ...(compiled.lapseDays === 1 ? { lapsed: reach + 1 } : {}),
      ...(cutByExpiry && expiresOn !== null ? { expiresOn } : {}),
      ...(heldToInitialTerm && initialEnd !== null ? { initialEnd } : {}),
      ...clause.dates,
    },
    values: {
      ...clause.values,
      effect: compiled.effect,
      notice: compiled.notice,
      number: effect.termReached,
      nextDay: compiled.lapseDays === 1,
      heldToInitialTerm,
      cutByExpiry,
      party,
      multilateral: compiled.multilateral,
    },
  };
}

/**
 * A pending notice and when it takes effect, the days left counted from its resumption if
 * it was resumed, and the day it was sent when the file gives one. Where SPEC §6 decides
 * its day (roundTo, noticeBy, its own effectiveOn), the rule's arithmetic comes too.
 */
export function pendingStep(compiled: CompiledAgreement, terms: Terms, record: NoticeRecord): StepOfKind<'notice-pending'> {
  const resumption = lastAct(record, 'resumption');
  const effect = resumption ? null : noticeEffect(compiled, terms, record.received, record.requested);
  const clause = effect === null ? null : clauseEffect(compiled, effect);
  const detailed = effect !== null && clause !== null && Object.keys(clause.dates).length > 0;
  return {
    kind: 'notice-pending',
    dates: {
      received: record.received,
      effectiveOn: record.effectiveOn as Day,
      ...(resumption ? { resumed: resumption.day } : {}),
      ...(record.sent === null ? {} : { sent: record.sent }),
      ...(detailed ? { reach: effect.reach, ...(compiled.lapseDays === 1 ? { lapsed: effect.reach + 1 } : {}), ...clause.dates } : {}),
    },
    values: {
      ...(detailed ? clause.values : {}),
      party: record.party,
      notice: compiled.notice,
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
 * Everything that became of a notice, read from its stages. The NPT, KP: received
 * 1993-03-12, would have taken effect 1993-06-12, suspended 1993-06-11 with 1 day
 * remaining, resumed 2003-01-10, effective 2003-01-11.
 */
export function historyNoticeStep(compiled: CompiledAgreement, record: NoticeRecord): StepOfKind<'history-notice'> {
  const dates: Partial<Record<'effectiveOn' | 'suspended' | 'wouldHave' | 'resumed' | 'retracted', Day>> = {};
  let remaining: number | null = null;
  let lastPending: Day | null = null;
  let previous: NoticeStage['state'] | null = null;
  for (const stage of record.stages) {
    if (stage.state === 'suspended' && stage.remainingDays !== null) {
      dates.suspended = stage.from;
      dates.wouldHave = stage.from + stage.remainingDays;
      remaining = stage.remainingDays;
    } else if (stage.state === 'pending') {
      if (previous === 'suspended') dates.resumed = stage.from;
      lastPending = stage.effectiveOn;
    } else if (stage.state === 'retracted') {
      dates.retracted = stage.from;
    }
    previous = stage.state;
  }
  if (record.effectiveOn !== null) dates.effectiveOn = record.effectiveOn;
  else if (dates.wouldHave === undefined && lastPending !== null) dates.wouldHave = lastPending;
  const asked = record.requested !== null && record.requestHonoured !== null;
  return {
    kind: 'history-notice',
    dates: {
      received: record.received,
      ...dates,
      ...(record.sent === null ? {} : { sent: record.sent }),
      ...(asked ? { requested: record.requested as Day } : {}),
    },
    values: {
      party: record.party,
      notice: compiled.notice,
      state: record.state,
      remaining,
      ...(asked ? { requestHonoured: record.requestHonoured as boolean } : {}),
    },
  };
}

function lastAct(record: NoticeRecord, type: 'suspension' | 'resumption'): PlannedEvent | undefined {
  return record.acts.findLast((act) => act.type === type);
}
