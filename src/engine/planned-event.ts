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
  /** extension only, instead of term: the new last day in force */
  readonly until: Day | null;
  /** notice only: the first day out that the notice itself asks for */
  readonly effectiveOn: Day | null;
  /** notice only: the day it was dispatched (receipt, `day`, is what counts) */
  readonly sent: Day | null;
  readonly note: string | null;
}
