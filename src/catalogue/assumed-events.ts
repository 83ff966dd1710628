import { type Day, dateProblem } from '../calendar/day.js';
import { assumingEvents } from '../engine/assume.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import { listedParty } from '../engine/parties.js';
import type { EventType, PlannedEvent } from '../engine/planned-event.js';
import { GsomiaError, quoted } from '../errors.js';
import { editDistance } from '../model/edit-distance.js';
import type { AgreementEvent } from '../model/schema.js';

// `--assume TYPE:DATE[:PARTY]`: an event of the file format, given on the command line.
// It is checked like a file's event (the same compile step replays it among the file's
// events), and every error names the value as it was typed.

/** The agreement to answer for, and the events assumed in it (none: the agreement as it is). */
export interface Assuming {
  readonly compiled: CompiledAgreement;
  readonly assumed: readonly PlannedEvent[];
}

/** The event types a value can give: an extension needs a term or an until, which the grammar has no place for. */
const TYPES = ['notice', 'suspension', 'resumption', 'retraction', 'accession', 'termination'] as const;
type AssumableType = (typeof TYPES)[number];
const PARTY_OPTIONAL: ReadonlySet<EventType> = new Set(['termination']);

const GRAMMAR = 'expected TYPE:DATE[:PARTY], e.g. notice:2026-08-24:KR';

const fail = (value: string, reason: string) =>
  new GsomiaError('INVALID_ASSUMPTION', `--assume ${quoted(value)}: ${reason}`, 2, { value: quoted(value) });

/** " (did you mean suspension?)" for a word a type starts with ("suspend") or is within two edits of. */
function typeHint(word: string): string {
  const lower = word.toLowerCase();
  const near = TYPES.find((type) => (lower.length >= 4 && type.startsWith(lower.slice(0, -1))) || editDistance(lower, type) <= 2);
  return near === undefined ? '' : ` (did you mean ${near}?)`;
}

/** One value read by the grammar and checked against the agreement's parties. */
function assumedEvent(value: string, compiled: CompiledAgreement): AgreementEvent {
  const parts = value.split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => part === '')) throw fail(value, GRAMMAR);
  const [type = '', date = '', party] = parts;
  if (type === 'extension') throw fail(value, 'an extension needs a term or an until: give it in a definition file');
  if (!(TYPES as readonly string[]).includes(type)) {
    throw fail(value, `unknown event type ${quoted(type)}${typeHint(type)}: types are ${TYPES.join(', ')}`);
  }
  const problem = dateProblem(date);
  if (problem !== null) throw fail(value, `invalid date ${quoted(date)}: ${problem}`);
  const parties = `(parties: ${compiled.parties.join(', ')})`;
  if (party === undefined) {
    if (PARTY_OPTIONAL.has(type as AssumableType)) return { type: 'termination', date };
    throw fail(value, `a ${type} needs a party: ${type}:${date}:PARTY ${parties}`);
  }
  const listed = listedParty(compiled, party);
  if (listed === null) throw fail(value, `unknown party ${quoted(party)} ${parties}`);
  return { type: type as AssumableType, date, party: listed };
}

/**
 * The agreement as known on `knownOn` with the assumed events among its own; exit 2
 * naming the value when one is malformed, given twice or contradicts the record.
 * withAssumptions(gsomia, ['notice:2020-08-24:KR'], 2020-11-23).assumed → [KR's notice of 2020-08-24]
 */
export function withAssumptions(compiled: CompiledAgreement, values: readonly string[] | undefined, knownOn: Day): Assuming {
  // Nothing assumed: the agreement as it is, not compiled again.
  if (values === undefined || values.length === 0) return { compiled, assumed: [] };
  const events = values.map((value) => assumedEvent(value, compiled));
  const seen = new Set<string>();
  events.forEach((event, index) => {
    const key = `${event.type}:${event.date}:${event.party ?? ''}`;
    if (seen.has(key)) throw fail(values[index] as string, 'given twice');
    seen.add(key);
  });
  const result = assumingEvents(compiled.definition, events, knownOn);
  if (result.ok) return { compiled: result.agreement, assumed: result.assumed };
  const { assumption, event, message } = result.problem;
  const value = values[assumption] as string;
  if (event === null) throw fail(value, message);
  throw new GsomiaError('INVALID_ASSUMPTION', `--assume ${quoted(value)} contradicts the file's events[${event}]: ${message}`, 2, {
    value: quoted(value),
    event: String(event),
  });
}
