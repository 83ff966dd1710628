import type { Day } from '../../calendar/day.js';
import { addMonthsAndDays, type Duration } from '../../calendar/duration.js';
import type { CompiledAgreement } from '../compiled-agreement.js';
import type { Situation } from '../situation.js';
import { type Terms, termDeadline } from '../terms.js';
import { clauseRuleSteps, extensionUntilStep } from './clause-steps.js';
import { clampedBy, spanBetween, spanToBoundary } from './spans.js';
import type { Step, StepOfKind } from './steps.js';

// The steps about the agreement itself, shared by explainStatus and explainHistory: its
// clause and rule, entry into force, terms, deadlines, expiry and end.

/**
 * The clause (when the definition quotes one) and the rule: GSOMIA → Article 21(3), then
 * 1 year renewing every 1 year, notice 90 days.
 */
export function ruleSteps(compiled: CompiledAgreement): Step[] {
  const steps: Step[] = [];
  const { clause } = compiled.definition;
  if (clause !== undefined) steps.push({ kind: 'clause', dates: {}, values: { clause } });
  const { termination } = compiled.definition;
  steps.push({
    kind: 'rule',
    // SPEC §6 duration.until: the fixed last day instead of a span
    dates: compiled.fixedEnd === null ? {} : { until: compiled.fixedEnd - 1 },
    values: {
      initial: compiled.initial,
      then: compiled.then,
      renewal: compiled.renewal,
      notice: compiled.notice,
      effect: compiled.effect,
      nextDay: compiled.lapseDays === 1,
      earliest: compiled.earliest,
      multilateral: compiled.multilateral,
      ...(termination.roundTo === undefined ? {} : { roundTo: termination.roundTo }),
      ...(termination.noticeBy === undefined ? {} : { noticeBy: termination.noticeBy }),
    },
  });
  steps.push(...clauseRuleSteps(compiled));
  return steps;
}

/** Entry into force, or a party's accession when `joined` is later: GSOMIA → start 2016-11-23. */
export function entryIntoForceStep(compiled: CompiledAgreement, joined: Day, party: string | null): StepOfKind<'entry-into-force'> {
  return {
    kind: 'entry-into-force',
    dates: { start: joined },
    values: { party, accession: joined !== compiled.start, fixedTerms: compiled.initial !== null },
  };
}

/** GSOMIA on 2016-01-01 → not yet in force, entry into force 2016-11-23. */
export function notYetInForceStep(compiled: CompiledAgreement, on: Day): StepOfKind<'not-yet-in-force'> {
  return { kind: 'not-yet-in-force', dates: { on, start: compiled.start }, values: {} };
}

/** GSOMIA term 4 → 2016-11-23 + 3 years = 2019-11-23 … 2016-11-23 + 4 years − 1 day = 2020-11-22. */
export function termStep(compiled: CompiledAgreement, terms: Terms, k: number): StepOfKind<'term'> {
  const before = spanToBoundary(compiled, terms, k - 1);
  const after = spanToBoundary(compiled, terms, k);
  return {
    kind: 'term',
    dates: {
      origin: compiled.start,
      start: terms.boundary(k - 1),
      end: terms.boundary(k) - 1,
      // a fixed last day (duration.until) is the end of term 1 as written, not a span
      ...(k === 1 && compiled.fixedEnd !== null ? { until: compiled.fixedEnd - 1 } : {}),
    },
    values: {
      number: k,
      startSpan: k === 1 ? null : before,
      endSpan: after,
      startClamped: k > 1 && clampedBy(compiled.start, before.months),
      endClamped: clampedBy(compiled.start, after.months),
    },
  };
}

/** GSOMIA term 4 → 2020-11-22 − 90 days = 2020-08-24, limited by the term's last day. */
export function deadlineStep(compiled: CompiledAgreement, terms: Terms, k: number): StepOfKind<'deadline'> {
  const { deadline, limit, limitRole } = termDeadline(compiled, terms, k);
  // What a plain subtraction would give: differs from the deadline when the month clamps.
  const plainSubtraction = addMonthsAndDays(limit, -compiled.notice.months, -compiled.notice.days);
  return {
    kind: 'deadline',
    dates: { limit, deadline, plainSubtraction },
    values: { number: k, notice: compiled.notice, limitRole, clamped: plainSubtraction !== deadline },
  };
}

/** The NPT → in force indefinitely from entry into force, 1970-03-05. */
export function indefiniteStep(compiled: CompiledAgreement, from: Day, on: Day | null): StepOfKind<'indefinite'> {
  return {
    kind: 'indefinite',
    dates: { origin: compiled.start, from, ...(on === null ? {} : { on }) },
    values: { initial: compiled.initial },
  };
}

/**
 * For an agreement that expires, the extensions made by `asOf` and then the expiry,
 * counted from entry into force; nothing for one that renews or runs indefinitely.
 * New START on 2026-11-28 → extended 2021-02-03 by 5 years; expires 2026-02-05.
 */
export function expirySteps(compiled: CompiledAgreement, terms: Terms, asOf: Day): Step[] {
  const { expiresOn } = terms;
  if (expiresOn === null) return [];
  const extensions = compiled.events
    .filter((event) => event.type === 'extension' && (event.term !== null || event.until !== null) && event.day <= asOf)
    .map(
      (event): Step =>
        event.until !== null
          ? extensionUntilStep(event.day, event.until)
          : { kind: 'extension', dates: { on: event.day }, values: { term: event.term as Duration } },
    );
  const span = spanBetween(compiled.start, expiresOn);
  // The end as a fixed last day: the file's duration.until, or the last extension's until.
  const last = extensions.at(-1);
  const fixed = last === undefined ? compiled.fixedEnd !== null : last.kind === 'extension-until';
  const until = fixed ? { until: expiresOn - 1 } : {};
  return [
    ...extensions,
    {
      kind: 'expiry',
      dates: { origin: compiled.start, expiresOn, ...until },
      values: { span, clamped: clampedBy(compiled.start, span.months) },
    },
  ];
}

/** How it ended, and by whose notice: the INF Treaty → ended 2019-08-02, on the US notice of 2019-02-02. */
export function endedStep(
  compiled: CompiledAgreement,
  situation: Situation,
  status: { on: Day; endedOn: Day | null; endReason: string | null },
  party: string | null,
): StepOfKind<'ended'> {
  const endedOn = status.endedOn as Day;
  const notice = situation.notices.find(
    (n) => n.state === 'effective' && n.effectiveOn === endedOn && (party === null || !compiled.multilateral || n.party === party),
  );
  return {
    kind: 'ended',
    dates: { endedOn, on: status.on, ...(notice ? { noticeReceived: notice.received } : {}) },
    values: { reason: status.endReason, party, noticeParty: notice?.party ?? null },
  };
}
