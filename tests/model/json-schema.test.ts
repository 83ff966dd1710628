import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../src/engine/validate.js';
import { agreementJsonSchemaText } from '../../src/index.js';
import { definition } from '../helpers/agreement.js';
import { IN_2026, runIn } from '../helpers/cli.js';

const root = new URL('../../', import.meta.url);
const committed = () => readFileSync(new URL('schema/agreement.schema.json', root), 'utf8');
const printed = async () => {
  const run = await runIn(['schema'], IN_2026);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  return run.stdout;
};

let compiled: ReturnType<Ajv2020['compile']> | undefined;

/** The printed schema as ajv compiles it, strict mode on: an unknown keyword would be an error. */
async function validator() {
  compiled ??= new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(await printed()) as object);
  return compiled;
}

/** Every object schema inside a schema, wherever it is nested. */
function objectSchemas(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const item of node) objectSchemas(item, out);
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'object') out.push(record);
    for (const value of Object.values(record)) objectSchemas(value, out);
  }
  return out;
}

/** The required fields of SPEC §3 and nothing else. */
const minimal = definition({ id: 'minimal', title: 'A minimal agreement' });
const notice = { type: 'notice', date: '2019-08-23', party: 'BB' };
const without = (key: string) => Object.fromEntries(Object.entries(minimal).filter(([k]) => k !== key));

/** Files with a shape error: each must be refused by the JSON Schema and by zod alike. */
const BAD: Record<string, unknown> = {
  'a misspelt key (durration)': { ...without('duration'), durration: minimal.duration },
  'an unknown top-level key beside a good one': { ...minimal, renewal: 'P1Y' },
  'no id': without('id'),
  'an id in capitals': { ...minimal, id: 'GSOMIA' },
  'no title': without('title'),
  'an empty title': { ...minimal, title: '' },
  'no parties': { ...minimal, parties: [] },
  'a kind outside the enum': { ...minimal, kind: 'trilateral' },
  'a number for duration.initial': { ...minimal, duration: { ...minimal.duration, initial: 5 } },
  'duration.then outside the enum': { ...minimal, duration: { ...minimal.duration, then: 'forever' } },
  'a date without zero padding (2020-8-24)': { ...minimal, entryIntoForce: '2020-8-24' },
  'a notice period in words': { ...minimal, termination: { ...minimal.termination, notice: '90 days' } },
  'a duration with a time part': { ...minimal, termination: { ...minimal.termination, notice: 'PT90H' } },
  'an unknown termination effect': { ...minimal, termination: { ...minimal.termination, effect: 'immediately' } },
  'an extra key in termination': { ...minimal, termination: { ...minimal.termination, noticePeriod: 'P90D' } },
  'an extra key inside an event': { ...minimal, events: [{ ...notice, reason: 'politics' }] },
  'an event without a date': { ...minimal, events: [{ type: 'notice', party: 'BB' }] },
  'a notice without a party': { ...minimal, events: [{ type: 'notice', date: '2019-08-23' }] },
  'an unknown event type': { ...minimal, events: [{ ...notice, type: 'denunciation' }] },
  'an extension without a term': { ...minimal, events: [{ type: 'extension', date: '2019-08-23' }] },
  'a source without a title': { ...minimal, sources: [{ url: 'example' }] },
  'an array instead of an object': [minimal],
  'a string instead of an object': 'gsomia',
};

describe('gsomia schema', () => {
  it('prints exactly the committed schema/agreement.schema.json', async () => {
    expect(await printed()).toBe(committed());
  });

  // The build does not write the file (npm run schema does): a schema change without a
  // regenerated file fails here, and in CI's git diff after npm run schema.
  it('has the tracked schema/agreement.schema.json equal to the schema the library generates', async () => {
    expect(committed()).toBe(await agreementJsonSchemaText());
  });

  it('declares draft 2020-12, a host-free id, a title and a description that points to gsomia validate', async () => {
    const schema = JSON.parse(await printed()) as Record<string, unknown>;
    expect(schema.$schema).toMatch(/\/draft\/2020-12\/schema$/);
    expect(schema.$id).toBe('urn:gsomia:agreement');
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toMatch(/gsomia validate/);
  });

  it('closes every object with additionalProperties: false', async () => {
    const objects = objectSchemas(JSON.parse(await printed()));
    // the file, duration, termination, seven event types and a source
    expect(objects.length).toBeGreaterThanOrEqual(11);
    for (const object of objects) expect(object.additionalProperties).toBe(false);
  });

  it('gives dates and durations their patterns', async () => {
    const schema = JSON.parse(await printed()) as {
      properties: Record<string, { pattern?: string; properties?: Record<string, { pattern?: string }> }>;
    };
    expect(new RegExp(schema.properties.entryIntoForce?.pattern ?? '$^').test('2016-11-23')).toBe(true);
    expect(new RegExp(schema.properties.entryIntoForce?.pattern ?? '').test('2016-1-23')).toBe(false);
    const noticePattern = new RegExp(schema.properties.termination?.properties?.notice?.pattern ?? '');
    for (const good of ['P90D', 'P6M', 'P1Y6M', 'P2W']) expect(noticePattern.test(good), good).toBe(true);
    for (const bad of ['P', '90D', 'P1.5Y', 'PT1H']) expect(noticePattern.test(bad), bad).toBe(false);
  });

  it('makes the fields with defaults optional (kind, timeZone, events, lapse)', async () => {
    const schema = JSON.parse(await printed()) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'parties', 'entryIntoForce', 'duration', 'termination']));
    for (const optional of ['kind', 'timeZone', 'events', '$schema']) expect(schema.required).not.toContain(optional);
  });

  it('shows an example in schema --help', async () => {
    const run = await runIn(['schema', '--help'], IN_2026);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:\n\s+\$ gsomia schema/);
  });
});

describe('the JSON Schema and zod agree', () => {
  const files = readdirSync(new URL('data/', root)).filter((name) => name.endsWith('.json'));

  it.each(files)('accepts the built-in data/%s, which names the schema in $schema', async (name) => {
    const json = JSON.parse(readFileSync(new URL(`data/${name}`, root), 'utf8')) as Record<string, unknown>;
    expect(json.$schema).toBe('../schema/agreement.schema.json');
    const validate = await validator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(validateDefinition(json).ok).toBe(true);
  });

  it('accepts a file with only the required fields, in both', async () => {
    expect((await validator())(minimal)).toBe(true);
    expect(validateDefinition(minimal).ok).toBe(true);
  });

  it('has a corpus of at least ten bad files', () => {
    expect(Object.keys(BAD).length).toBeGreaterThanOrEqual(10);
  });

  it.each(Object.entries(BAD))('refuses %s, in both', async (_, json) => {
    const validate = await validator();
    expect(validate(json)).toBe(false);
    expect(validateDefinition(json).ok).toBe(false);
  });

  it('leaves an impossible calendar date (2019-02-29) to gsomia validate: the pattern passes it, zod does not', async () => {
    const json = { ...minimal, entryIntoForce: '2019-02-29' };
    expect((await validator())(json)).toBe(true);
    const result = validateDefinition(json);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['entryIntoForce']);
  });
});
