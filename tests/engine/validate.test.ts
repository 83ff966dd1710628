import { describe, expect, it } from 'vitest';
import { problemsOf } from '../helpers/agreement.js';

// The minimal definition (GSOMIA's terms, parties AA and BB) is valid on its own; each case
// below adds one contradiction.

describe('contradictory definitions are rejected with the path of the bad field', () => {
  it('accepts the minimal definition', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it.each([
    [
      'a suspension with nothing pending',
      { events: [{ type: 'suspension', date: '2019-11-22', party: 'AA' }] },
      ['events', 0, 'type'],
      /nothing pending/,
    ],
    [
      'a resumption with nothing suspended',
      {
        events: [
          { type: 'notice', date: '2019-08-23', party: 'AA' },
          { type: 'resumption', date: '2019-09-01', party: 'AA' },
        ],
      },
      ['events', 1, 'type'],
      /nothing suspended/,
    ],
    [
      'a retraction with nothing pending',
      { events: [{ type: 'retraction', date: '2019-08-23', party: 'AA' }] },
      ['events', 0, 'type'],
      /nothing pending/,
    ],
    [
      'a notice before the earliest day',
      {
        termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
        events: [{ type: 'notice', date: '2019-11-22', party: 'AA' }],
      },
      ['events', 0, 'date'],
      /before the earliest day notice may be given, 2019-11-23/,
    ],
    [
      'an event before entry into force',
      { events: [{ type: 'notice', date: '2016-11-22', party: 'AA' }] },
      ['events', 0, 'date'],
      /before entry into force on 2016-11-23/,
    ],
    [
      'an event from a party not in parties',
      { events: [{ type: 'notice', date: '2019-08-23', party: 'KR' }] },
      ['events', 0, 'party'],
      /"KR" is not one of the parties/,
    ],
    [
      'a renewing agreement with no renewal term',
      { duration: { initial: 'P1Y', then: 'renew' } },
      ['duration', 'renewal'],
      /renewal term is required/,
    ],
    [
      'an accession in a bilateral agreement',
      { events: [{ type: 'accession', date: '2018-01-01', party: 'AA' }] },
      ['events', 0, 'type'],
      /multilateral agreements only/,
    ],
    [
      'events out of date order',
      {
        events: [
          { type: 'notice', date: '2019-08-23', party: 'AA' },
          { type: 'retraction', date: '2019-08-01', party: 'AA' },
        ],
      },
      ['events', 1, 'date'],
      /date order/,
    ],
    [
      'a second notice while the first is pending',
      {
        events: [
          { type: 'notice', date: '2019-08-23', party: 'AA' },
          { type: 'notice', date: '2019-09-23', party: 'AA' },
        ],
      },
      ['events', 1, 'type'],
      /still pending/,
    ],
    [
      'a next-day lapse on an end-of-term rule',
      { termination: { notice: 'P90D', effect: 'end-of-term', lapse: 'next-day' } },
      ['termination', 'lapse'],
      /"after-notice" only/,
    ],
    [
      'an impossible event date',
      { events: [{ type: 'notice', date: '2019-02-29', party: 'AA' }] },
      ['events', 0, 'date'],
      /February 2019 has 28 days/,
    ],
    ['an unknown key', { events: [{ type: 'notice', date: '2019-08-23', party: 'AA', reason: 'typo' }] }, ['events', 0], /reason/],
  ] as const)('rejects %s', (_name, change, path, message) => {
    const problems = problemsOf(change);
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]?.message).toMatch(message);
  });
});
