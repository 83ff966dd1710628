import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as gsomiaLibrary from '../src/index.js';
import {
  type Agreement,
  agreementJsonSchema,
  builtInAgreement,
  builtInAgreements,
  compile,
  deadlines,
  history,
  parseAgreement,
  readAgreementFile,
  status,
  validate,
} from '../src/index.js';
import { jsonOf, runIn } from './helpers/cli.js';

// The library answers what the CLI answers: each query is compared with the JSON the
// command line prints for the same question, and each failure has the CLI's code.

/** What an action throws or rejects with, sync or async; fails when it succeeds. */
async function thrown(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, nothing was thrown');
}

const fixturePath = new URL('fixtures/suspension-with-nothing-pending.json', import.meta.url);
const fixture = () => JSON.parse(readFileSync(fixturePath, 'utf8')) as unknown;

describe('the library: answers for ISO dates', () => {
  it('gives 2020-08-24 as the last day for notice in 2020, with no day left, as GSOMIA stood that day', async () => {
    const answer = status(await builtInAgreement('gsomia'), '2020-08-24');
    expect(answer.notice).toMatchObject({ possible: true, deadline: '2020-08-24', daysLeft: 0, effectiveOn: '2020-11-23' });
    expect(answer.term).toEqual({ number: 4, start: '2019-11-23', end: '2020-11-22' });
  });

  it('says notice could no longer stop the 2020 renewal on 2020-08-25', async () => {
    expect(status(await builtInAgreement('gsomia'), '2020-08-25').notice.possible).toBe(false);
  });

  it.each([
    ['gsomia', '2020-08-24', undefined],
    ['gsomia', '2023-03-21', undefined],
    ['paris', '2019-11-04', 'US'],
    ['inf', '2019-08-02', undefined],
  ])('gives %s on %s (party %s) exactly as status --json prints it', async (id, on, party) => {
    const partyArgs = party === undefined ? [] : ['--party', party];
    const printed = jsonOf(await runIn(['status', '--agreement', id, '--on', on, ...partyArgs, '--json']));
    expect(status(await builtInAgreement(id), on, { party })).toEqual(printed);
  });

  it('gives the history exactly as history --json prints it, from and party included', async () => {
    const args = ['--agreement', 'paris', '--party', 'US', '--from', '2018-01-01', '--until', '2021-06-01', '--json'];
    const printed = jsonOf(await runIn(['history', ...args]));
    expect(history(await builtInAgreement('paris'), '2021-06-01', { party: 'US', from: '2018-01-01' })).toEqual(printed);
  });

  it("gives one agreement's deadlines exactly as deadlines --json prints them", async () => {
    const printed = jsonOf(await runIn(['deadlines', '--from', '2020-01-01', '--until', '2021-12-31', '--json']));
    expect(deadlines(await builtInAgreement('gsomia'), '2020-01-01', '2021-12-31')).toEqual(printed);
  });

  it('gives the deadlines of a list, soonest first, exactly as deadlines --all --json prints them', async () => {
    const printed = jsonOf(await runIn(['deadlines', '--all', '--from', '2019-01-01', '--until', '2020-12-31', '--json']));
    const answer = deadlines(await builtInAgreements(), '2019-01-01', '2020-12-31');
    expect(answer.deadlines.length).toBeGreaterThan(3);
    expect(answer).toEqual(printed);
  });

  it('keeps to the agreements a party is in when a list is asked for one party', async () => {
    const printed = jsonOf(await runIn(['deadlines', '--all', '--party', 'US', '--from', '2019-01-01', '--until', '2020-12-31', '--json']));
    expect(deadlines(await builtInAgreements(), '2019-01-01', '2020-12-31', { party: 'US' })).toEqual(printed);
  });

  it('matches the party in any case, as --party does', async () => {
    const agreements = await builtInAgreements();
    expect(deadlines(agreements, '2019-01-01', '2020-12-31', { party: 'us' })).toEqual(
      deadlines(agreements, '2019-01-01', '2020-12-31', { party: 'US' }),
    );
  });
});

describe('the library: failures carry the CLI codes', () => {
  const gsomia = () => builtInAgreement('gsomia');
  it.each([
    ['an impossible date', async () => status(await gsomia(), '2020-02-30'), 'INVALID_DATE', /February 2020 has 29 days/],
    ['an unknown party', async () => status(await gsomia(), '2020-08-24', { party: 'US' }), 'UNKNOWN_PARTY', /JP, KR/],
    ['an unknown agreement', () => builtInAgreement('no-such'), 'UNKNOWN_AGREEMENT', /"no-such"/],
    ['a window ending before its start', async () => deadlines(await gsomia(), '2020-08-24', '2020-08-23'), 'EMPTY_WINDOW', /2020-08-23/],
    ['history from after until', async () => history(await gsomia(), '2020-08-24', { from: '2021-01-01' }), 'EMPTY_WINDOW', /2021-01-01/],
    [
      'a party no agreement of the list has',
      async () => deadlines(await builtInAgreements(), '2020-01-01', '2020-12-31', { party: 'ZZ' }),
      'UNKNOWN_PARTY',
      /"ZZ"/,
    ],
    ['a file that is not there', () => readAgreementFile('no/such/file.json'), 'UNREADABLE_FILE', /no such file/],
    ['a contradictory definition', () => parseAgreement(fixture(), 'pending.json'), 'INVALID_DEFINITION', /pending\.json: events\[0\]/],
  ])('throws a GsomiaError for %s', async (_what, act, code, message) => {
    const error = await thrown(act);
    expect(error).toMatchObject({ name: 'GsomiaError', code });
    expect(gsomiaLibrary.isGsomiaError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});

describe('the library: reading, validating and compiling', () => {
  it('reads, validates and compiles a definition file', async () => {
    const compiled = await readAgreementFile('data/gsomia.json');
    expect(compiled.id).toBe('gsomia');
    expect(status(compiled, '2019-08-24').notice.deadline).toBe('2019-08-24');
  });

  it('names every problem of an invalid file by the path of its field', async () => {
    const result = await validate({ ...(fixture() as object), entryIntoForce: '2016-02-30', title: 7 });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['title', 'entryIntoForce']));
  });

  it('validates a good definition into its definition and its compiled agreement', async () => {
    const result = await validate(JSON.parse(readFileSync('data/paris.json', 'utf8')));
    expect(result.ok && [result.definition.id, result.agreement.id]).toEqual(['paris', 'paris']);
  });

  it('compiles a definition typed as Agreement, and refuses one whose events contradict each other', async () => {
    const result = await validate(JSON.parse(readFileSync('data/gsomia.json', 'utf8')));
    if (!result.ok) throw new Error('data/gsomia.json should be valid');
    const definition: Agreement = result.definition;
    expect(status(compile(definition), '2020-08-24').notice.deadline).toBe('2020-08-24');
    const pending = definition.events.find((event) => event.type === 'notice');
    const contradictory = { ...definition, events: definition.events.filter((event) => event !== pending) };
    const error = await thrown(() => compile(contradictory));
    expect(error).toMatchObject({ code: 'INVALID_DEFINITION', message: expect.stringMatching(/events\[\d+\]/) });
  });

  it('offers the JSON Schema of definition files', async () => {
    const schema = await agreementJsonSchema();
    expect(schema.$id).toBe('urn:gsomia:agreement');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'entryIntoForce', 'termination']));
  });
});
