import type { Duration } from '../calendar/duration.js';
import type { Deadline } from '../engine/deadlines.js';
import type { Span, Step } from '../engine/explain.js';
import type { History } from '../engine/history.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Status } from '../engine/status.js';
import { showDay, showDayOrNull } from './dates.js';
import { stepDates, stepSentence } from './explain-text.js';
import { neutral } from './messages/index.js';

/**
 * The stable JSON shapes of SPEC §4. Fields may be added here, never renamed: scripts
 * depend on them.
 */
export function statusJson(status: Status) {
  const { notice } = status;
  return {
    agreement: status.agreement,
    on: showDay(status.on),
    party: status.party,
    inForce: status.inForce,
    endedOn: showDayOrNull(status.endedOn),
    endReason: status.endReason,
    phase: status.phase,
    term: status.term && { number: status.term.number, start: showDay(status.term.start), end: showDay(status.term.end) },
    nextRenewal: showDayOrNull(status.nextRenewal),
    notice: {
      possible: notice.possible,
      deadline: showDayOrNull(notice.deadline),
      daysLeft: notice.daysLeft,
      effectiveOn: showDayOrNull(notice.effectiveOn),
      nextDeadline: showDayOrNull(notice.nextDeadline),
      earliestOn: showDayOrNull(notice.earliestOn),
      cannotStop: notice.cannotStop,
    },
    pending: status.pending.map((n) => ({
      party: n.party,
      received: showDay(n.received),
      state: n.state,
      effectiveOn: showDayOrNull(n.effectiveOn),
      remainingDays: n.remainingDays,
      event: n.index,
    })),
  };
}

export function historyJson(history: History) {
  return {
    agreement: history.agreement,
    from: showDayOrNull(history.from),
    until: showDay(history.until),
    party: history.party,
    endedOn: showDayOrNull(history.endedOn),
    endReason: history.endReason,
    terms: history.terms.map((term) => ({
      number: term.number,
      start: showDay(term.start),
      end: showDay(term.end),
      noticeDeadline: showDayOrNull(term.noticeDeadline),
      outcome: term.outcome,
    })),
    phases: history.phases.map((phase) => ({ kind: phase.kind, start: showDay(phase.start), end: showDayOrNull(phase.end) })),
    participation: history.participation.map((stint) => ({ party: stint.party, from: showDay(stint.from), until: showDayOrNull(stint.until) })),
    events: history.events.map((event) => ({
      index: event.index,
      type: event.type,
      date: showDay(event.date),
      party: event.party,
      state: event.state,
      effectiveOn: showDayOrNull(event.effectiveOn),
      note: event.note,
    })),
  };
}

export function deadlineJson(deadline: Deadline) {
  return {
    date: showDay(deadline.date),
    agreement: deadline.agreement,
    kind: deadline.kind,
    daysUntil: deadline.daysUntil,
    description: neutral.deadlines.description(deadline),
    party: deadline.party,
    term: deadline.term,
  };
}

export function deadlinesJson(from: number, until: number, deadlines: readonly Deadline[]) {
  return { from: showDay(from), until: showDay(until), deadlines: deadlines.map(deadlineJson) };
}

export function listJson(agreements: readonly CompiledAgreement[]) {
  return {
    agreements: agreements.map((compiled) => ({
      id: compiled.id,
      title: compiled.definition.title,
      shortTitle: compiled.definition.shortTitle ?? null,
      kind: compiled.definition.kind,
      parties: compiled.parties,
      entryIntoForce: compiled.definition.entryIntoForce,
      duration: compiled.definition.duration,
      termination: compiled.definition.termination,
    })),
  };
}

/** JSON text as printed: two-space indent and a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `--json --explain`: each step with its sentence, its dates by role and its other values. */
export function explanationJson(steps: readonly Step[]) {
  return steps.map((step) => ({
    step: step.kind,
    text: stepSentence(step, neutral),
    dates: stepDates(step),
    values: valuesJson(step.values),
  }));
}

// Every value some step carries, derived from the Step union, so that a new kind of value
// fails to compile in valueJson below until it is given its words.
type ValueOf<T> = T extends unknown ? T[keyof T] : never;
type StepValue = ValueOf<Step['values']>;

/**
 * A step's values with its durations and spans in the neutral table's words, as the JSON
 * has always printed them (scripts read them):
 * { notice: P90D, endSpan: { months: 48, days: 0 } } → { notice: '90 days', endSpan: '4 years' }.
 */
function valuesJson(values: Step['values']): Record<string, string | number | boolean | null> {
  return Object.fromEntries(Object.entries(values as Record<string, StepValue>).map(([name, value]) => [name, valueJson(value)]));
}

function valueJson(value: StepValue): string | number | boolean | null {
  if (value === null || typeof value !== 'object') return value;
  return isDuration(value) ? neutral.duration(value) : neutral.span(value);
}

// A Duration keeps the text it was written as; a Span is months and days alone.
const isDuration = (value: Duration | Span): value is Duration => 'text' in value;
