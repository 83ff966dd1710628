import { type Day, formatDay, isInRange } from '../calendar/day.js';
import type { Duration } from '../calendar/duration.js';
import { formatInstant } from '../calendar/instant.js';
import { weekdayOf } from '../calendar/weekday.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Deadline } from '../engine/deadline.js';
import type { NonWorkingDay } from '../engine/deadline-day.js';
import type { Span, Step } from '../engine/explain.js';
import type { History } from '../engine/history.js';
import type { Status } from '../engine/status.js';
import { showDay } from './dates.js';
import { stepSentence } from './explain-text.js';
import { neutral } from './messages/index.js';

/**
 * Days for JSON: "2020-08-24", or null for a computed day outside the calendar (after
 * 9999-12-31, before 0001-01-01), whose field path is then listed in `outsideCalendar`, so
 * that a date field only ever holds a date or null.
 * jsonDays().day(LAST_DAY + 1, 'nextRenewal') → null, outside → ['nextRenewal']
 */
function jsonDays() {
  const outside: string[] = [];
  const day = (value: Day, path: string): string | null => {
    if (isInRange(value)) return formatDay(value);
    outside.push(path);
    return null;
  };
  const dayOrNull = (value: Day | null, path: string): string | null => (value === null ? null : day(value, path));
  // An instant past the calendar (a deadline of 9999-12-31 ends in 10000 west of Greenwich) is null too.
  const instant = (value: number | null, path: string): string | null => {
    const text = value === null ? null : formatInstant(value);
    if (value !== null && text === null) outside.push(path);
    return text;
  };
  const nonWorking = (value: NonWorkingDay | null, path: string) =>
    value && { reason: value.reason, holiday: value.holiday, lastWorkingDay: day(value.lastWorkingDay, `${path}.lastWorkingDay`) };
  return { day, dayOrNull, instant, nonWorking, outside };
}

/** The answer, with `outsideCalendar` (the paths of its days past the calendar) when there are any. */
function withOutside<T extends object>(json: T, outside: readonly string[]): T & { outsideCalendar?: readonly string[] } {
  return outside.length === 0 ? json : { ...json, outsideCalendar: outside };
}

/**
 * The stable JSON shapes of SPEC §4. Fields may be added here, never renamed: scripts
 * depend on them.
 */
export function statusJson(status: Status) {
  const { notice } = status;
  const { day, dayOrNull, instant, nonWorking, outside } = jsonDays();
  const json = {
    agreement: status.agreement,
    on: day(status.on, 'on'),
    party: status.party,
    inForce: status.inForce,
    endedOn: dayOrNull(status.endedOn, 'endedOn'),
    endReason: status.endReason,
    phase: status.phase,
    term: status.term && { number: status.term.number, start: day(status.term.start, 'term.start'), end: day(status.term.end, 'term.end') },
    nextRenewal: dayOrNull(status.nextRenewal, 'nextRenewal'),
    notice: {
      possible: notice.possible,
      deadline: dayOrNull(notice.deadline, 'notice.deadline'),
      daysLeft: notice.daysLeft,
      effectiveOn: dayOrNull(notice.effectiveOn, 'notice.effectiveOn'),
      // SPEC §8: the deadline's weekday, its end as a UTC instant, and whether offices are open on it
      deadlineWeekday: notice.deadlineDay?.weekday ?? null,
      deadlineEndsAt: instant(notice.deadlineDay?.endsAt ?? null, 'notice.deadlineEndsAt'),
      deadlineNonWorking: nonWorking(notice.deadlineDay?.nonWorking ?? null, 'notice.deadlineNonWorking'),
      nextDeadline: dayOrNull(notice.nextDeadline, 'notice.nextDeadline'),
      earliestOn: dayOrNull(notice.earliestOn, 'notice.earliestOn'),
      cannotStop: notice.cannotStop,
      ends: notice.ends,
      // SPEC §6 windows: the last day of the window holding the day, only with windows for notice
      ...(notice.windowLastDay === null ? {} : { windowLastDay: dayOrNull(notice.windowLastDay, 'notice.windowLastDay') }),
    },
    // SPEC §6: after a withdrawal, what survives and its last day (termination.survives)
    survivesUntil: dayOrNull(status.survives?.until ?? null, 'survivesUntil'),
    survives: status.survives?.what ?? null,
    scheduledEnd: status.scheduledEnd && {
      on: day(status.scheduledEnd.on, 'scheduledEnd.on'),
      reason: status.scheduledEnd.reason,
      party: status.scheduledEnd.party,
      received: dayOrNull(status.scheduledEnd.received, 'scheduledEnd.received'),
    },
    pending: status.pending.map((n, i) => ({
      party: n.party,
      received: day(n.received, `pending[${i}].received`),
      state: n.state,
      effectiveOn: dayOrNull(n.effectiveOn, `pending[${i}].effectiveOn`),
      remainingDays: n.remainingDays,
      event: n.index,
    })),
    // SPEC §7: the soonest end an action on the day could bring about
    earliestEnd: dayOrNull(status.earliestEnd, 'earliestEnd'),
  };
  return withOutside(json, outside);
}

export function historyJson(history: History) {
  const { day, dayOrNull, outside } = jsonDays();
  const json = {
    agreement: history.agreement,
    from: dayOrNull(history.from, 'from'),
    until: day(history.until, 'until'),
    party: history.party,
    endedOn: dayOrNull(history.endedOn, 'endedOn'),
    endReason: history.endReason,
    terms: history.terms.map((term, i) => ({
      number: term.number,
      start: day(term.start, `terms[${i}].start`),
      end: day(term.end, `terms[${i}].end`),
      noticeDeadline: dayOrNull(term.noticeDeadline, `terms[${i}].noticeDeadline`),
      noticeDeadlineWeekday: term.noticeDeadline === null ? null : weekdayOf(term.noticeDeadline),
      outcome: term.outcome,
    })),
    phases: history.phases.map((phase, i) => ({
      kind: phase.kind,
      start: day(phase.start, `phases[${i}].start`),
      end: dayOrNull(phase.end, `phases[${i}].end`),
    })),
    participation: history.participation.map((stint, i) => ({
      party: stint.party,
      from: day(stint.from, `participation[${i}].from`),
      until: dayOrNull(stint.until, `participation[${i}].until`),
    })),
    events: history.events.map((event, i) => ({
      index: event.index,
      type: event.type,
      date: day(event.date, `events[${i}].date`),
      party: event.party,
      state: event.state,
      effectiveOn: dayOrNull(event.effectiveOn, `events[${i}].effectiveOn`),
      note: event.note,
      // SPEC §6, each only when the file gives it: the day sent, the day asked for (and whether honoured), an extension's new last day
      ...(event.sent === null ? {} : { sent: dayOrNull(event.sent, `events[${i}].sent`) }),
      ...(event.requested === null
        ? {}
        : { requested: dayOrNull(event.requested, `events[${i}].requested`), requestHonoured: event.requestHonoured }),
      ...(event.until === null ? {} : { until: dayOrNull(event.until, `events[${i}].until`) }),
    })),
  };
  return withOutside(json, outside);
}

/** One deadline, as `deadlines --json` lists it. */
export function deadlineJson(deadline: Deadline) {
  return deadlineEntry(deadline, jsonDays(), 'deadline');
}

/** One deadline; `path` names it where its days go in `outsideCalendar` ("deadlines[3]"). */
function deadlineEntry(deadline: Deadline, json: ReturnType<typeof jsonDays>, path: string) {
  return {
    date: showDay(deadline.date),
    agreement: deadline.agreement,
    kind: deadline.kind,
    daysUntil: deadline.daysUntil,
    description: neutral.deadlines.description(deadline),
    party: deadline.party,
    term: deadline.term,
    weekday: deadline.weekday,
    endsAt: json.instant(deadline.endsAt, `${path}.endsAt`),
    nonWorking: json.nonWorking(deadline.nonWorking, `${path}.nonWorking`),
    // SPEC §6 windows: the window's number, on its opening and its last day only
    ...(deadline.kind === 'window-opens' || deadline.kind === 'window-closes' ? { window: deadline.window } : {}),
  };
}

export function deadlinesJson(from: number, until: number, deadlines: readonly Deadline[]) {
  const json = jsonDays();
  const list = deadlines.map((deadline, i) => deadlineEntry(deadline, json, `deadlines[${i}]`));
  return withOutside({ from: showDay(from), until: showDay(until), deadlines: list }, json.outside);
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
      // SPEC §7: the ids of the other readings of the record ([] when there are none)
      readings: (compiled.definition.readings ?? []).map((reading) => reading.id),
    })),
  };
}

/** JSON text as printed: two-space indent and a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `--json --explain`: each step with its sentence, its dates by role and its other values. */
export function explanationJson(steps: readonly Step[]) {
  return steps.map((step) => {
    // A date field holds a date or null; the roles of days past the calendar are listed.
    const { day, outside } = jsonDays();
    const dates = Object.fromEntries(Object.entries(step.dates as Record<string, Day>).map(([role, value]) => [role, day(value, role)]));
    const json = { step: step.kind, text: stepSentence(step, neutral), dates, values: valuesJson(step.values) };
    return withOutside(json, outside);
  });
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
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return value;
  return isDuration(value) ? neutral.duration(value) : neutral.span(value);
}

// A Duration keeps the text it was written as; a Span is months and days alone.
const isDuration = (value: Duration | Span): value is Duration => 'text' in value;
