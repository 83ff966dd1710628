import type { Day } from '../calendar/day.js';
import type { Duration } from '../calendar/duration.js';
import type { AgreementEvent } from '../model/schema.js';

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
