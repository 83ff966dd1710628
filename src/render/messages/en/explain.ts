import type { StepKind, StepOfKind } from '../../../engine/explain.js';
import { clauseSteps, roundingRule } from './explain-clauses.js';
import { effectSentence, pendingSentence } from './explain-effect.js';
import { day as d, days, duration, span } from './words.js';

// The sentences of an explanation, one entry per kind of step (engine/explain/steps.ts),
// each with the step's real dates: "Notice deadline for term 4: 2020-11-22 − 90 days =
// 2020-08-24, the latest day D with D + 90 days on or before 2020-11-22."

function clampNote(clamped: boolean): string {
  return clamped ? " (that month is shorter: the day was clamped to the month's end)" : '';
}

function ruleSentence(step: StepOfKind<'rule'>): string {
  const { values } = step;
  const { then, effect, nextDay } = values;
  const notice = duration(values.notice);
  let runs: string;
  if (step.dates.until !== undefined) runs = `It is in force until a fixed last day, ${d(step.dates.until)}, then expires unless extended`;
  else if (values.initial === null) runs = 'It is of unlimited duration';
  else {
    const initial = duration(values.initial);
    if (then === 'renew') runs = `It runs for ${initial}, then renews automatically every ${duration(values.renewal ?? values.initial)}`;
    else if (then === 'expire') runs = `It runs for ${initial}, then expires unless extended`;
    else runs = `It runs for an initial ${initial}, then indefinitely`;
  }
  const termination =
    effect === 'end-of-term'
      ? `a notice received at least ${notice} before the end of a term ends it at the end of that term (received on D, it is ` +
        `timely when D + ${notice} falls on or before the term's last day)`
      : `a notice of withdrawal takes effect ${notice} after receipt${nextDay ? ', on the day after that period runs out' : ''}` +
        roundingRule(values) +
        `${values.initial !== null && then === 'indefinite' ? ', but never before the initial term ends' : ''}`;
  const earliest = values.earliest === null ? '' : `; notice may be given only once it has been in force for ${duration(values.earliest)}`;
  return `${runs}; ${termination}${earliest}.`;
}

function deadlineSentence(step: StepOfKind<'deadline'>): string {
  const { limit, deadline, plainSubtraction } = step.dates;
  const { number, limitRole, clamped } = step.values;
  const notice = duration(step.values.notice);
  const condition =
    limitRole === 'last-day'
      ? `the latest day D with D + ${notice} on or before term ${number}'s last day ${d(limit)}`
      : limitRole === 'first-day-after'
        ? `the latest day whose withdrawal takes effect by ${d(limit)}, the first day after term ${number}`
        : `the latest day whose withdrawal (D + ${notice} + 1 day) takes effect by ${d(limit + 1)}, the first day after term ${number}`;
  if (clamped) {
    return (
      `Notice deadline for term ${number}: ${d(limit)} − ${notice}: ${d(deadline)}, the latest day whose + ${notice} still ` +
      `falls on or before ${d(limit)} (the month clamp: a plain subtraction gives ${d(plainSubtraction)}).`
    );
  }
  return `Notice deadline for term ${number}: ${d(limit)} − ${notice} = ${d(deadline)}, ${condition}.`;
}

const OUTCOME_WORDS = {
  renewed: 'no notice stopped it, so it renewed',
  continued: 'it ran to its end',
  current: 'it is the current term',
  terminated: 'it ended early',
  expired: 'it expired',
} as const;

function historyTermSentence(step: StepOfKind<'history-term'>): string {
  const { origin, start, end, limit, deadline, next } = step.dates;
  const { number, startSpan, limitRole, outcome, startClamped, endClamped } = step.values;
  const endSpan = span(step.values.endSpan);
  const notice = duration(step.values.notice);
  const begins = startSpan === null ? d(start) : `${d(origin)} + ${span(startSpan)} = ${d(start)}${clampNote(startClamped)}`;
  const { endedEarly } = step.values;
  const scheduledLast =
    step.dates.until !== undefined
      ? `${endedEarly ? 'scheduled ' : ''}fixed last day ${d(step.dates.until)}`
      : endedEarly
        ? `scheduled last day ${d(origin)} + ${endSpan} − 1 day`
        : `${d(origin)} + ${endSpan} − 1 day = ${d(end)}${clampNote(endClamped)}`;
  const rule =
    limitRole === 'last-day' ? `${d(limit)} − ${notice}` : `${d(limit)} − ${notice} (withdrawal by ${d(step.dates.withdrawalBy)})`;
  const joiner = step.values.clamped ? ': the latest day that still meets it is' : ' =';
  const result =
    outcome === 'renewed' && next !== undefined
      ? `${OUTCOME_WORDS.renewed} on ${d(next)}`
      : endedEarly
        ? `${OUTCOME_WORDS[outcome]}: last day in force ${d(end)}`
        : OUTCOME_WORDS[outcome];
  return `Term ${number}: ${begins} … ${scheduledLast}; notice deadline ${rule}${joiner} ${d(deadline)}; ${result}.`;
}

function historyNoticeSentence(step: StepOfKind<'history-notice'>): string {
  const { received, effectiveOn, suspended, wouldHave, resumed, retracted, sent, requested } = step.dates;
  const { party, state, remaining } = step.values;
  const parts = [`${party}'s notice received ${d(received)}${sent === undefined ? '' : ` (sent ${d(sent)}; receipt is what counts)`}`];
  if (requested !== undefined) {
    parts.push(
      step.values.requestHonoured
        ? `it asked for ${d(requested)}, no earlier than the rule's day: honoured`
        : `it asked for ${d(requested)}, earlier than the rule's day: not honoured`,
    );
  }
  if (suspended !== undefined && wouldHave !== undefined) {
    parts.push(`it would have taken effect ${d(wouldHave)}`, `suspended ${d(suspended)} with ${days(remaining ?? 0)} remaining`);
  } else if (wouldHave !== undefined && effectiveOn === undefined) {
    parts.push(`it would have taken effect ${d(wouldHave)}`);
  }
  if (resumed !== undefined) parts.push(`resumed ${d(resumed)}: ${d(resumed)} + ${days(remaining ?? 0)}`);
  if (retracted !== undefined) parts.push(`retracted ${d(retracted)}, so it never takes effect`);
  else if (state === 'effective' && effectiveOn !== undefined) parts.push(`it took effect: first day out ${d(effectiveOn)}`);
  else if (state === 'pending' && effectiveOn !== undefined) parts.push(`pending: it takes effect ${d(effectiveOn)}`);
  else if (state === 'suspended') parts.push('still suspended');
  else if (state === 'pending') parts.push('pending');
  return `${parts.join('; ')}.`;
}

/** One sentence per kind of step, each given the step of its kind. */
const steps: { [K in StepKind]: (step: StepOfKind<K>) => string } = {
  clause: (step) => `The clause: “${step.values.clause}”`,
  rule: (step) => ruleSentence(step),
  ...clauseSteps,
  'entry-into-force': (step) => {
    const { party, accession } = step.values;
    if (party !== null && accession) {
      return `It entered into force for ${party} on ${d(step.dates.start)} (accession); dates for ${party} count from that day.`;
    }
    const counted = step.values.fixedTerms ? '; every term boundary is counted from this day, never chained from the previous term' : '';
    return `It entered into force on ${d(step.dates.start)}${counted}.`;
  },
  'not-yet-in-force': (step) =>
    `${d(step.dates.on)} is before entry into force on ${d(step.dates.start)}: not yet in force, so no notice can be given.`,
  'not-a-party': (step) => {
    const { party, leftOn } = step.values;
    return (
      `${party} is not a party on ${d(step.dates.on)}${leftOn === null ? '' : `: out from ${d(leftOn)}`}, so it has nothing ` +
      `to give notice of.`
    );
  },
  ended: (step) => {
    const { reason, noticeParty } = step.values;
    const received = step.dates.noticeReceived;
    const why =
      reason === 'expiry'
        ? 'it expired'
        : reason === 'termination'
          ? 'it was terminated by consent'
          : noticeParty !== null && received !== undefined
            ? `${noticeParty}'s notice of ${d(received)} took effect`
            : 'a notice took effect';
    return `No longer in force: ${why}; ${d(step.dates.endedOn)} is the first day out of force, on or before ${d(step.dates.on)}.`;
  },
  term: (step) => {
    const { number, startSpan, endSpan, startClamped, endClamped } = step.values;
    const { origin, start, end, on } = step.dates;
    const begins =
      startSpan === null ? `on entry into force, ${d(start)}` : `${d(origin)} + ${span(startSpan)} = ${d(start)}${clampNote(startClamped)}`;
    const where = on === undefined ? `Term ${number}` : `${d(on)} falls in term ${number}`;
    const last =
      step.dates.until === undefined
        ? `${d(origin)} + ${span(endSpan)} − 1 day = ${d(end)}${clampNote(endClamped)}`
        : `the fixed last day ${d(step.dates.until)}`;
    return `${where}: it begins ${begins} and its last day is ${last}.`;
  },
  indefinite: (step) => {
    const { origin, from, on } = step.dates;
    const since =
      step.values.initial === null
        ? `since entry into force, ${d(from)}`
        : `from ${d(origin)} + ${duration(step.values.initial)} = ${d(from)}, when the initial term ended`;
    return (
      `${on === undefined ? 'It is' : `On ${d(on)} it is`} in force indefinitely ${since}: no renewal to stop, a notice ` +
      `simply takes effect after its period.`
    );
  },
  expiry: (step) => {
    const { origin, expiresOn, until } = step.dates;
    if (until !== undefined)
      return `It expires unless extended: first day out of force the day after its last day ${d(until)}, ${d(expiresOn)}.`;
    return (
      `It expires unless extended: first day out of force ${d(origin)} + ${span(step.values.span)} = ` +
      `${d(expiresOn)}${clampNote(step.values.clamped)}.`
    );
  },
  extension: (step) => `On ${d(step.dates.on)} the parties extended it by ${duration(step.values.term)}, counted from the end it had then.`,
  deadline: (step) => deadlineSentence(step),
  earliest: (step) => {
    const { joined, earliest, on } = step.dates;
    const who = step.values.party === null ? '' : ` by ${step.values.party}`;
    const verdict = step.values.allowed ? `${d(on)} is on or after it.` : `${d(on)} is before it: notice is not yet possible.`;
    const from = `${d(joined)} + ${duration(step.values.earliest)} = ${d(earliest)}`;
    return `Notice${who} is possible from ${from} (that day included); ${verdict}`;
  },
  'notice-today': (step) => {
    const { on, reach, last, deadline } = step.dates;
    const { daysLeft, timely, number } = step.values;
    const notice = duration(step.values.notice);
    if (timely) {
      return (
        `Notice received ${d(on)} is timely: ${days(daysLeft)} left (${d(on)} + ${notice} = ${d(reach)}, on or before term ` +
        `${number}'s last day ${d(last)}).`
      );
    }
    return (
      `Notice received ${d(on)} is late for term ${number}: its deadline ${d(deadline)} passed ${days(-daysLeft)} before ` +
      `(${d(on)} + ${notice} = ${d(reach)}, after ${d(last)}).`
    );
  },
  effect: (step) => effectSentence(step),
  renewal: (step) => `Unless a notice takes effect first, term ${step.values.number} begins ${d(step.dates.next)} (automatic renewal).`,
  'notice-pending': (step) => pendingSentence(step),
  'notice-suspended': (step) => {
    const { received, suspended, wouldHave } = step.dates;
    const { party, remaining } = step.values;
    return (
      `${party}'s notice of ${d(received)} would have taken effect ${d(wouldHave)}; suspended ${d(suspended)} with ` +
      `${days(remaining)} remaining: if resumed on day V it takes effect on V + ${days(remaining)}.`
    );
  },
  'history-term': (step) => historyTermSentence(step),
  'history-notice': (step) => historyNoticeSentence(step),
  participation: (step) => {
    const { from, until } = step.dates;
    const through = until === undefined ? ' on' : ` through ${d(until - 1)} (out from ${d(until)})`;
    return `${step.values.party} was a party from ${d(from)}${through}.`;
  },
};

export const explain = { heading: 'Why', steps };
