import { describe, expect, it } from 'vitest';
import { fastAccept } from '../../src/model/fast-accept.js';
import { Agreement } from '../../src/model/schema.js';
import { definition, problemsOf } from '../helpers/agreement.js';

// The fields of SPEC §6 in the file format: each accepted where its rule fits, and refused
// with its own path where it does not ("Validation rejects a field used with a rule it does
// not fit, naming the field").

const withdrawal = { notice: 'P3M', effect: 'after-notice' };
const indefinite = { entryIntoForce: '2014-08-01', duration: { initial: null, then: 'indefinite' } };
const expiring = { entryIntoForce: '2003-06-01', duration: { initial: 'P10Y', then: 'expire' }, termination: withdrawal };
const notice = { type: 'notice', date: '2021-03-22', party: 'AA' };
const whaling = { notice: 'P0D', effect: 'after-notice', roundTo: '--06-30', noticeBy: '--01-01' };
const withEvents = (...events: unknown[]) => ({ ...indefinite, termination: withdrawal, events });

const GOOD: Record<string, Record<string, unknown>> = {
  'roundTo month-start': { ...indefinite, termination: { ...withdrawal, lapse: 'next-day', roundTo: 'month-start' } },
  'roundTo year-start': { ...indefinite, termination: { ...withdrawal, roundTo: 'year-start' } },
  'roundTo --12-31': { ...indefinite, termination: { ...withdrawal, roundTo: '--12-31' } },
  'noticeBy with a P0D notice': { ...indefinite, termination: whaling },
  windows: { ...indefinite, termination: { ...withdrawal, windows: { every: 'P10Y', length: 'P1Y' } } },
  // each window's last day is the day before the next one opens: touching, not overlapping
  'windows one after another': { ...indefinite, termination: { ...withdrawal, windows: { every: 'P1Y', length: 'P1Y' } } },
  // 28 days from the 1st of any month ends by the 1st of the next, February included
  'windows of 28 days every month': { ...indefinite, termination: { ...withdrawal, windows: { every: 'P1M', length: 'P28D' } } },
  survives: { ...indefinite, termination: { ...withdrawal, survives: { for: 'P20Y', what: 'existing investments' } } },
  'duration.until': { ...expiring, duration: { until: '2012-12-31', then: 'expire' } },
  'a notice with effectiveOn and sent': withEvents({ ...notice, sent: '2021-03-19', effectiveOn: '2022-01-01' }),
  'an extension with until': { ...expiring, events: [{ type: 'extension', date: '2012-01-01', until: '2015-12-31' }] },
};

describe('the clause fields of SPEC §6, accepted', () => {
  it.each(Object.entries(GOOD))('accepts %s', (_, fields) => {
    expect(problemsOf(fields)).toEqual([]);
  });

  it.each(Object.entries(GOOD))("gives zod's own answer on the fast path for %s", (_, fields) => {
    const json = definition(fields);
    expect(fastAccept(json)).toStrictEqual(Agreement.parse(json));
  });
});

/** [what, fields, the path refused, a word of its message] */
const MISUSED: [string, Record<string, unknown>, string, RegExp][] = [
  [
    'roundTo with a notice before the end of a term',
    { ...indefinite, termination: { notice: 'P3M', effect: 'end-of-term', roundTo: 'month-start' } },
    'termination.roundTo',
    /"after-notice" only/,
  ],
  ['roundTo on 29 February', { ...indefinite, termination: { ...withdrawal, roundTo: '--02-29' } }, 'termination.roundTo', /--02-29/],
  [
    'roundTo as a word it does not know',
    { ...indefinite, termination: { ...withdrawal, roundTo: 'quarter-start' } },
    'termination.roundTo',
    /month-start/,
  ],
  [
    'roundTo on a day no month has',
    { ...indefinite, termination: { ...withdrawal, roundTo: '--04-31' } },
    'termination.roundTo',
    /April has at most 30 days/,
  ],
  [
    'noticeBy without roundTo',
    { ...indefinite, termination: { ...withdrawal, noticeBy: '--01-01' } },
    'termination.noticeBy',
    /roundTo day of the year/,
  ],
  [
    'noticeBy with roundTo month-start',
    { ...indefinite, termination: { ...withdrawal, roundTo: 'month-start', noticeBy: '--01-01' } },
    'termination.noticeBy',
    /--MM-DD/,
  ],
  [
    'noticeBy that is not a day of the year',
    { ...indefinite, termination: { ...withdrawal, roundTo: '--06-30', noticeBy: '01-01' } },
    'termination.noticeBy',
    /--MM-DD/,
  ],
  [
    'a P0D notice without noticeBy',
    { ...indefinite, termination: { notice: 'P0D', effect: 'after-notice' } },
    'termination.notice',
    /non-zero/,
  ],
  [
    'windows with a zero length',
    { ...indefinite, termination: { ...withdrawal, windows: { every: 'P10Y', length: 'P0D' } } },
    'termination.windows.length',
    /non-zero/,
  ],
  [
    'windows without every',
    { ...indefinite, termination: { ...withdrawal, windows: { length: 'P1Y' } } },
    'termination.windows.every',
    /missing/,
  ],
  [
    'survives without what',
    { ...indefinite, termination: { ...withdrawal, survives: { for: 'P20Y' } } },
    'termination.survives.what',
    /missing/,
  ],
  [
    'survives for no time',
    { ...indefinite, termination: { ...withdrawal, survives: { for: 'P0Y', what: 'investments' } } },
    'termination.survives.for',
    /non-zero/,
  ],
  [
    'duration.until beside initial',
    { ...expiring, duration: { initial: 'P10Y', until: '2012-12-31', then: 'expire' } },
    'duration.until',
    /not both/,
  ],
  [
    'duration.until with a renewal',
    { ...expiring, duration: { until: '2012-12-31', then: 'renew', renewal: 'P1Y' } },
    'duration.until',
    /"expire", not "renew"/,
  ],
  [
    'duration.until before entry into force',
    { ...expiring, duration: { until: '2002-12-31', then: 'expire' } },
    'duration.until',
    /before entry into force/,
  ],
  ['a duration with neither initial nor until', { ...expiring, duration: { then: 'expire' } }, 'duration.initial', /missing/],
  ['a notice sent after it was received', withEvents({ ...notice, sent: '2021-03-23' }), 'events[0].sent', /after it was received/],
  [
    'a notice asking to end before its receipt',
    withEvents({ ...notice, effectiveOn: '2021-03-21' }),
    'events[0].effectiveOn',
    /before the notice was received/,
  ],
  ['effectiveOn on an impossible day', withEvents({ ...notice, effectiveOn: '2022-02-29' }), 'events[0].effectiveOn', /invalid date/],
  [
    'sent on a suspension',
    withEvents(notice, { type: 'suspension', date: '2021-04-01', party: 'AA', sent: '2021-03-30' }),
    'events[1]',
    /unknown key "sent"/,
  ],
  [
    'an extension with both term and until',
    { ...expiring, events: [{ type: 'extension', date: '2012-01-01', term: 'P1Y', until: '2015-12-31' }] },
    'events[0].until',
    /not both/,
  ],
  [
    'an extension with neither term nor until',
    { ...expiring, events: [{ type: 'extension', date: '2012-01-01' }] },
    'events[0].term',
    /missing/,
  ],
  [
    'an extension until a day already in force',
    { ...expiring, events: [{ type: 'extension', date: '2012-01-01', until: '2013-01-01' }] },
    'events[0].until',
    /does not extend/,
  ],
  [
    // in force 2014-08-01: window 1 opens 2014-09-01 and runs through the day before 2014-11-01; window 2 opens 2014-10-01
    'windows longer than their period',
    { ...indefinite, termination: { ...withdrawal, windows: { every: 'P1M', length: 'P2M' } } },
    'termination.windows.length',
    /^windows overlap: window 1 runs through 2014-10-31, and window 2 opens on 2014-10-01/,
  ],
  [
    // window 6 opens 2015-02-01 (S + 6 months); 30 days on is 2015-03-03, past window 7's 2015-03-01
    'windows that overlap only across February',
    { ...indefinite, termination: { ...withdrawal, windows: { every: 'P1M', length: 'P30D' } } },
    'termination.windows.length',
    /^windows overlap: window 6 runs through 2015-03-02, and window 7 opens on 2015-03-01/,
  ],
  [
    // in force 2023-03-01: the first twelve windows meet only February 2024, a leap one (29 days: it touches);
    // window 23 opens 2025-02-01, 29 days on is 2025-03-02, past window 24's 2025-03-01
    'windows that overlap only in a common February after a leap one',
    { ...indefinite, entryIntoForce: '2023-03-01', termination: { ...withdrawal, windows: { every: 'P1M', length: 'P29D' } } },
    'termination.windows.length',
    /^windows overlap: window 23 runs through 2025-03-01, and window 24 opens on 2025-03-01/,
  ],
  [
    'a notice outside the windows',
    { ...indefinite, termination: { ...withdrawal, windows: { every: 'P10Y', length: 'P1Y' } }, events: [notice] },
    'events[0].date',
    /next one opens on 2024-08-01/,
  ],
];

describe('the clause fields of SPEC §6, misused', () => {
  it.each(MISUSED)('refuses %s, naming the field', (_, fields, path, message) => {
    const problems = problemsOf(fields);
    const named = problems.filter((problem) => formatted(problem.path) === path);
    expect(named, JSON.stringify(problems)).toHaveLength(1);
    expect(named[0]?.message).toMatch(message);
  });

  it('refuses a P0D notice beside another bad field, still naming termination.notice', () => {
    const problems = problemsOf({ ...indefinite, id: 'Bad Id', termination: { notice: 'P0D', effect: 'after-notice' } });
    const paths = problems.map((problem) => formatted(problem.path));
    expect(paths).toEqual(expect.arrayContaining(['id', 'termination.notice']));
  });
});

function formatted(path: PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('');
}
