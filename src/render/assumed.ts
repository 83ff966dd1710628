import type { Day } from '../calendar/day.js';
import { formatDay } from '../calendar/day.js';
import type { PlannedEvent } from '../engine/planned-event.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';

// Every answer given with `--assume` says so: the events assumed are not in the record.

/**
 * The `assumed` field of the JSON answers: each assumption as given, with the index its
 * event has in the answer (`pending[].event`, history's `events[].index`).
 * assumedJson([notice 2020-08-24 KR, index 3]) → [{ type: 'notice', date: '2020-08-24', party: 'KR', event: 3 }]
 */
export function assumedJson(assumed: readonly PlannedEvent[]) {
  return assumed.map((event) => ({ type: event.type, date: formatDay(event.day), party: event.party, event: event.index }));
}

/**
 * A JSON answer with `assumed` added after its own fields when something was assumed;
 * unchanged otherwise, so that answers without `--assume` stay byte for byte the same.
 */
export function withAssumed<T extends object>(
  json: T,
  assumed: readonly PlannedEvent[],
): T | (T & { assumed: ReturnType<typeof assumedJson> }) {
  return assumed.length === 0 ? json : { ...json, assumed: assumedJson(assumed) };
}

/**
 * The lines that lead a text answer given with assumptions, one per event ("" when none).
 * `knownOn`: the day answered for, after which events are not known yet (null: all are).
 */
export function assumedText(assumed: readonly PlannedEvent[], knownOn: Day | null, paint: Paint, messages: Messages): string {
  return assumedEvents(assumed, knownOn, messages)
    .map((event) => `${paint.yellow(messages.assumed.line(event))}\n`)
    .join('');
}

/** Each assumption in words: "KR's notice of 2020-08-24 (not in the record)". */
export function assumedEvents(assumed: readonly PlannedEvent[], knownOn: Day | null, messages: Messages): string[] {
  return assumed.map((event) => {
    const notYetOn = knownOn !== null && event.day > knownOn ? knownOn : null;
    return messages.assumed.event({ type: event.type, day: event.day, party: event.party, notYetOn });
  });
}
