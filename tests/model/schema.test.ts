import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { validateDefinition } from '../../src/engine/validate.js';
import { Agreement } from '../../src/model/schema.js';
import { definition } from '../helpers/agreement.js';

/** A zod path written the way messages name it: events[2].date */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('');
}

function issuesOf(input: unknown): z.core.$ZodIssue[] {
  const result = Agreement.safeParse(input);
  expect(result.success, 'the file should be rejected').toBe(false);
  return result.error?.issues ?? [];
}

/** The paths validation names: the format (zod) first, then the compile step's events. */
function pathsOf(input: unknown): string[] {
  const result = validateDefinition(input);
  expect(result.ok, 'the file should be rejected').toBe(false);
  return result.ok ? [] : result.issues.map((issue) => issue.path);
}

/** GSOMIA's shape, written to the SPEC §3 table with only the required fields. */
const renewing = definition({ id: 'renewing', title: 'A renewing agreement', parties: ['JP', 'KR'] });

const GOOD = {
  'renews with notice before the end of a term': renewing,
  'renews with notice in months': {
    ...renewing,
    duration: { initial: 'P5Y', then: 'renew', renewal: 'P1Y6M' },
    termination: { notice: 'P6M', effect: 'end-of-term' },
  },
  'expires, with an extension': {
    id: 'new-start',
    title: 'New START',
    parties: ['US', 'RU'],
    entryIntoForce: '2011-02-05',
    duration: { initial: 'P10Y', then: 'expire' },
    termination: { notice: 'P3M', effect: 'after-notice' },
    events: [{ type: 'extension', date: '2021-02-03', term: 'P5Y' }],
  },
  'is indefinite after an initial term': {
    id: 'us-japan',
    title: 'Treaty of Mutual Cooperation and Security',
    parties: ['US', 'JP'],
    entryIntoForce: '1960-06-23',
    duration: { initial: 'P10Y', then: 'indefinite' },
    termination: { notice: 'P1Y', effect: 'after-notice' },
  },
  'is indefinite from the start, withdrawal the next day': {
    id: 'icsid',
    title: 'ICSID Convention',
    kind: 'multilateral',
    parties: ['BO', 'EC', 'VE'],
    entryIntoForce: '1966-10-14',
    duration: { initial: null, then: 'indefinite' },
    termination: { notice: 'P6M', effect: 'after-notice', lapse: 'next-day' },
  },
  'is indefinite from the start with a withdrawal suspended and resumed': {
    id: 'npt',
    title: 'Treaty on the Non-Proliferation of Nuclear Weapons',
    kind: 'multilateral',
    parties: ['KP', 'US'],
    entryIntoForce: '1970-03-05',
    duration: { initial: null, then: 'indefinite' },
    termination: { notice: 'P3M', effect: 'after-notice' },
    events: [
      { type: 'accession', date: '1985-12-12', party: 'KP' },
      { type: 'notice', date: '1993-03-12', party: 'KP' },
      { type: 'suspension', date: '1993-06-11', party: 'KP' },
      { type: 'resumption', date: '2003-01-10', party: 'KP' },
    ],
  },
  'is multilateral with an earliest notice and a re-joining party': {
    $schema: '../schema/agreement.schema.json',
    id: 'paris',
    title: 'Paris Agreement',
    shortTitle: 'Paris',
    kind: 'multilateral',
    parties: ['US', 'FR'],
    timeZone: 'America/New_York',
    signed: '2016-04-22',
    entryIntoForce: '2016-11-04',
    duration: { initial: null, then: 'indefinite' },
    termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
    clause: 'Article 28',
    events: [
      { type: 'notice', date: '2019-11-04', party: 'US', note: 'first day possible' },
      { type: 'accession', date: '2021-02-19', party: 'US' },
    ],
    sources: [{ title: 'UN Treaty Collection', url: 'https://treaties.un.org/' }, { title: 'A note only' }],
  },
  'is ended by consent': {
    ...renewing,
    id: 'ended',
    events: [{ type: 'termination', date: '2018-01-01' }],
  },
} as const;

describe('Agreement', () => {
  it('parses data/gsomia.json', () => {
    const file: unknown = JSON.parse(readFileSync(new URL('../../data/gsomia.json', import.meta.url), 'utf8'));
    const gsomia = Agreement.parse(file);
    expect(gsomia.id).toBe('gsomia');
    expect(gsomia.timeZone).toBe('Asia/Tokyo');
    expect(gsomia.entryIntoForce).toBe('2016-11-23');
    expect(gsomia.duration).toEqual({ initial: 'P1Y', then: 'renew', renewal: 'P1Y' });
    expect(gsomia.termination).toMatchObject({ notice: 'P90D', effect: 'end-of-term' });
  });

  it.each(Object.entries(GOOD))('accepts a file that %s', (_what, file) => {
    const result = Agreement.safeParse(file);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('applies the defaults: kind bilateral, timeZone UTC, lapse same-day, no events', () => {
    const parsed = Agreement.parse(renewing);
    expect(parsed.kind).toBe('bilateral');
    expect(parsed.timeZone).toBe('UTC');
    expect(parsed.termination.lapse).toBe('same-day');
    expect(parsed.events).toEqual([]);
  });

  it('keeps what the file says over the defaults', () => {
    const parsed = Agreement.parse(GOOD['is indefinite from the start, withdrawal the next day']);
    expect(parsed.kind).toBe('multilateral');
    expect(parsed.termination.lapse).toBe('next-day');
  });

  it('does not change the input it parses', () => {
    const input = structuredClone(renewing);
    Agreement.parse(input);
    expect(input).toEqual(renewing);
  });
});

describe('Agreement rejects', () => {
  it('an unknown top-level key, durration, naming it', () => {
    const issues = issuesOf({ ...renewing, durration: { initial: 'P1Y' } });
    const unknown = issues.find((issue) => issue.code === 'unrecognized_keys');
    expect(unknown && 'keys' in unknown ? unknown.keys : []).toContain('durration');
  });

  it('a misspelt key, durration, in place of duration', () => {
    const { duration, ...rest } = renewing;
    const issues = issuesOf({ ...rest, durration: duration });
    expect(issues.map((issue) => issue.code)).toContain('unrecognized_keys');
    expect(issues.map((issue) => pathText(issue.path))).toContain('duration');
  });

  it.each([
    ['duration', { duration: { ...renewing.duration, renwal: 'P1Y' } }],
    ['termination', { termination: { ...renewing.termination, lapse: 'same-day', notce: 'P90D' } }],
    ['events[0]', { events: [{ type: 'notice', date: '2017-01-01', party: 'KR', dat: '2017-01-01' }] }],
    ['sources[0]', { sources: [{ title: 'x', link: 'https://example.org' }] }],
  ])('an unknown key inside %s', (path, change) => {
    const issues = issuesOf({ ...renewing, ...change });
    expect(issues.some((issue) => issue.code === 'unrecognized_keys' && pathText(issue.path) === path)).toBe(true);
  });

  it.each([
    ['2019-02-29 in entryIntoForce', { entryIntoForce: '2019-02-29' }, 'entryIntoForce'],
    ['2020-8-24 in entryIntoForce', { entryIntoForce: '2020-8-24' }, 'entryIntoForce'],
    ['a missing entryIntoForce', { entryIntoForce: undefined }, 'entryIntoForce'],
    ['2020-02-30 as the signature date', { signed: '2020-02-30' }, 'signed'],
    ['an upper-case id', { id: 'GSOMIA' }, 'id'],
    ['an id with a space', { id: 'gs omia' }, 'id'],
    ['an empty id', { id: '' }, 'id'],
    ['an empty title', { title: '' }, 'title'],
    ['no parties', { parties: [] }, 'parties'],
    ['a party named twice', { parties: ['JP', 'KR', 'JP'] }, 'parties[2]'],
    ['an unknown kind', { kind: 'trilateral' }, 'kind'],
    ['timeZone "Mars/Base"', { timeZone: 'Mars/Base' }, 'timeZone'],
    ['a bad initial duration', { duration: { initial: '1 year', then: 'renew', renewal: 'P1Y' } }, 'duration.initial'],
    ['a zero renewal', { duration: { initial: 'P1Y', then: 'renew', renewal: 'P0D' } }, 'duration.renewal'],
    ['a renewal in hours', { duration: { initial: 'P1Y', then: 'renew', renewal: 'PT1H' } }, 'duration.renewal'],
    ['no renewal term for then "renew"', { duration: { initial: 'P1Y', then: 'renew' } }, 'duration.renewal'],
    ['a renewal term for then "expire"', { duration: { initial: 'P1Y', then: 'expire', renewal: 'P1Y' } }, 'duration.renewal'],
    ['an unknown then', { duration: { initial: 'P1Y', then: 'lapse' } }, 'duration.then'],
    ['initial null that renews', { duration: { initial: null, then: 'renew', renewal: 'P1Y' } }, 'duration.then'],
    ['a negative notice', { termination: { notice: 'P-90D', effect: 'end-of-term' } }, 'termination.notice'],
    ['a fractional notice', { termination: { notice: 'P1.5Y', effect: 'end-of-term' } }, 'termination.notice'],
    ['a huge notice', { termination: { notice: 'P99999999D', effect: 'end-of-term' } }, 'termination.notice'],
    ['an unknown effect', { termination: { notice: 'P90D', effect: 'immediately' } }, 'termination.effect'],
    ['lapse next-day with end-of-term', { termination: { notice: 'P90D', effect: 'end-of-term', lapse: 'next-day' } }, 'termination.lapse'],
    ['a bad earliest', { termination: { notice: 'P90D', effect: 'end-of-term', earliest: 'P' } }, 'termination.earliest'],
    ['a source without a title', { sources: [{ url: 'https://example.org' }] }, 'sources[0].title'],
  ])('%s, at %s', (_what, change, path) => {
    expect(pathsOf({ ...renewing, ...change })).toContain(path);
  });

  it('the 2019-02-29 entry into force with the date in the message', () => {
    const issue = issuesOf({ ...renewing, entryIntoForce: '2019-02-29' }).find((i) => pathText(i.path) === 'entryIntoForce');
    expect(issue?.message).toBe('invalid date "2019-02-29": February 2019 has 28 days');
  });

  const notice = (date: string, party = 'KR') => ({ type: 'notice', date, party });

  it.each([
    [
      'an impossible date in the third event',
      [
        notice('2017-01-01'),
        { type: 'suspension', date: '2017-02-01', party: 'KR' },
        { type: 'retraction', date: '2017-02-30', party: 'KR' },
      ],
      'events[2].date',
    ],
    ['an unknown event type', [notice('2017-01-01'), { type: 'renunciation', date: '2017-02-01', party: 'KR' }], 'events[1].type'],
    ['an event without a date', [{ type: 'notice', party: 'KR' }], 'events[0].date'],
    ['a notice without a party', [{ type: 'notice', date: '2017-01-01' }], 'events[0].party'],
    ['an extension without a term', [{ type: 'extension', date: '2017-01-01' }], 'events[0].term'],
    ['an extension with a bad term', [{ type: 'extension', date: '2017-01-01', term: 'P5' }], 'events[0].term'],
    ['a suspension with nothing pending', [{ type: 'suspension', date: '2017-01-01', party: 'KR' }], 'events[0]'],
    [
      'a resumption of a notice that is not suspended',
      [notice('2017-01-01'), { type: 'resumption', date: '2017-02-01', party: 'KR' }],
      'events[1]',
    ],
    ['a retraction with nothing pending', [{ type: 'retraction', date: '2017-01-01', party: 'KR' }], 'events[0]'],
    ['an event before entry into force', [notice('2016-11-22')], 'events[0]'],
    ['events out of date order', [notice('2017-03-01'), { type: 'retraction', date: '2017-02-01', party: 'KR' }], 'events[1]'],
    ['a notice from a party that is not listed', [notice('2017-01-01', 'US')], 'events[0]'],
    ['a second notice while the first is pending', [notice('2017-01-01'), notice('2017-02-01', 'KR')], 'events[1]'],
    ['an event after the agreement ended', [notice('2017-01-01'), notice('2018-01-01', 'JP')], 'events[1]'],
    ['an extension of an agreement that renews', [{ type: 'extension', date: '2017-01-01', term: 'P1Y' }], 'events[0]'],
    ['an accession to a bilateral agreement', [{ type: 'accession', date: '2017-01-01', party: 'KR' }], 'events[0]'],
  ])('%s, naming the event', (_what, events, path) => {
    const paths = pathsOf({ ...renewing, events });
    expect(paths.some((p) => p === path || p.startsWith(`${path}.`))).toBe(true);
  });

  it('a notice before the earliest day, at its date', () => {
    const file = {
      ...GOOD['is multilateral with an earliest notice and a re-joining party'],
      events: [{ type: 'notice', date: '2019-11-03', party: 'US' }],
    };
    expect(pathsOf(file)).toContain('events[0].date');
  });

  it('every bad field at once when several are wrong', () => {
    const paths = pathsOf({
      ...renewing,
      id: 'Bad Id',
      entryIntoForce: '2019-02-29',
      termination: { notice: 'P0D', effect: 'end-of-term' },
    });
    expect(paths).toEqual(expect.arrayContaining(['id', 'entryIntoForce', 'termination.notice']));
  });

  it('a bad id together with a contradictory event', () => {
    const paths = pathsOf({ ...renewing, id: 'Bad Id', events: [{ type: 'suspension', date: '2017-01-01', party: 'KR' }] });
    expect(paths).toContain('id');
  });

  it.each([null, 42, 'gsomia', [], {}])('%j as a whole file', (input) => {
    expect(Agreement.safeParse(input).success).toBe(false);
  });
});
