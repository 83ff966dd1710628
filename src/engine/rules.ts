import { parseDay, type Day } from '../calendar/day.js';
import { parseDuration, type Duration } from '../calendar/duration.js';
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
  readonly events: readonly PlannedEvent[];
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
    timeZone: canonicalZone(definition.timeZone),
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
