import { type Day, parseDay } from '../calendar/day.js';
import { type Duration, durationOf, isZeroDuration, parseDuration } from '../calendar/duration.js';
import { type MonthDay, parseMonthDay } from '../calendar/month-day.js';
import { canonicalZone } from '../calendar/time-zone.js';
import type { Agreement } from '../model/schema.js';
import type { PlannedEvent } from './planned-event.js';

export type { EventType, PlannedEvent } from './planned-event.js';

/**
 * An agreement definition with its dates and durations parsed once: the clauses every
 * rule of SPEC §2 reads. `compile` (compile.ts) adds the course of its events.
 */
export interface AgreementRules {
  readonly id: string;
  readonly name: string;
  readonly definition: Agreement;
  readonly multilateral: boolean;
  readonly parties: readonly string[];
  readonly timeZone: string;
  /** S, entry into force */
  readonly start: Day;
  /** I; null when indefinite from entry into force */
  readonly initial: Duration | null;
  readonly then: Agreement['duration']['then'];
  /** R, when it renews */
  readonly renewal: Duration | null;
  /** N */
  readonly notice: Duration;
  readonly effect: Agreement['termination']['effect'];
  /** 1 when a withdrawal takes effect the day after N has run (`lapse: "next-day"`) */
  readonly lapseDays: 0 | 1;
  readonly earliest: Duration | null;
  /**
   * `duration.until`: the first day out of force of a fixed end (its last day + 1), else
   * null. `initial` then holds the same span in days, so that every reader of it sees a
   * fixed initial term.
   */
  readonly fixedEnd: Day | null;
  /** `termination.roundTo`: the 1st of a month, or a day of the year (1 January for "year-start") */
  readonly roundTo: 'month-start' | MonthDay | null;
  /** `termination.noticeBy`: the cut-off day of the year for the roundTo anchor */
  readonly noticeBy: MonthDay | null;
  /** `termination.windows`: notice only inside window k ≥ 1, from S + k·every for `length` */
  readonly windows: NoticeWindows | null;
  /** `termination.survives`: what continues, and for how long after a withdrawal took effect */
  readonly survives: { readonly for: Duration; readonly what: string } | null;
  readonly events: readonly PlannedEvent[];
}

export interface NoticeWindows {
  readonly every: Duration;
  readonly length: Duration;
}

const YEAR_START: MonthDay = Object.freeze({ month: 1, day: 1 });

function roundToOf(text: string | undefined): AgreementRules['roundTo'] {
  if (text === undefined) return null;
  if (text === 'month-start') return text;
  return text === 'year-start' ? YEAR_START : parseMonthDay(text);
}

/** N, zero written as such where a cut-off day does the work (the Whaling Convention's P0D). */
function noticePeriodOf(text: string): Duration {
  return isZeroDuration(text) ? Object.freeze({ months: 0, days: 0, text }) : parseDuration(text, 'termination.notice');
}

/** rulesOf(gsomia) → { start: 2016-11-23, initial: P1Y, renewal: P1Y, notice: P90D, … } */
export function rulesOf(definition: Agreement): AgreementRules {
  const { duration, termination } = definition;
  const start = parseDay(definition.entryIntoForce, 'entryIntoForce');
  const fixedEnd = duration.until === undefined ? null : parseDay(duration.until, 'duration.until') + 1;
  return {
    id: definition.id,
    name: definition.shortTitle ?? definition.title,
    definition,
    multilateral: definition.kind === 'multilateral',
    parties: definition.parties,
    timeZone: canonicalZone(definition.timeZone),
    start,
    initial: fixedEnd !== null ? durationOf(0, fixedEnd - start) : initialOf(duration.initial),
    then: duration.then,
    renewal: duration.renewal === undefined ? null : parseDuration(duration.renewal, 'duration.renewal'),
    notice: noticePeriodOf(termination.notice),
    effect: termination.effect,
    // only read for "after-notice": the schema rejects a next-day lapse with any other effect
    lapseDays: termination.lapse === 'next-day' ? 1 : 0,
    earliest: termination.earliest === undefined ? null : parseDuration(termination.earliest, 'termination.earliest'),
    fixedEnd,
    roundTo: roundToOf(termination.roundTo),
    noticeBy: termination.noticeBy === undefined ? null : parseMonthDay(termination.noticeBy),
    windows: termination.windows === undefined ? null : windowsOf(termination.windows),
    survives: termination.survives === undefined ? null : { for: parseDuration(termination.survives.for), what: termination.survives.what },
    events: definition.events.map((event, index) => ({
      index,
      type: event.type,
      day: parseDay(event.date, `events[${index}].date`),
      party: event.party ?? null,
      term: event.type === 'extension' && event.term !== undefined ? parseDuration(event.term, `events[${index}].term`) : null,
      until: event.type === 'extension' ? eventDay(event.until, index, 'until') : null,
      effectiveOn: event.type === 'notice' ? eventDay(event.effectiveOn, index, 'effectiveOn') : null,
      sent: event.type === 'notice' ? eventDay(event.sent, index, 'sent') : null,
      note: event.note ?? null,
    })),
  };
}

function windowsOf(windows: { every: string; length: string }): NoticeWindows {
  return { every: parseDuration(windows.every, 'windows.every'), length: parseDuration(windows.length, 'windows.length') };
}

function initialOf(text: string | null | undefined): Duration | null {
  return text === null || text === undefined ? null : parseDuration(text, 'duration.initial');
}

/** An event's optional day, its field named (`events[2].sent`) only when there is one to parse. */
function eventDay(text: string | undefined, index: number, field: string): Day | null {
  return text === undefined ? null : parseDay(text, `events[${index}].${field}`);
}
