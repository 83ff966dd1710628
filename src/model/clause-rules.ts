import { dateProblem, formatDay, parseDay } from '../calendar/day.js';
import { durationProblem, isZeroDuration, parseDuration, periodicSpan, spansNeverOverlap } from '../calendar/duration.js';
import type { FieldProblem } from './field-problem.js';

/** The duration fields the rules of SPEC §6 read (`duration.until` instead of `initial`). */
export interface RuledDuration {
  readonly initial?: string | null | undefined;
  readonly then: string;
  readonly until?: string | undefined;
}

/** The termination fields the rules of SPEC §6 read. */
export interface RuledTermination {
  readonly notice: string;
  readonly effect: string;
  readonly roundTo?: string | undefined;
  readonly noticeBy?: string | undefined;
  readonly windows?: { readonly every: string; readonly length: string } | undefined;
}

/** The event fields the rules of SPEC §6 read. */
export interface RuledEvent {
  readonly type: string;
  readonly date: string;
  readonly term?: string | undefined;
  readonly until?: string | undefined;
  readonly effectiveOn?: string | undefined;
  readonly sent?: string | undefined;
}

const YEAR_DAY = /^--\d{2}-\d{2}$/;
const NONE: readonly FieldProblem[] = Object.freeze([]);

/**
 * A duration object's own rules, checked on it alone (so that they are reported beside
 * mistakes elsewhere in the file): one of `initial` and `until`, and `until` only for an
 * agreement that expires.
 * durationProblems({ until: "2012-12-31", then: "renew" })
 *   → [{ path: ["until"], message: "duration.until (a last day) applies when duration.then is \"expire\", not \"renew\"" }]
 */
export function durationProblems(duration: RuledDuration): readonly FieldProblem[] {
  if (duration.until === undefined) {
    if (duration.initial !== undefined) return NONE;
    const message = 'missing (expected a duration, null for an indefinite agreement, or duration.until, a last day)';
    return [{ path: ['initial'], message }];
  }
  const problems: FieldProblem[] = [];
  if (duration.initial !== undefined) {
    problems.push({ path: ['until'], message: 'duration.until replaces duration.initial: give a last day or an initial term, not both' });
  }
  if (duration.then !== 'expire') {
    const message = `duration.until (a last day) applies when duration.then is "expire", not "${duration.then}"`;
    problems.push({ path: ['until'], message });
  }
  return problems;
}

/**
 * A termination rule's own rule about its notice period: zero only where a cut-off day
 * (`noticeBy`) does the work, as in the Whaling Convention.
 * noticePeriodProblem({ notice: "P0D", effect: "after-notice" }) → { path: ["notice"], message: "invalid duration \"P0D\": …" }
 */
export function noticePeriodProblem(termination: RuledTermination): FieldProblem | null {
  if (!isZeroDuration(termination.notice) || termination.noticeBy !== undefined) return null;
  const why = 'a duration needs at least one non-zero part (a zero notice only with termination.noticeBy)';
  const message = `invalid duration "${termination.notice}": ${why}`;
  return { path: ['notice'], message };
}

/**
 * The rules of SPEC §6 that tie a definition's fields together: roundTo for withdrawals
 * only and never 29 February, noticeBy only with a roundTo day of the year, a last day
 * not before entry into force, one of `term` and `until` on an extension, a notice not
 * sent after it was received nor asking to end before it.
 * clauseProblems({ termination: { effect: "end-of-term", roundTo: "month-start" }, … })
 *   → [{ path: ["termination", "roundTo"], message: "roundTo applies to effect \"after-notice\" only: …" }]
 */
export function clauseProblems(
  entryIntoForce: string,
  duration: RuledDuration,
  termination: RuledTermination,
  events: readonly RuledEvent[],
): readonly FieldProblem[] {
  const { roundTo, noticeBy, windows } = termination;
  // Most files use none of these fields: nothing is allocated for them.
  const none = roundTo === undefined && noticeBy === undefined && windows === undefined && duration.until === undefined;
  if (none && !events.some(usesClauseFields)) return NONE;
  const problems: FieldProblem[] = [];
  const overlap = windows === undefined ? null : windowsProblem(entryIntoForce, windows);
  if (overlap !== null) problems.push(overlap);
  if (roundTo !== undefined) {
    if (termination.effect !== 'after-notice') {
      const message = 'roundTo applies to effect "after-notice" only: it moves the day a withdrawal takes effect';
      problems.push({ path: ['termination', 'roundTo'], message });
    }
    if (roundTo === '--02-29') {
      problems.push({ path: ['termination', 'roundTo'], message: 'roundTo cannot be --02-29: most years have no 29 February' });
    }
  }
  if (noticeBy !== undefined) {
    if (roundTo === undefined || !YEAR_DAY.test(roundTo)) {
      const message = 'noticeBy applies only with a roundTo day of the year ("--MM-DD"), the day the withdrawal takes effect';
      problems.push({ path: ['termination', 'noticeBy'], message });
    }
    if (noticeBy === '--02-29') {
      problems.push({ path: ['termination', 'noticeBy'], message: 'noticeBy cannot be --02-29: most years have no 29 February' });
    }
  }
  if (duration.until !== undefined && duration.until < entryIntoForce) {
    const message = `duration.until ${duration.until} (the last day in force) is before entry into force on ${entryIntoForce}`;
    problems.push({ path: ['duration', 'until'], message });
  }
  for (let index = 0; index < events.length; index += 1) {
    const found = eventProblems(events[index] as RuledEvent, index);
    if (found.length > 0) problems.push(...found);
  }
  return problems;
}

/**
 * Windows for notice do not overlap: each has closed by the day the next one opens (window
 * k is calendar/duration.ts's periodicSpan, as the engine reads it). The first 48 are
 * checked: monthly windows then meet every month in common years and leap years alike,
 * yearly ones both kinds of year (only a window spanning years, overlapping in a century's
 * common year alone, could slip through). In force 2000-01-01,
 * every P1M for P2M → "window 1 runs through 2000-03-31, and window 2 opens on 2000-03-01".
 */
const WINDOWS_CHECKED = 48;

function windowsProblem(entryIntoForce: string, windows: { readonly every: string; readonly length: string }): FieldProblem | null {
  // A bad date or duration is reported where it is; there is nothing to compare then.
  if (dateProblem(entryIntoForce) !== null || durationProblem(windows.every) !== null || durationProblem(windows.length) !== null)
    return null;
  const start = parseDay(entryIntoForce);
  const every = parseDuration(windows.every);
  const length = parseDuration(windows.length);
  // Stryker disable next-line ConditionalExpression: where the bound holds the windows below never overlap; skipping them is speed only
  if (spansNeverOverlap(every, length)) return null;
  for (let k = 1; k <= WINDOWS_CHECKED; k += 1) {
    const { closes } = periodicSpan(start, every, length, k);
    const next = periodicSpan(start, every, length, k + 1).opens;
    if (closes > next) {
      const message = `windows overlap: window ${k} runs through ${formatDay(closes - 1)}, and window ${k + 1} opens on ${formatDay(next)} (a length of ${windows.length} every ${windows.every})`;
      return { path: ['termination', 'windows', 'length'], message };
    }
  }
  return null;
}

function usesClauseFields(event: RuledEvent): boolean {
  return event.type === 'extension' || event.sent !== undefined || event.effectiveOn !== undefined;
}

function eventProblems(event: RuledEvent, index: number): readonly FieldProblem[] {
  if (event.type === 'extension') {
    if (event.term !== undefined && event.until !== undefined) {
      return [{ path: ['events', index, 'until'], message: 'an extension gives a term or a new last day (until), not both' }];
    }
    if (event.term === undefined && event.until === undefined) {
      return [{ path: ['events', index, 'term'], message: 'missing (expected a duration, or until: the new last day)' }];
    }
    return NONE;
  }
  if (event.type !== 'notice') return NONE;
  const problems: FieldProblem[] = [];
  if (event.sent !== undefined && event.sent > event.date) {
    problems.push({ path: ['events', index, 'sent'], message: `sent on ${event.sent}, after it was received on ${event.date}` });
  }
  if (event.effectiveOn !== undefined && event.effectiveOn < event.date) {
    const message = `effectiveOn ${event.effectiveOn} is before the notice was received on ${event.date}`;
    problems.push({ path: ['events', index, 'effectiveOn'], message });
  }
  return problems.length === 0 ? NONE : problems;
}
