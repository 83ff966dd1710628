import { parseDay, type Day } from '../calendar/day.js';
import { parseDuration, type Duration } from '../calendar/duration.js';
import type { Agreement, AgreementEvent } from '../model/schema.js';
import type { Course } from './course.js';

export type EventType = AgreementEvent['type'];

/** An event with its calendar day and its index in the file, for messages. */
export interface PlannedEvent {
  readonly index: number;
  readonly type: EventType;
  readonly day: Day;
  readonly party: string | null;
  /** extension only: how far the end moves */
  readonly term: Duration | null;
  readonly note: string | null;
}

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
  readonly events: readonly PlannedEvent[];
}

/**
 * The agreement compiled: its rules, and what its events did (replayed once, course.ts).
 * Every answer (status, history, deadlines, explanations, timeline) reads this.
 */
export interface Plan extends AgreementRules {
  readonly course: Course;
}

/** rulesOf(gsomia) → { start: 2016-11-23, initial: P1Y, renewal: P1Y, notice: P90D, … } */
export function rulesOf(definition: Agreement): AgreementRules {
  const { duration, termination } = definition;
  return {
    id: definition.id,
    name: definition.shortTitle ?? definition.title,
    definition,
    multilateral: definition.kind === 'multilateral',
    parties: definition.parties,
    timeZone: definition.timeZone,
    start: parseDay(definition.entryIntoForce, 'entryIntoForce'),
    initial: duration.initial === null ? null : parseDuration(duration.initial, 'duration.initial'),
    then: duration.then,
    renewal: duration.renewal === undefined ? null : parseDuration(duration.renewal, 'duration.renewal'),
    notice: parseDuration(termination.notice, 'termination.notice'),
    effect: termination.effect,
    // only read for "after-notice": the schema rejects a next-day lapse with any other effect
    lapseDays: termination.lapse === 'next-day' ? 1 : 0,
    earliest: termination.earliest === undefined ? null : parseDuration(termination.earliest, 'termination.earliest'),
    events: definition.events.map((event, index) => ({
      index,
      type: event.type,
      day: parseDay(event.date, `events[${index}].date`),
      party: event.party ?? null,
      term: event.type === 'extension' ? parseDuration(event.term, `events[${index}].term`) : null,
      note: event.note ?? null,
    })),
  };
}
