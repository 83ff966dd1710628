/**
 * gsomia as a library: `import { builtInAgreement, status } from 'gsomia'`. The CLI is a
 * client of this module like any other; it is also the one module that calls the
 * internals, so that they can change behind it.
 *
 * Two layers: answers for ISO dates (`'2020-08-24'`) in the stable JSON shapes that
 * `gsomia status --json`, `history --json` and `deadlines --json` print, and below them the
 * answers the CLI renders as text, with days as numbers (parseDay/formatDay).
 *
 * Whatever may need zod (validation, the JSON Schema) is async and loads it on first use:
 * the bin imports this module and must start without it (bench/README.md).
 */

import { type Day, formatDay, parseDay } from './calendar/day.js';
import type { Holidays } from './calendar/working-days.js';
import { withAssumptions } from './catalogue/assumed-events.js';
import { builtInAgreementEntry, builtInCatalogue } from './catalogue/built-in.js';
import { compiledFromJson, loadFile, validator } from './catalogue/entry.js';
import { compile as compileStep } from './engine/compile.js';
import type { CompiledAgreement } from './engine/compiled-agreement.js';
import { compareDeadlines, type Deadline } from './engine/deadline.js';
import { type DeadlineCalendar, WEEKENDS_ONLY } from './engine/deadline-day.js';
import { deadlinesBetween } from './engine/deadlines.js';
import { type History, historyUntil } from './engine/history.js';
import { listedParty } from './engine/parties.js';
import { readingStatuses } from './engine/reading-differences.js';
import { mainReadingOf, readingIssues, readingsOf } from './engine/readings.js';
import { type Status, statusOn } from './engine/status.js';
import type { Validation, ValidationIssue } from './engine/validate.js';
import { GsomiaError, isGsomiaError, quoted } from './errors.js';
import type { Agreement } from './model/schema.js';
import { type assumedJson, withAssumed } from './render/assumed.js';
import { deadlinesJson, historyJson, statusJson } from './render/json.js';
import { type readingStatusJson, statusReadingsJson } from './render/readings.js';

export type { Agreement, CompiledAgreement, Day, Deadline, History, Holidays, Status, Validation, ValidationIssue };
export { compareDeadlines, deadlinesBetween, formatDay, GsomiaError, historyUntil, isGsomiaError, listedParty, parseDay, statusOn };

/** The events an answer assumed (`assume`), present only when some were: `--assume`'s JSON. */
export interface AssumedJson {
  readonly assumed?: ReturnType<typeof assumedJson>;
}
/** `status --json`'s object (SPEC §4). */
export type StatusJson = ReturnType<typeof statusJson> &
  AssumedJson & {
    /** SPEC §7, for an agreement with readings: the main reading's name, and the other readings' answers */
    readonly reading?: { readonly id: string; readonly title: string } | null;
    readonly readings?: readonly ReturnType<typeof readingStatusJson>[];
  };
/** `history --json`'s object (SPEC §4). */
export type HistoryJson = ReturnType<typeof historyJson> & AssumedJson;
/** `deadlines --json`'s object (SPEC §4). */
export type DeadlinesJson = ReturnType<typeof deadlinesJson> & AssumedJson;

/** For one party of a multilateral agreement; absent or null: the agreement as a whole. */
export interface PartyOption {
  readonly party?: string | null | undefined;
}

/**
 * What `--assume` and `--holidays` give the CLI. `assume`: events in the CLI's grammar,
 * TYPE:DATE[:PARTY] ('notice:2020-08-24:KR'), answered as if they were in the file and
 * listed in the answer's `assumed` (a malformed or contradicting one throws
 * INVALID_ASSUMPTION, naming it as --assume does). `holidays`: days off beyond the weekend,
 * as ISO dates, or a set read by `readHolidays`.
 */
export interface WhatIfOptions {
  readonly assume?: readonly string[] | undefined;
  readonly holidays?: readonly string[] | Holidays | undefined;
}

/**
 * Days off read from holiday files, as `--holidays` reads them: an iCalendar file (read with
 * ical.js, loaded then) or one YYYY-MM-DD a line.
 * await readHolidays(['examples/holidays/kr-2019.ics']) → a set for `holidays`
 */
export async function readHolidays(paths: readonly string[]): Promise<Holidays> {
  return (await import('./catalogue/holidays-file.js')).readHolidays(paths);
}

function calendarOf(holidays: WhatIfOptions['holidays']): DeadlineCalendar {
  if (holidays === undefined) return WEEKENDS_ONLY;
  if (!Array.isArray(holidays)) return { ...WEEKENDS_ONLY, holidays: holidays as Holidays };
  const days = new Map<Day, null>((holidays as readonly string[]).map((day) => [parseDay(day, 'holiday'), null]));
  return { ...WEEKENDS_ONLY, holidays: days };
}

/**
 * Every problem of a parsed definition file, each with the path of its field.
 * await validate({ id: 'x' }) → { ok: false, issues: [{ path: 'title', message: … }, …] }
 */
export async function validate(json: unknown): Promise<Validation> {
  return (await validator()).validateDefinition(json);
}

/**
 * A parsed definition file, validated and compiled; its first problem is thrown as a
 * GsomiaError (code INVALID_DEFINITION) naming `source` and the field's path.
 * await parseAgreement(JSON.parse(text), 'my.json') → { id: 'my', … }
 */
export function parseAgreement(json: unknown, source = 'definition'): Promise<CompiledAgreement> {
  return compiledFromJson(json, source);
}

/**
 * A definition file read, validated and compiled (UNREADABLE_FILE, INVALID_JSON or
 * INVALID_DEFINITION when it cannot be).
 * await readAgreementFile('data/gsomia.json') → { id: 'gsomia', … }
 */
export async function readAgreementFile(path: string): Promise<CompiledAgreement> {
  return (await loadFile(path)).compiled;
}

/**
 * Compiles a definition whose format is known to be right (typed as Agreement, or from
 * `validate`): its dates and durations parsed and its events replayed once. Events that
 * contradict each other throw INVALID_DEFINITION with the first one's path.
 * compile(definition).id → 'gsomia'
 */
export function compile(definition: Agreement): CompiledAgreement {
  const compiled = compileStep(definition);
  // Each reading is a whole definition too (SPEC §7): its events are replayed.
  const issues = compiled.ok ? readingIssues(definition) : compiled.issues;
  if (compiled.ok && issues.length === 0) return compiled.agreement;
  const [first] = issues;
  throw new GsomiaError('INVALID_DEFINITION', `invalid agreement ${definition.id}: ${first?.path}: ${first?.message}`);
}

/**
 * The agreements that ship with gsomia (data/), in file-name order.
 * (await builtInAgreements()).map((agreement) => agreement.id) → ['abm', …, 'gsomia', …]
 */
export async function builtInAgreements(): Promise<CompiledAgreement[]> {
  return (await builtInCatalogue()).map((entry) => entry.compiled);
}

/**
 * One built-in agreement by id (UNKNOWN_AGREEMENT when there is none).
 * (await builtInAgreement('gsomia')).timeZone → 'Asia/Tokyo'
 */
export async function builtInAgreement(id: string): Promise<CompiledAgreement> {
  const entry = await builtInAgreementEntry(id);
  if (!entry) throw new GsomiaError('UNKNOWN_AGREEMENT', `unknown agreement "${id}": not in the built-in catalogue`);
  return entry.compiled;
}

/**
 * `party` checked against the agreement's parties (UNKNOWN_PARTY when it is not one).
 * checkedParty(paris, 'US') → 'US'; checkedParty(paris, 'us') → 'US'; checkedParty(paris, undefined) → null
 */
export function checkedParty(agreement: CompiledAgreement, party: string | null | undefined): string | null {
  if (party === undefined || party === null) return null;
  const listed = listedParty(agreement, party);
  if (listed === null) {
    throw new GsomiaError(
      'UNKNOWN_PARTY',
      `unknown party ${quoted(party)} for ${agreement.id}: its parties are ${agreement.parties.join(', ')}`,
      2,
      { party: quoted(party), agreement: agreement.id, parties: agreement.parties.join(', ') },
    );
  }
  return listed;
}

/**
 * The answers of one day, as `gsomia status --on DAY --json` prints them.
 * status(gsomia, '2020-08-24').notice → { possible: true, deadline: '2020-08-24', daysLeft: 0, … }
 */
export function status(agreement: CompiledAgreement, on: string, options: PartyOption & WhatIfOptions = {}): StatusJson {
  const day = parseDay(on);
  const { compiled, assumed } = withAssumptions(agreement, options.assume, day);
  const calendar = calendarOf(options.holidays);
  const answer = statusOn(compiled, day, checkedParty(compiled, options.party), calendar);
  // SPEC §7, for an agreement with readings: the main one named and the others' answers, compared
  // with the record as it is (as on the command line, not under an assumption)
  const readings = readingsOf(agreement).length > 0;
  const others = readings && assumed.length === 0 ? readingStatuses(compiled, answer, calendar) : [];
  return withAssumed({ ...statusJson(answer), ...statusReadingsJson(readings, mainReadingOf(agreement), others) }, assumed);
}

/**
 * Every term that started by `until` and the events, as `gsomia history --json` prints them;
 * `from` leaves out the terms that ended before it.
 * history(gsomia, '2020-12-31').terms[3] → { number: 4, start: '2019-11-23', …, outcome: 'renewed' }
 */
export function history(
  agreement: CompiledAgreement,
  until: string,
  options: PartyOption & Pick<WhatIfOptions, 'assume'> & { readonly from?: string } = {},
): HistoryJson {
  const last = parseDay(until);
  const first = options.from === undefined ? null : parseDay(options.from);
  if (first !== null && first > last) throw new GsomiaError('EMPTY_WINDOW', `from ${options.from} is after until ${until}`);
  const { compiled, assumed } = withAssumptions(agreement, options.assume, last);
  return withAssumed(historyJson(historyUntil(compiled, last, checkedParty(compiled, options.party), first)), assumed);
}

/**
 * The deadlines from `from` through `until` of one agreement or several, soonest first, as
 * `gsomia deadlines --json` prints them. With several, `party` picks those it is a party to;
 * `assume` needs one agreement (as on the CLI, the events are known on `from`).
 * deadlines(gsomia, '2020-01-01', '2020-12-31').deadlines[0] → { date: '2020-08-24', kind: 'notice-deadline', … }
 */
export function deadlines(
  agreements: CompiledAgreement | readonly CompiledAgreement[],
  from: string,
  until: string,
  options: PartyOption & WhatIfOptions = {},
): DeadlinesJson {
  const first = parseDay(from);
  const last = parseDay(until);
  if (last < first) throw new GsomiaError('EMPTY_WINDOW', `until ${until} is before from ${from}`);
  const { party = null } = options;
  const assumedOne = Array.isArray(agreements) ? null : withAssumptions(agreements as CompiledAgreement, options.assume, first);
  if (assumedOne === null && options.assume !== undefined && options.assume.length > 0) {
    throw new GsomiaError('CONFLICTING_OPTIONS', 'assume answers for one agreement: pass one, not a list');
  }
  const list = assumedOne === null ? (agreements as readonly CompiledAgreement[]) : [assumedOne.compiled];
  const chosen = Array.isArray(agreements) && party !== null ? list.filter((agreement) => listedParty(agreement, party) !== null) : list;
  if (party !== null && chosen.length === 0 && list.length > 0) {
    throw new GsomiaError('UNKNOWN_PARTY', `unknown party "${party}": none of the agreements lists it`);
  }
  const calendar = calendarOf(options.holidays);
  const found = chosen.flatMap((agreement) => deadlinesBetween(agreement, first, last, checkedParty(agreement, party), calendar));
  return withAssumed(deadlinesJson(first, last, found.sort(compareDeadlines)), assumedOne?.assumed ?? []);
}

/**
 * The JSON Schema (draft 2020-12) of definition files, generated from the zod schema.
 * (await agreementJsonSchema()).$id → 'urn:gsomia:agreement'
 */
export async function agreementJsonSchema(): Promise<Record<string, unknown>> {
  return (await import('./model/json-schema.js')).agreementJsonSchema();
}

/**
 * The schema as text, exactly as `gsomia schema` prints it and schema/agreement.schema.json holds it.
 * (await agreementJsonSchemaText()).endsWith('}\n') → true
 */
export async function agreementJsonSchemaText(): Promise<string> {
  return (await import('./model/json-schema.js')).agreementJsonSchemaText();
}
