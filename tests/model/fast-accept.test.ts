import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseDay } from '../../src/calendar/day.js';
import { FAST_ACCEPT_FORMAT, fastAccept } from '../../src/model/fast-accept.js';
import { Agreement, AgreementShape } from '../../src/model/schema.js';
import { definition as minimalDefinition } from '../helpers/agreement.js';
import { BILATERAL_PARTIES, type Definition, definition, fmt, MULTILATERAL_PARTIES } from '../properties/arbitraries.js';

// The oracle is zod itself (schema.ts, the single source of truth): fastAccept may say
// "don't know" (null) whenever it likes, but a definition it returns must be exactly what
// Agreement.safeParse returns for the same input.

/** fastAccept never accepts what zod rejects, and what it accepts equals zod's output. */
function agreesWithZod(input: unknown): { fast: boolean; zod: boolean } {
  const fast = fastAccept(input);
  const result = Agreement.safeParse(input);
  if (fast !== null) {
    expect(result.success, `zod rejects what fastAccept accepted: ${JSON.stringify(result.error?.issues[0])}`).toBe(true);
    expect(fast).toStrictEqual(result.data);
  }
  return { fast: fast !== null, zod: result.success };
}

const EVENT_TYPES = ['notice', 'suspension', 'resumption', 'retraction', 'accession', 'extension', 'termination'] as const;

/** Events in date order after entry into force, of any type: some files stay valid, some do not. */
function events(file: Definition): fc.Arbitrary<Record<string, unknown>[]> {
  const parties = file.kind === 'multilateral' ? MULTILATERAL_PARTIES : BILATERAL_PARTIES;
  const start = parseDay(file.entryIntoForce);
  const event = fc.record({
    type: fc.constantFrom(...EVENT_TYPES),
    offset: fc.integer({ min: 0, max: 4000 }),
    party: fc.option(fc.constantFrom(...parties), { nil: undefined }),
    note: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
    term: fc.constantFrom('P1Y', 'P6M', 'P30D'),
  });
  return fc.array(event, { maxLength: 4 }).map((list) =>
    list
      .sort((a, b) => a.offset - b.offset)
      .map(({ type, offset, party, note, term }) => {
        const out: Record<string, unknown> = { type, date: fmt(start + offset) };
        if (type === 'extension') out.term = term;
        // five of the seven types need a party; extension and termination may name one
        if (party !== undefined || (type !== 'extension' && type !== 'termination')) out.party = party ?? parties[0];
        if (note !== undefined) out.note = note;
        return out;
      }),
  );
}

/** Random definitions with every optional field sometimes present, and events. */
const richDefinition: fc.Arbitrary<Definition> = definition().chain((file) =>
  fc
    .record({
      events: events(file),
      emptyEventsWritten: fc.boolean(),
      $schema: fc.option(fc.constant('../schema/agreement.schema.json'), { nil: undefined }),
      shortTitle: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
      signed: fc.option(fc.constant(file.entryIntoForce), { nil: undefined }),
      clause: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
      note: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
      sources: fc.option(
        fc.array(
          fc.record(
            { title: fc.string({ minLength: 1, maxLength: 8 }), url: fc.option(fc.constant('doc.pdf'), { nil: undefined }) },
            { requiredKeys: ['title'] },
          ),
          { maxLength: 2 },
        ),
        { nil: undefined },
      ),
    })
    .map((extra) => {
      const out: Definition = { ...file };
      const { emptyEventsWritten, ...fields } = extra;
      for (const [key, value] of Object.entries(fields)) {
        if (value === undefined) continue;
        // fc.record with requiredKeys leaves url out, never undefined: JSON has no undefined
        out[key] = key === 'sources' ? (value as Record<string, unknown>[]).map((source) => JSON.parse(JSON.stringify(source))) : value;
      }
      if (out.events?.length === 0 && !emptyEventsWritten) delete out.events;
      return out;
    }),
);

/** Mutations start from a valid file, so that each one is what makes the difference. */
const validDefinition = richDefinition.filter((file) => Agreement.safeParse(file).success);

/** Every object and array inside `value`, with the path to it ('' for the top). */
function containers(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; node: Record<string, unknown> | unknown[] }[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [{ path, node: value as Record<string, unknown> }, ...entries.flatMap(([key, item]) => containers(item, [...path, key]))];
}

const ODD_VALUES: unknown[] = [
  null,
  0,
  1.5,
  -1,
  true,
  '',
  'x',
  [],
  {},
  ['AA'],
  { a: 1 },
  '2019-02-29',
  '0000-01-01',
  '2020-1-01',
  'P',
  'P0D',
  'PT1H',
  'P-1D',
  'P1Y ',
  'renew',
  'bilateral',
  'multilateral',
  'after-notice',
  'next-day',
  'notice',
  'extension',
  'UTC',
  'Mars/Olympus',
  'A'.repeat(41),
  'Bad Id',
  'a-b',
];

type Mutation = (node: Record<string, unknown> | unknown[], key: string | number | undefined, value: unknown) => void;

const set: Mutation = (node, key, value) =>
  Object.defineProperty(node, String(key), { value: structuredClone(value), enumerable: true, writable: true, configurable: true });

/** Changes one place of a copy of a valid file: a key dropped, added, retyped, or worse. */
const mutation = fc.record({
  where: fc.nat(),
  // mostly a key the place has; sometimes a new, odd or inherited one
  existing: fc.nat(),
  extraKey: fc.option(
    fc.constantFrom('extra', 'kind', 'lapse', 'events', 'party', 'term', 'url', 'constructor', 'toString', '__proto__', 7),
    { freq: 2, nil: undefined },
  ),
  value: fc.constantFrom(...ODD_VALUES),
  how: fc.constantFrom<[string, Mutation]>(
    ['set', set],
    ['set', set],
    ['set', set],
    ['drop', (node, key) => void delete (node as Record<string, unknown>)[String(key)]],
    [
      'undefined',
      (node, key) => Object.defineProperty(node, String(key), { value: undefined, enumerable: true, writable: true, configurable: true }),
    ],
    [
      'hole',
      (node) => {
        if (Array.isArray(node)) node.length += 1;
      },
    ],
    ['prototype', (node) => Object.setPrototypeOf(node, Array.isArray(node) ? Object.prototype : { kind: 'multilateral' })],
  ),
});

describe('fastAccept', () => {
  const dataDir = new URL('../../data/', import.meta.url);
  const files = readdirSync(dataDir).filter((name) => name.endsWith('.json'));

  it.each(files)('accepts data/%s, with the same result as zod', (name) => {
    const json = JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
    expect(agreesWithZod(json)).toEqual({ fast: true, zod: true });
  });

  it('gives the defaults zod gives: bilateral, UTC, same-day, no events', () => {
    // The required fields alone: no kind, zone, lapse or events.
    const minimal = minimalDefinition();
    expect(fastAccept(minimal)).toMatchObject({ kind: 'bilateral', timeZone: 'UTC', termination: { lapse: 'same-day' }, events: [] });
    expect(agreesWithZod(minimal)).toEqual({ fast: true, zod: true });
  });

  it('accepts every random definition zod accepts, and no other', () => {
    let accepted = 0;
    fc.assert(
      fc.property(richDefinition, (file) => {
        const { fast, zod } = agreesWithZod(file);
        expect(fast).toBe(zod);
        if (fast) accepted += 1;
      }),
      // A fixed seed: the count below depends on the draw, and a test must not flicker.
      { numRuns: 400, seed: 20261128 },
    );
    // Half the random event lists contradict themselves; enough must remain valid for the
    // property above to say something about the fast path.
    expect(accepted).toBeGreaterThan(100);
  });

  it('never accepts a mutated definition that zod rejects, nor differs from zod on one it accepts', () => {
    fc.assert(
      fc.property(validDefinition, mutation, (file, { where, existing, extraKey, value, how: [, mutate] }) => {
        const copy = JSON.parse(JSON.stringify(file)) as Definition;
        const places = containers(copy);
        const place = places[where % places.length];
        if (place === undefined) return;
        const keys = Object.keys(place.node);
        const key = extraKey ?? keys[existing % Math.max(keys.length, 1)] ?? 'extra';
        mutate(
          place.node,
          Array.isArray(place.node) && typeof key === 'string' && Number.isNaN(Number(key)) ? place.node.length : key,
          value,
        );
        agreesWithZod(copy);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with zod on the mutated readings of the shipped files that have them', () => {
    const withReadings = files
      .map((name) => JSON.parse(readFileSync(new URL(name, dataDir), 'utf8')) as Definition)
      .filter((file) => Array.isArray(file.readings));
    expect(withReadings.length).toBeGreaterThanOrEqual(4);
    fc.assert(
      fc.property(fc.constantFrom(...withReadings), mutation, (file, { where, existing, extraKey, value, how: [, mutate] }) => {
        const copy = JSON.parse(JSON.stringify(file)) as Definition;
        // only the readings' own objects and arrays, and the top level that holds them
        const places = containers(copy).filter(
          (place) => place.path.length === 0 || place.path[0] === 'readings' || place.path[0] === 'reading',
        );
        const place = places[where % places.length];
        if (place === undefined) return;
        const keys = Object.keys(place.node);
        const key = extraKey ?? keys[existing % Math.max(keys.length, 1)] ?? 'extra';
        mutate(
          place.node,
          Array.isArray(place.node) && typeof key === 'string' && Number.isNaN(Number(key)) ? place.node.length : key,
          value,
        );
        agreesWithZod(copy);
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves an undefined value and a hole in a list to zod (JSON has neither)', () => {
    const valid = minimalDefinition();
    const sparse: unknown[] = [];
    sparse.length = 1;
    for (const input of [
      { ...valid, note: undefined },
      { ...valid, kind: undefined },
      { ...valid, termination: { ...valid.termination, earliest: undefined } },
      { ...valid, parties: ['AA', undefined] },
      { ...valid, events: sparse },
    ]) {
      expect(fastAccept(input)).toBeNull();
    }
  });

  it('leaves an own __proto__ key, null, arrays and other non-objects to zod', () => {
    const valid = minimalDefinition();
    const withProto = JSON.parse(`{"__proto__": {"kind": "multilateral"}, ${JSON.stringify(valid).slice(1)}`);
    for (const input of [withProto, null, undefined, [], [valid], 'x', 1, new Map(), Object.assign(Object.create(null), valid)]) {
      expect(fastAccept(input)).toBeNull();
    }
    expect(Agreement.safeParse(withProto).success).toBe(false);
  });
});

describe('fastAccept knows the format zod defines', () => {
  // Walks zod's own JSON Schema of the file format (schema.ts): a key, an enum value or a
  // default added there and not to fast-accept.ts fails here, before any file meets it.
  type Node = { properties?: Record<string, Node>; items?: Node; oneOf?: Node[]; enum?: string[]; default?: unknown; const?: string };
  const schema = z.toJSONSchema(AgreementShape, { io: 'input' }) as Node;
  const props = (node: Node | undefined) => node?.properties ?? {};
  const keys = (node: Node | undefined) => new Set(Object.keys(props(node)));
  const root = props(schema);
  const events = root.events?.items?.oneOf ?? [];
  const eventOf = (type: string) => events.find((event) => props(event).type?.const === type);
  const { keys: known, enums, defaults } = FAST_ACCEPT_FORMAT;

  it('has the same keys for the agreement, its duration, termination and sources', () => {
    expect(known.agreement).toEqual(keys(schema));
    expect(known.titles).toEqual(keys(root.titles));
    expect(known.duration).toEqual(keys(root.duration));
    expect(known.termination).toEqual(keys(root.termination));
    expect(known.windows).toEqual(keys(props(root.termination).windows));
    expect(known.survives).toEqual(keys(props(root.termination).survives));
    expect(known.source).toEqual(keys(root.sources?.items));
    expect(known.readingName).toEqual(keys(root.reading));
    expect(known.reading).toEqual(keys(root.readings?.items));
  });

  it('has the same keys for every event type, and the same types', () => {
    const types = events.map((event) => props(event).type?.const);
    expect(new Set(types)).toEqual(new Set([...enums.partyEventTypes, 'extension', 'termination']));
    for (const type of enums.partyEventTypes)
      expect(type === 'notice' ? known.notice : known.partyEvent, type).toEqual(keys(eventOf(type)));
    expect(known.extension).toEqual(keys(eventOf('extension')));
    expect(known.terminationEvent).toEqual(keys(eventOf('termination')));
  });

  it('has no key that Object.prototype has: a value read from a plain object is then its own (fast-accept-parts.ts)', () => {
    for (const [object, set] of Object.entries(known))
      for (const key of set) expect(key in Object.prototype, `${object}.${key}`).toBe(false);
  });

  it('has the same enums and defaults', () => {
    expect(enums.kind).toEqual(root.kind?.enum);
    expect(enums.then).toEqual(props(root.duration).then?.enum);
    expect(enums.effect).toEqual(props(root.termination).effect?.enum);
    expect(enums.lapse).toEqual(props(root.termination).lapse?.enum);
    const zodDefaults = {
      kind: root.kind?.default,
      timeZone: root.timeZone?.default,
      lapse: props(root.termination).lapse?.default,
      events: root.events?.default,
    };
    expect(defaults).toEqual(zodDefaults);
    // Every default zod applies anywhere is one of these four.
    const found: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      if ('default' in node) found.push(path);
      for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
    };
    walk(schema, '');
    expect(found.sort()).toEqual([
      '/properties/events',
      '/properties/kind',
      '/properties/termination/properties/lapse',
      '/properties/timeZone',
    ]);
  });
});
