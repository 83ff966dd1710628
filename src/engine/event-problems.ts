import { type Day, formatDay } from '../calendar/day.js';
import { quoted } from '../errors.js';
import type { NoticeState } from './course.js';
import type { EventType } from './planned-event.js';

/**
 * What the replay says when a file's events contradict each other: validation messages,
 * each reported with the path of its event's field (`events[2].date`). Dates are written
 * inside the messages only: most events raise none, and a scan of 10,000 files replays
 * every event while it compiles them.
 */
export const EVENT_PROBLEM = {
  beforeEntryIntoForce: (type: EventType, day: Day, start: Day) =>
    `${type} on ${formatDay(day)} is before entry into force on ${formatDay(start)}`,
  outOfOrder: (day: Day, previous: Day) => `events must be in date order: ${formatDay(day)} comes after ${formatDay(previous)}`,
  unknownParty: (party: string, parties: readonly string[]) => `party ${quoted(party)} is not one of the parties (${parties.join(', ')})`,
  afterTheEnd: (type: EventType, day: Day, endedOn: Day) =>
    `${type} on ${formatDay(day)}, but the agreement was no longer in force from ${formatDay(endedOn)}`,
  nothingToSuspend: (party: string, day: Day) => `nothing pending: ${party} has no pending notice on ${formatDay(day)} to suspend`,
  nothingToResume: (party: string, day: Day) => `nothing suspended: ${party} has no suspended notice on ${formatDay(day)} to resume`,
  nothingToRetract: (party: string, day: Day) =>
    `nothing pending: ${party} has no pending or suspended notice on ${formatDay(day)} to retract`,
  accessionBilateral: 'accession applies to multilateral agreements only',
  alreadyAParty: (party: string, day: Day) => `accession of ${party} on ${formatDay(day)}, but ${party} was already a party`,
  notAParty: (party: string, day: Day) => `notice from ${party} on ${formatDay(day)}, but ${party} was not a party then`,
  stillOpen: (party: string, day: Day, received: Day, state: NoticeState) =>
    `notice from ${party} on ${formatDay(day)}, but its notice of ${formatDay(received)} is still ${state}`,
  extensionNotExpiring: 'extension applies to agreements whose duration.then is "expire"',
  doesNotExtend: (until: Day, lastDay: Day) =>
    `an extension until ${formatDay(until)} does not extend: it already runs through ${formatDay(lastDay)}`,
};
