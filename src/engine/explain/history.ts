import type { CompiledAgreement } from '../compiled-agreement.js';
import type { History } from '../history.js';
import { noticesFor, situationOn } from '../situation.js';
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
import { survivalStep } from './clause-steps.js';
import { historyNoticeStep } from './notice-steps.js';
import type { Step } from './steps.js';

/**
 * The reasoning behind `historyUntil`: for every term how its boundaries and deadline
 * were derived and what became of it, then what became of every notice. GSOMIA term 4:
 * 2016-11-23 + 3 years = 2019-11-23 … 2020-11-22, 2020-11-22 − 90 days = 2020-08-24,
 * renewed; KR's notice of 2019-08-23 suspended, then retracted 2023-03-21.
 */
export function explainHistory(compiled: CompiledAgreement, history: History): Step[] {
  const situation = situationOn(compiled, history.until);
  const { terms } = situation;
  const steps: Step[] = [...ruleSteps(compiled), entryIntoForceStep(compiled, compiled.start, null)];
  if (history.until < compiled.start) {
    steps.push(notYetInForceStep(compiled, history.until));
    return steps;
  }
  for (const record of history.terms) {
    const term = termStep(compiled, terms, record.number);
    const deadline = deadlineStep(compiled, terms, record.number);
    const next = record.outcome === 'renewed' ? { next: terms.boundary(record.number) } : {};
    const { limit } = deadline.dates;
    // The first day out of force a withdrawal needs to end the term: the limit itself, or the day after its last day.
    const withdrawalBy = deadline.values.limitRole === 'first-day-after' ? limit : limit + 1;
    steps.push({
      kind: 'history-term',
      dates: { ...term.dates, end: record.end, limit, deadline: deadline.dates.deadline, withdrawalBy, ...next },
      values: {
        ...term.values,
        notice: deadline.values.notice,
        limitRole: deadline.values.limitRole,
        clamped: deadline.values.clamped,
        outcome: record.outcome,
        endedEarly: record.outcome === 'terminated' || record.outcome === 'expired',
      },
    });
  }
  const indefinite = history.phases.find((phase) => phase.kind === 'indefinite');
  if (indefinite) steps.push(indefiniteStep(compiled, indefinite.start, null));
  steps.push(...expirySteps(compiled, terms, history.until));
  for (const stint of history.participation) {
    steps.push({
      kind: 'participation',
      dates: { from: stint.from, ...(stint.until === null ? {} : { until: stint.until }) },
      values: { party: stint.party },
    });
  }
  for (const record of noticesFor(compiled, situation.notices, history.party)) steps.push(historyNoticeStep(compiled, record));
  if (history.endedOn !== null) {
    steps.push(
      endedStep(compiled, situation, { on: history.until, endedOn: history.endedOn, endReason: history.endReason }, history.party),
    );
  }
  // What outlives each withdrawal that took effect (termination.survives).
  for (const record of noticesFor(compiled, situation.notices, history.party)) {
    // A withdrawal an expiry overtook is no withdrawal: nothing survives it.
    if (record.state !== 'effective' || record.effectiveOn === null || record.effectiveOn >= (terms.expiresOn ?? Infinity)) continue;
    const survival = survivalStep(compiled, record.effectiveOn, record.party);
    if (survival !== null) steps.push(survival);
  }
  return steps;
}
