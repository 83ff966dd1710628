import { afterAll, describe, expect, it } from 'vitest';
import { type DefinitionFields, definition } from '../helpers/agreement.js';
import { definitionFile, removeBinCopy, runBin } from '../helpers/cli.js';

// Each SPEC §6 field used where it does not fit, through the built bin: `validate` exits 1
// with one line naming the file and the field (SPEC §4: "errors with the path of each bad
// field"). The same rules in-process, with more cases, are in tests/model/clause-fields.test.ts.
afterAll(removeBinCopy);

const indefinite = { duration: { initial: null, then: 'indefinite' } } as const;
const withdrawal = { notice: 'P3M', effect: 'after-notice' } as const;
const expiring = { duration: { initial: 'P10Y', then: 'expire' } } as const;
const notice = { type: 'notice', date: '2021-03-22', party: 'AA' } as const;

const MISUSED: [string, string, DefinitionFields][] = [
  [
    'roundTo with a notice before the end of a term',
    'termination.roundTo',
    { termination: { notice: 'P90D', effect: 'end-of-term', roundTo: 'month-start' } },
  ],
  ['roundTo on 29 February', 'termination.roundTo', { ...indefinite, termination: { ...withdrawal, roundTo: '--02-29' } }],
  [
    'noticeBy without a day-of-year roundTo',
    'termination.noticeBy',
    { ...indefinite, termination: { ...withdrawal, roundTo: 'month-start', noticeBy: '--01-01' } },
  ],
  ['a zero notice without noticeBy', 'termination.notice', { ...indefinite, termination: { notice: 'P0D', effect: 'after-notice' } }],
  [
    'windows without a length',
    'termination.windows.length',
    { ...indefinite, termination: { ...withdrawal, windows: { every: 'P10Y' } as never } },
  ],
  [
    'windows that overlap',
    'termination.windows.length',
    { ...indefinite, termination: { ...withdrawal, windows: { every: 'P1M', length: 'P2M' } } },
  ],
  [
    'survives without what',
    'termination.survives.what',
    { ...indefinite, termination: { ...withdrawal, survives: { for: 'P20Y' } as never } },
  ],
  ['duration.until beside initial', 'duration.until', { duration: { initial: 'P10Y', until: '2026-12-31', then: 'expire' } }],
  ['duration.until with a renewal', 'duration.until', { duration: { until: '2026-12-31', then: 'renew', renewal: 'P1Y' } }],
  [
    'a notice sent after it was received',
    'events[0].sent',
    { ...indefinite, termination: withdrawal, events: [{ ...notice, sent: '2021-03-23' }] },
  ],
  [
    'a notice asking to end before its receipt',
    'events[0].effectiveOn',
    { ...indefinite, termination: withdrawal, events: [{ ...notice, effectiveOn: '2021-03-21' }] },
  ],
  [
    'an extension with both term and until',
    'events[0].until',
    { ...expiring, events: [{ type: 'extension', date: '2020-01-01', term: 'P1Y', until: '2030-12-31' }] },
  ],
  [
    'an extension until a day already in force',
    'events[0].until',
    { ...expiring, events: [{ type: 'extension', date: '2020-01-01', until: '2026-01-01' }] },
  ],
  [
    'a notice outside the windows',
    'events[0].date',
    { ...indefinite, termination: { ...withdrawal, windows: { every: 'P10Y', length: 'P1Y' } }, events: [notice] },
  ],
];

describe('validate refuses a SPEC §6 field used where it does not fit (the built bin)', () => {
  it.each(MISUSED)('refuses %s: exit 1, naming %s', (_, path, fields) => {
    const file = definitionFile(definition(fields));
    const run = runBin(['validate', file]);
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr.split('\n').filter((line) => line.startsWith(`${file}: ${path}: `))).toHaveLength(1);
  });
});
