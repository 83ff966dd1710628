import { durationProblems, noticePeriodProblem } from './clause-rules.js';
import {
  anyText,
  date,
  duration,
  type Json,
  list,
  nonEmpty,
  noticePeriod,
  oneOf,
  party,
  record,
  roundTo,
  text,
  UNUSUAL,
  unusual,
  yearDay,
} from './fast-accept-parts.js';
import { fieldProblems } from './field-rules.js';
import { readingProblems } from './readings.js';
import type { Agreement, AgreementEvent } from './schema.js';

/**
 * A shortcut past zod for definitions that are plainly valid: the same checks as the
 * schema in schema.ts (strict keys, types, enums, dates, durations, then the same
 * fieldProblems), returning what `Agreement.parse` would return, defaults included.
 * Anything unusual returns null and zod decides, so zod stays the only source of error
 * messages. tests/model/fast-accept.test.ts holds the two together: random files must get
 * zod's answer, and the key sets, enums and defaults below must be the ones zod's own
 * JSON Schema lists. Why: validating 10,000 files through zod cost more than reading them.
 *
 * fastAccept({ id: "x", title: "X", parties: ["AA"], entryIntoForce: "2000-01-01", … })
 *   → { id: "x", …, kind: "bilateral", timeZone: "UTC", …, events: [] }
 */
export function fastAccept(json: unknown): Agreement | null {
  let definition: Agreement;
  try {
    definition = agreement(json);
  } catch (error) {
    if (error === UNUSUAL) return null;
    throw error;
  }
  return fieldProblems(definition).length === 0 && readingProblems(definition).length === 0 ? definition : null;
}

/** { ja?, ko?, zh? }: each a non-empty name, in the schema's key order. */
function titlesOf(value: unknown): Json {
  const { ja, ko, zh } = record(value, TITLES_KEYS);
  const out: Json = {};
  if (ja !== undefined) out.ja = nonEmpty(ja);
  if (ko !== undefined) out.ko = nonEmpty(ko);
  if (zh !== undefined) out.zh = nonEmpty(zh);
  return out;
}

const AGREEMENT_KEYS = new Set([
  '$schema',
  'id',
  'title',
  'shortTitle',
  'titles',
  'kind',
  'parties',
  'timeZone',
  'signed',
  'entryIntoForce',
  'duration',
  'termination',
  'clause',
  'note',
  'events',
  'sources',
  'reading',
  'readings',
]);
const TITLES_KEYS = new Set(['ja', 'ko', 'zh']);
const DURATION_KEYS = new Set(['initial', 'then', 'renewal', 'until']);
const TERMINATION_KEYS = new Set(['notice', 'effect', 'lapse', 'earliest', 'roundTo', 'noticeBy', 'windows', 'survives']);
const WINDOWS_KEYS = new Set(['every', 'length']);
const SURVIVES_KEYS = new Set(['for', 'what']);
const SOURCE_KEYS = new Set(['title', 'url', 'note']);
const READING_NAME_KEYS = new Set(['id', 'title']);
const READING_KEYS = new Set(['id', 'title', 'note', 'sources', 'events', 'duration', 'termination']);
const PARTY_EVENT_KEYS = new Set(['type', 'date', 'party', 'note']);
const NOTICE_KEYS = new Set(['type', 'date', 'party', 'effectiveOn', 'sent', 'note']);
const EXTENSION_KEYS = new Set(['type', 'date', 'term', 'until', 'party', 'note']);
const TERMINATION_EVENT_KEYS = new Set(['type', 'date', 'party', 'note']);
const EVENT_KEYS = new Map([
  ['extension', EXTENSION_KEYS],
  ['termination', TERMINATION_EVENT_KEYS],
]);
const KINDS = ['bilateral', 'multilateral'] as const;
const ENDINGS = ['renew', 'expire', 'indefinite'] as const;
const EFFECTS = ['end-of-term', 'after-notice'] as const;
const LAPSES = ['same-day', 'next-day'] as const;
const PARTY_EVENTS: readonly string[] = ['notice', 'suspension', 'resumption', 'retraction', 'accession'];
const DEFAULTS = { kind: 'bilateral', timeZone: 'UTC', lapse: 'same-day' } as const;

/**
 * What the shortcut knows of the format, for the test that holds it to zod's own JSON
 * Schema (tests/model/fast-accept.test.ts): a key, an enum value or a default added to
 * schema.ts and not here fails that test.
 */
export const FAST_ACCEPT_FORMAT = {
  keys: {
    agreement: AGREEMENT_KEYS,
    titles: TITLES_KEYS,
    duration: DURATION_KEYS,
    termination: TERMINATION_KEYS,
    windows: WINDOWS_KEYS,
    survives: SURVIVES_KEYS,
    source: SOURCE_KEYS,
    readingName: READING_NAME_KEYS,
    reading: READING_KEYS,
    partyEvent: PARTY_EVENT_KEYS,
    notice: NOTICE_KEYS,
    extension: EXTENSION_KEYS,
    terminationEvent: TERMINATION_EVENT_KEYS,
  },
  enums: { kind: KINDS, then: ENDINGS, effect: EFFECTS, lapse: LAPSES, partyEventTypes: PARTY_EVENTS },
  defaults: { ...DEFAULTS, events: [] as const },
};

function agreement(value: unknown): Agreement {
  const source = record(value, AGREEMENT_KEYS);
  const { $schema, shortTitle, titles, kind, timeZone, signed, clause, note, events, sources, reading, readings } = source;
  // Built in the schema's key order, as zod builds its output.
  const out: Json = {};
  if ($schema !== undefined) out.$schema = anyText($schema);
  out.id = /^[a-z0-9-]+$/.test(text(source.id)) ? source.id : unusual();
  out.title = text(source.title, 1);
  if (shortTitle !== undefined) out.shortTitle = nonEmpty(shortTitle);
  if (titles !== undefined) out.titles = titlesOf(titles);
  out.kind = kind === undefined ? DEFAULTS.kind : oneOf(kind, KINDS);
  const parties = list(source.parties, party);
  out.parties = parties.length > 0 ? parties : unusual();
  out.timeZone = timeZone === undefined ? DEFAULTS.timeZone : text(timeZone, 1);
  if (signed !== undefined) out.signed = date(signed);
  out.entryIntoForce = date(source.entryIntoForce);
  out.duration = durationOf(source.duration);
  out.termination = terminationOf(source.termination);
  if (clause !== undefined) out.clause = anyText(clause);
  if (note !== undefined) out.note = anyText(note);
  out.events = events === undefined ? [] : list(events, event);
  if (sources !== undefined) out.sources = list(sources, sourceOf);
  if (reading !== undefined) out.reading = readingName(reading);
  if (readings !== undefined) out.readings = list(readings, readingOf);
  return out as Agreement;
}

function durationOf(value: unknown): Json {
  const { initial, then, renewal, until } = record(value, DURATION_KEYS);
  const out: Json = {};
  if (initial !== undefined) out.initial = initial === null ? null : duration(initial);
  out.then = oneOf(then, ENDINGS);
  if (renewal !== undefined) out.renewal = duration(renewal);
  if (until !== undefined) out.until = date(until);
  return durationProblems(out as { then: string }).length === 0 ? out : unusual();
}

function terminationOf(value: unknown): Json {
  const source = record(value, TERMINATION_KEYS);
  const out: Json = { notice: noticePeriod(source.notice), effect: oneOf(source.effect, EFFECTS) };
  out.lapse = source.lapse === undefined ? DEFAULTS.lapse : oneOf(source.lapse, LAPSES);
  clauseFields(out, source);
  return noticePeriodProblem(out as { notice: string; effect: string }) === null ? out : unusual();
}

/** A reading's termination fields (readings.ts): any of them, none defaulted. */
function terminationOverride(value: unknown): Json {
  const source = record(value, TERMINATION_KEYS);
  const { notice, effect, lapse } = source;
  const out: Json = {};
  if (notice !== undefined) out.notice = noticePeriod(notice);
  if (effect !== undefined) out.effect = oneOf(effect, EFFECTS);
  if (lapse !== undefined) out.lapse = oneOf(lapse, LAPSES);
  clauseFields(out, source);
  return out;
}

/** The optional clauses of a termination (SPEC §6), in the schema's key order. */
function clauseFields(out: Json, source: Json): void {
  const { earliest, roundTo: round, noticeBy, windows, survives } = source;
  if (earliest !== undefined) out.earliest = duration(earliest);
  if (round !== undefined) out.roundTo = roundTo(round);
  if (noticeBy !== undefined) out.noticeBy = yearDay(noticeBy);
  if (windows !== undefined) out.windows = windowsOf(windows);
  if (survives !== undefined) out.survives = survivesOf(survives);
}

/** One of `readings` (SPEC §7), in the schema's key order (readings.ts). */
function readingOf(value: unknown): Json {
  const source = record(value, READING_KEYS);
  const { note, sources, events, duration: span, termination } = source;
  const out: Json = { id: /^[a-z0-9-]+$/.test(text(source.id)) ? source.id : unusual(), title: text(source.title, 1) };
  if (note !== undefined) out.note = anyText(note);
  if (sources !== undefined) out.sources = list(sources, sourceOf);
  if (events !== undefined) out.events = list(events, event);
  if (span !== undefined) out.duration = durationOf(span);
  if (termination !== undefined) out.termination = terminationOverride(termination);
  return out;
}

function windowsOf(value: unknown): Json {
  const source = record(value, WINDOWS_KEYS);
  return { every: duration(source.every), length: duration(source.length) };
}

function survivesOf(value: unknown): Json {
  const source = record(value, SURVIVES_KEYS);
  return { for: duration(source.for), what: text(source.what, 1) };
}

function event(value: unknown): AgreementEvent {
  if (typeof value !== 'object' || value === null) unusual();
  const type = (value as Json).type;
  const partyEvent = PARTY_EVENTS.includes(type as string);
  const keys = type === 'notice' ? NOTICE_KEYS : partyEvent ? PARTY_EVENT_KEYS : (EVENT_KEYS.get(type as string) ?? unusual());
  const source = record(value, keys);
  const { term, until, party: who, effectiveOn, sent, note } = source;
  const out: Json = { type, date: date(source.date) };
  if (type === 'extension') {
    if (term !== undefined) out.term = duration(term);
    if (until !== undefined) out.until = date(until);
  }
  if (partyEvent || who !== undefined) out.party = party(who);
  if (type === 'notice') {
    if (effectiveOn !== undefined) out.effectiveOn = date(effectiveOn);
    if (sent !== undefined) out.sent = date(sent);
  }
  if (note !== undefined) out.note = anyText(note);
  return out as AgreementEvent;
}

function readingName(value: unknown): Json {
  const source = record(value, READING_NAME_KEYS);
  return { id: /^[a-z0-9-]+$/.test(text(source.id)) ? source.id : unusual(), title: text(source.title, 1) };
}

function sourceOf(value: unknown): Json {
  const { title, url, note } = record(value, SOURCE_KEYS);
  const out: Json = { title: text(title, 1) };
  if (url !== undefined) out.url = nonEmpty(url);
  if (note !== undefined) out.note = anyText(note);
  return out;
}
