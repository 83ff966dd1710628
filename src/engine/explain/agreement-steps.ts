import type { Day } from '../../calendar/day.js';
import { addMonthsAndDays, describeDuration, type Duration } from '../../calendar/duration.js';
import type { Plan } from '../plan.js';
import type { Situation } from '../situation.js';
import { termDeadline, type Terms } from '../terms.js';
import { clampedBy, spanBetween, spanText, spanToBoundary } from './spans.js';
import type { Step, StepOfKind } from './steps.js';

// The steps about the agreement itself, shared by explainStatus and explainHistory: its
// clause and rule, entry into force, terms, deadlines, expiry and end.

/** The clause (when the definition quotes one) and the rule: GSOMIA → Article 21(3), then 1 year renewing every 1 year, notice 90 days. */
export function ruleSteps(plan: Plan): Step[] {
  const steps: Step[] = [];
  const { clause } = plan.definition;
  if (clause !== undefined) steps.push({ kind: 'clause', dates: {}, values: { clause } });
  steps.push({
    kind: 'rule',
    dates: {},
    values: {
      initial: wordsFor(plan.initial),
      then: plan.then,
      renewal: wordsFor(plan.renewal),
      notice: describeDuration(plan.notice),
      effect: plan.effect,
      nextDay: plan.lapseDays === 1,
      earliest: wordsFor(plan.earliest),
      multilateral: plan.multilateral,
    },
  });
  return steps;
}

/** Entry into force, or a party's accession when `joined` is later: GSOMIA → start 2016-11-23. */
export function entryIntoForceStep(plan: Plan, joined: Day, party: string | null): StepOfKind<'entry-into-force'> {
  return { kind: 'entry-into-force', dates: { start: joined }, values: { party, accession: joined !== plan.start, fixedTerms: plan.initial !== null } };
}

/** GSOMIA on 2016-01-01 → not yet in force, entry into force 2016-11-23. */
export function notYetInForceStep(plan: Plan, on: Day): StepOfKind<'not-yet-in-force'> {
  return { kind: 'not-yet-in-force', dates: { on, start: plan.start }, values: {} };
}

/** GSOMIA term 4 → 2016-11-23 + 3 years = 2019-11-23 … 2016-11-23 + 4 years − 1 day = 2020-11-22. */
export function termStep(plan: Plan, terms: Terms, k: number): StepOfKind<'term'> {
  const before = spanToBoundary(plan, terms, k - 1);
  const after = spanToBoundary(plan, terms, k);
  return {
    kind: 'term',
    dates: { origin: plan.start, start: terms.boundary(k - 1), end: terms.boundary(k) - 1 },
    values: {
      number: k,
      startSpan: k === 1 ? null : spanText(before.months, before.days),
      endSpan: spanText(after.months, after.days),
      startClamped: k > 1 && clampedBy(plan.start, before.months),
      endClamped: clampedBy(plan.start, after.months),
    },
  };
}

/** GSOMIA term 4 → 2020-11-22 − 90 days = 2020-08-24, limited by the term's last day. */
export function deadlineStep(plan: Plan, terms: Terms, k: number): StepOfKind<'deadline'> {
  const { deadline, limit, limitRole } = termDeadline(plan, terms, k);
  // What a plain subtraction would give: differs from the deadline when the month clamps.
  const plainSubtraction = addMonthsAndDays(limit, -plan.notice.months, -plan.notice.days);
  return {
    kind: 'deadline',
    dates: { limit, deadline, plainSubtraction },
    values: { number: k, notice: describeDuration(plan.notice), limitRole, clamped: plainSubtraction !== deadline },
  };
}

/** The NPT → in force indefinitely from entry into force, 1970-03-05. */
export function indefiniteStep(plan: Plan, from: Day, on: Day | null): StepOfKind<'indefinite'> {
  return {
    kind: 'indefinite',
    dates: { origin: plan.start, from, ...(on === null ? {} : { on }) },
    values: { initial: wordsFor(plan.initial) },
  };
}

/**
 * For an agreement that expires, the extensions made by `asOf` and then the expiry,
 * counted from entry into force; nothing for one that renews or runs indefinitely.
 * New START on 2026-11-28 → extended 2021-02-03 by 5 years; expires 2026-02-05.
 */
export function expirySteps(plan: Plan, terms: Terms, asOf: Day): Step[] {
  const { expiresOn } = terms;
  if (expiresOn === null) return [];
  const extensions = plan.events
    .filter((event) => event.type === 'extension' && event.term !== null && event.day <= asOf)
    .map((event): Step => ({ kind: 'extension', dates: { on: event.day }, values: { term: describeDuration(event.term as Duration) } }));
  const span = spanBetween(plan.start, expiresOn);
  return [
    ...extensions,
    { kind: 'expiry', dates: { origin: plan.start, expiresOn }, values: { span: spanText(span.months, span.days), clamped: clampedBy(plan.start, span.months) } },
  ];
}

/** How it ended, and by whose notice: the INF Treaty → ended 2019-08-02, on the US notice of 2019-02-02. */
export function endedStep(
  plan: Plan,
  situation: Situation,
  status: { on: Day; endedOn: Day | null; endReason: string | null },
  party: string | null,
): StepOfKind<'ended'> {
  const endedOn = status.endedOn as Day;
  const notice = situation.notices.find((n) => n.state === 'effective' && n.effectiveOn === endedOn && (party === null || !plan.multilateral || n.party === party));
  return {
    kind: 'ended',
    dates: { endedOn, on: status.on, ...(notice ? { noticeReceived: notice.received } : {}) },
    values: { reason: status.endReason, party, noticeParty: notice?.party ?? null },
  };
}

/** A duration the plan may lack, in words: P3Y → "3 years", null → null. */
function wordsFor(duration: Duration | null): string | null {
  return duration && describeDuration(duration);
}
