import type { Duration } from '../../calendar/duration.js';
import type { CompiledAgreement } from '../compiled-agreement.js';
import { noticeEffect } from '../notice-effect.js';
import { noticesFor, situationOn } from '../situation.js';
import type { Status } from '../status.js';
import { deadlineBinds } from '../terms.js';
import {
  deadlineStep,
  endedStep,
  entryIntoForceStep,
  expirySteps,
  indefiniteStep,
  notYetInForceStep,
  ruleSteps,
  termStep,
} from './agreement-steps.js';
import { survivalStep, windowStep } from './clause-steps.js';
import { effectStep, pendingStep, suspendedStep } from './notice-steps.js';
import type { Step } from './steps.js';

/**
 * The reasoning behind `statusOn(compiled, on, party)`, step by step. GSOMIA on 2020-08-24:
 * the clause, entry into force 2016-11-23, term 4 = 2016-11-23 + 3 years … + 4 years − 1
 * day (2019-11-23 … 2020-11-22), deadline 2020-11-22 − 90 days = 2020-08-24, notice that
 * day timely with 0 days left, effective 2020-11-23, and KR's suspended notice.
 */
export function explainStatus(compiled: CompiledAgreement, status: Status): Step[] {
  const { on, party } = status;
  const situation = situationOn(compiled, on, party);
  const { terms } = situation;
  const steps: Step[] = ruleSteps(compiled);
  if (status.phase === 'not-yet-in-force') {
    steps.push(notYetInForceStep(compiled, on));
    return steps;
  }
  const partyNamed = compiled.multilateral ? party : null;
  steps.push(entryIntoForceStep(compiled, situation.joined, partyNamed));
  if (status.phase === 'ended') {
    steps.push(endedStep(compiled, situation, status, null));
    if (status.survives !== null && status.endedOn !== null) steps.push(...present(survivalStep(compiled, status.endedOn, partyNamed)));
    return steps;
  }
  if (status.phase === 'not-a-party' && party !== null) {
    steps.push({ kind: 'not-a-party', dates: { on }, values: { party, leftOn: status.endedOn } });
    if (status.survives !== null && status.endedOn !== null) steps.push(...present(survivalStep(compiled, status.endedOn, party)));
    return steps;
  }
  if (status.term !== null) {
    const term = termStep(compiled, terms, status.term.number);
    steps.push({ ...term, dates: { ...term.dates, on } });
  } else if (terms.indefiniteFrom !== null) steps.push(indefiniteStep(compiled, terms.indefiniteFrom, on));
  steps.push(...expirySteps(compiled, terms, on));
  if (status.term !== null && status.notice.deadline !== null) steps.push(deadlineStep(compiled, terms, status.term.number));
  const { notice } = status;
  // With windows, earliestOn is a window's first day, not S + earliest: that step has its own words (to come).
  if (notice.earliestOn !== null && compiled.windows === null) {
    steps.push({
      kind: 'earliest',
      dates: { joined: situation.joined, earliest: notice.earliestOn, on },
      values: { earliest: compiled.earliest as Duration, party: partyNamed, allowed: on >= notice.earliestOn },
    });
  }
  // Windows for notice: the one holding the day, or the next (unless a notice already ends it).
  if (status.scheduledEnd?.reason !== 'notice') steps.push(...present(windowStep(compiled, on, partyNamed)));
  const effect = noticeEffect(compiled, terms, on);
  const { reach } = effect;
  if (notice.effectiveOn !== null && status.term !== null && notice.deadline !== null && deadlineBinds(compiled, terms)) {
    steps.push({
      kind: 'notice-today',
      dates: { on, reach, last: status.term.end, deadline: notice.deadline },
      values: { notice: compiled.notice, daysLeft: notice.deadline - on, timely: on <= notice.deadline, number: status.term.number },
    });
  }
  if (notice.effectiveOn !== null) steps.push(effectStep(compiled, on, effect, party));
  if (status.nextRenewal !== null && status.term !== null) {
    steps.push({ kind: 'renewal', dates: { next: status.nextRenewal }, values: { number: status.term.number + 1 } });
  }
  for (const record of noticesFor(compiled, situation.notices, party)) {
    if (record.state === 'pending' && record.effectiveOn !== null) steps.push(pendingStep(compiled, terms, record));
    if (record.state === 'suspended' && record.remainingDays !== null) steps.push(suspendedStep(record));
  }
  return steps;
}

/** The step, or none: [step] or []. */
function present<S extends Step>(step: S | null): S[] {
  return step === null ? [] : [step];
}
