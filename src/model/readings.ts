import { quoted } from '../errors.js';
import { noticePeriodProblem } from './clause-rules.js';
import { type FieldProblem, fieldProblems, type RuledFields } from './field-rules.js';

/** What the rules read of one reading (schema.ts gives its type, ReadingDefinition). */
interface WrittenReading {
  readonly id: string;
  readonly title: string;
  readonly note?: string | undefined;
  readonly sources?: readonly unknown[] | undefined;
  readonly events?: RuledFields['events'] | undefined;
  readonly duration?: RuledFields['duration'] | undefined;
  readonly termination?: { readonly [K in keyof RuledFields['termination']]?: RuledFields['termination'][K] | undefined } | undefined;
}

/** What the reading rules read of a definition: its own fields and its readings. */
type WithReadings = RuledFields & {
  readonly note?: string | undefined;
  readonly sources?: readonly unknown[] | undefined;
  readonly reading?: { readonly id: string; readonly title: string } | undefined;
  readonly readings?: readonly WrittenReading[] | undefined;
};

/**
 * A reading as a whole definition: the main one with the reading's events, duration,
 * note and sources in place of its own, and its termination fields over the main ones;
 * `reading` names it, and it has no readings of its own.
 * readingDefinition(gsomia, tokyo) → { …gsomia, reading: { id: 'tokyo', … }, events: [notice, retraction] }
 */
export function readingDefinition<T extends WithReadings>(definition: T, reading: WrittenReading): Omit<T, 'readings'> {
  // Copied key by key: an object rest (`{ readings, ...main }`) and a spread of it cost ten
  // times as much (V8 builds those copies through its slow path), in the same key order.
  const whole: Record<string, unknown> = {};
  for (const key in definition) if (key !== 'readings') whole[key] = definition[key];
  whole.reading = { id: reading.id, title: reading.title };
  // The fields the rules read are merged in one place (readingRules).
  const { duration, termination, events } = readingRules(definition, reading);
  whole.duration = duration;
  whole.termination = termination;
  whole.events = events;
  whole.note = reading.note ?? definition.note;
  whole.sources = reading.sources ?? definition.sources;
  return whole as Omit<T, 'readings'>;
}

/**
 * The rules of SPEC §7 for readings, once the shape is right: ids used once and not the
 * main reading's, and each reading, taken as a whole definition, passing the rules that
 * tie fields together (field-rules.ts). A reading's problem is named by its path in the
 * file (`readings[0].termination.lapse`); one the main reading has already is not repeated.
 * readingProblems({ …, readings: [{ id: 'a', … }, { id: 'a', … }] }) → [{ path: ['readings', 1, 'id'], message: 'reading id "a" is used twice' }]
 */
export function readingProblems(definition: WithReadings): FieldProblem[] {
  const readings = definition.readings ?? [];
  if (readings.length === 0) return [];
  const problems: FieldProblem[] = [];
  // A file has a reading or two: a list is all the ids need. The main reading's own
  // problems are worked out only if a reading has one, to leave out the ones it repeats.
  const seen: string[] = definition.reading ? [definition.reading.id] : [];
  let mainProblems: Set<string> | null = null;
  for (let index = 0; index < readings.length; index += 1) {
    const reading = readings[index] as WrittenReading;
    const id = reading.id ?? '';
    if (definition.reading?.id === id) {
      problems.push({ path: ['readings', index, 'id'], message: `reading id ${quoted(id)} is the main reading's (reading.id)` });
    } else if (seen.includes(id)) problems.push({ path: ['readings', index, 'id'], message: `reading id ${quoted(id)} is used twice` });
    seen.push(id);
    const own = rulesProblems(readingRules(definition, reading));
    if (own.length === 0) continue;
    mainProblems ??= new Set(rulesProblems(definition).map(problemKey));
    for (const problem of own) {
      if (!mainProblems.has(problemKey(problem))) problems.push({ path: ['readings', index, ...problem.path], message: problem.message });
    }
  }
  return problems;
}

/**
 * The fields of a reading taken as a whole definition that the rules read: its duration
 * and events in place of the main ones, its termination fields over the main ones
 * (readingDefinition takes these, and copies the rest of the file).
 */
function readingRules(definition: WithReadings, reading: WrittenReading): RuledFields {
  const { parties, timeZone, entryIntoForce } = definition;
  const duration = reading.duration ?? definition.duration;
  const termination =
    reading.termination === undefined
      ? definition.termination
      : ({ ...definition.termination, ...reading.termination } as RuledFields['termination']);
  return { parties, timeZone, entryIntoForce, duration, termination, events: reading.events ?? definition.events };
}

function rulesProblems(definition: RuledFields): FieldProblem[] {
  const notice = noticePeriodProblem(definition.termination);
  const problems = fieldProblems(definition);
  if (notice !== null) problems.push({ path: ['termination', ...notice.path], message: notice.message });
  return problems;
}

const problemKey = (problem: FieldProblem) => `${problem.path.join('.')}: ${problem.message}`;
