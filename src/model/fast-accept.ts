import { durationProblems, noticePeriodProblem } from './clause-rules.js';
import {
  anyText,
  date,
  duration,
  has,
  type Json,
  list,
  nonEmpty,
  noticePeriod,
  oneOf,
  optional,
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
  const source = record(value, TITLES_KEYS);
  const out: Json = {};
  for (const key of TITLES_KEYS) optional(out, source, key, nonEmpty);
  return out;
}
const sources = (value: unknown) => list(value, sourceOf);

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
  // Built in the schema's key order, as zod builds its output.
  const out: Json = {};
  optional(out, source, '$schema', anyText);
  out.id = /^[a-z0-9-]+$/.test(text(source.id)) ? source.id : unusual();
  out.title = text(source.title, 1);
  optional(out, source, 'shortTitle', nonEmpty);
  optional(out, source, 'titles', titlesOf);
  out.kind = has(source, 'kind') ? oneOf(source.kind, KINDS) : DEFAULTS.kind;
  const parties = list(source.parties, party);
  out.parties = parties.length > 0 ? parties : unusual();
  out.timeZone = has(source, 'timeZone') ? text(source.timeZone, 1) : DEFAULTS.timeZone;
  optional(out, source, 'signed', date);
  out.entryIntoForce = date(source.entryIntoForce);
  out.duration = durationOf(source.duration);
  out.termination = terminationOf(source.termination);
  optional(out, source, 'clause', anyText);
  optional(out, source, 'note', anyText);
  out.events = has(source, 'events') ? list(source.events, event) : [];
  optional(out, source, 'sources', sources);
  optional(out, source, 'reading', readingName);
  optional(out, source, 'readings', (readings) => list(readings, readingOf));
  return out as Agreement;
}

function durationOf(value: unknown): Json {
  const source = record(value, DURATION_KEYS);
  const out: Json = {};
  optional(out, source, 'initial', (initial) => (initial === null ? null : duration(initial)));
  out.then = oneOf(source.then, ENDINGS);
  optional(out, source, 'renewal', duration);
  optional(out, source, 'until', date);
  return durationProblems(out as { then: string }).length === 0 ? out : unusual();
}

function terminationOf(value: unknown): Json {
  const source = record(value, TERMINATION_KEYS);
  const out: Json = { notice: noticePeriod(source.notice), effect: oneOf(source.effect, EFFECTS) };
  out.lapse = has(source, 'lapse') ? oneOf(source.lapse, LAPSES) : DEFAULTS.lapse;
  optional(out, source, 'earliest', duration);
  optional(out, source, 'roundTo', roundTo);
  optional(out, source, 'noticeBy', yearDay);
  optional(out, source, 'windows', windowsOf);
  optional(out, source, 'survives', survivesOf);
  return noticePeriodProblem(out as { notice: string; effect: string }) === null ? out : unusual();
}

/** A reading's termination fields (readings.ts): any of them, none defaulted. */
function terminationOverride(value: unknown): Json {
  const source = record(value, TERMINATION_KEYS);
  const out: Json = {};
  optional(out, source, 'notice', noticePeriod);
  optional(out, source, 'effect', (effect) => oneOf(effect, EFFECTS));
  optional(out, source, 'lapse', (lapse) => oneOf(lapse, LAPSES));
  optional(out, source, 'earliest', duration);
  optional(out, source, 'roundTo', roundTo);
  optional(out, source, 'noticeBy', yearDay);
  optional(out, source, 'windows', windowsOf);
  optional(out, source, 'survives', survivesOf);
  return out;
}

/** One of `readings` (SPEC §7), in the schema's key order (readings.ts). */
function readingOf(value: unknown): Json {
  const source = record(value, READING_KEYS);
  const out: Json = { id: /^[a-z0-9-]+$/.test(text(source.id)) ? source.id : unusual(), title: text(source.title, 1) };
  optional(out, source, 'note', anyText);
  optional(out, source, 'sources', sources);
  optional(out, source, 'events', (events) => list(events, event));
  optional(out, source, 'duration', durationOf);
  optional(out, source, 'termination', terminationOverride);
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
  const out: Json = { type, date: date(source.date) };
  if (type === 'extension') {
    optional(out, source, 'term', duration);
    optional(out, source, 'until', date);
  }
  if (partyEvent) out.party = party(source.party);
  else optional(out, source, 'party', party);
  if (type === 'notice') {
    optional(out, source, 'effectiveOn', date);
    optional(out, source, 'sent', date);
  }
  optional(out, source, 'note', anyText);
  return out as AgreementEvent;
}

function readingName(value: unknown): Json {
  const source = record(value, READING_NAME_KEYS);
  return { id: /^[a-z0-9-]+$/.test(text(source.id)) ? source.id : unusual(), title: text(source.title, 1) };
}

function sourceOf(value: unknown): Json {
  const source = record(value, SOURCE_KEYS);
  const out: Json = { title: text(source.title, 1) };
  optional(out, source, 'url', nonEmpty);
  optional(out, source, 'note', anyText);
  return out;
}
