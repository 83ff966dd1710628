import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { situationOn, stintOn } from '../../src/engine/situation.js';
import { statusOn } from '../../src/engine/status.js';
import {
  catalogueJson,
  cataloguePlan,
  compiledOf,
  type DefinitionFields,
  day,
  type EventInput,
  problemsOf,
  show,
} from '../helpers/agreement.js';

// Mutation testing (issue 6): the replay's edges, and the whole text of each validation
// message (users read them: they name the event's date and the way things stood).

// The minimal definition's own terms are GSOMIA's (from 2016-11-23, yearly, 90 days' notice).
const gsomiaShaped: DefinitionFields = {};

const parisShaped: DefinitionFields = {
  kind: 'multilateral',
  parties: ['AA', 'BB', 'CC'],
  entryIntoForce: '2010-03-31',
  duration: { initial: null, then: 'indefinite' },
  termination: { notice: 'P1Y', effect: 'after-notice' },
};

const newStartWith = (events: EventInput[]) => compiledOf({ ...(catalogueJson('new-start') as Record<string, unknown>), events });

describe('each contradiction is reported in full, on the event that causes it', () => {
  it.each([
    [
      'an event before entry into force',
      gsomiaShaped,
      [{ type: 'notice', date: '2016-11-22', party: 'AA' }],
      ['events', 0, 'date'],
      'notice on 2016-11-22 is before entry into force on 2016-11-23',
    ],
    [
      'events out of date order',
      gsomiaShaped,
      [
        { type: 'notice', date: '2019-08-23', party: 'AA' },
        { type: 'retraction', date: '2019-08-01', party: 'AA' },
      ],
      ['events', 1, 'date'],
      'events must be in date order: 2019-08-01 comes after 2019-08-23',
    ],
    [
      'a party that is not listed',
      gsomiaShaped,
      [{ type: 'notice', date: '2019-08-23', party: 'KR' }],
      ['events', 0, 'party'],
      'party "KR" is not one of the parties (AA, BB)',
    ],
    [
      'an event on the day a notice took effect',
      gsomiaShaped,
      [
        { type: 'notice', date: '2019-08-23', party: 'AA' },
        { type: 'suspension', date: '2019-11-23', party: 'AA' },
      ],
      ['events', 1, 'date'],
      'suspension on 2019-11-23, but the agreement was no longer in force from 2019-11-23',
    ],
    [
      'a second notice while the first is pending',
      gsomiaShaped,
      [
        { type: 'notice', date: '2019-08-23', party: 'AA' },
        { type: 'notice', date: '2019-09-23', party: 'AA' },
      ],
      ['events', 1, 'type'],
      'notice from AA on 2019-09-23, but its notice of 2019-08-23 is still pending',
    ],
    [
      'a third notice while a fresh one is pending beside a suspended one',
      gsomiaShaped,
      [
        { type: 'notice', date: '2019-08-23', party: 'AA' },
        { type: 'suspension', date: '2019-11-22', party: 'AA' },
        { type: 'notice', date: '2020-01-10', party: 'AA' },
        { type: 'notice', date: '2020-02-10', party: 'AA' },
      ],
      ['events', 3, 'type'],
      'notice from AA on 2020-02-10, but its notice of 2020-01-10 is still pending',
    ],
    [
      'a suspension with nothing pending',
      gsomiaShaped,
      [{ type: 'suspension', date: '2019-11-22', party: 'AA' }],
      ['events', 0, 'type'],
      'nothing pending: AA has no pending notice on 2019-11-22 to suspend',
    ],
    [
      'a second suspension',
      gsomiaShaped,
      [
        { type: 'notice', date: '2019-08-23', party: 'AA' },
        { type: 'suspension', date: '2019-11-22', party: 'AA' },
        { type: 'suspension', date: '2019-11-23', party: 'AA' },
      ],
      ['events', 2, 'type'],
      'nothing pending: AA has no pending notice on 2019-11-23 to suspend',
    ],
    [
      'a resumption of a notice that is not suspended',
      gsomiaShaped,
      [
        { type: 'notice', date: '2019-08-23', party: 'AA' },
        { type: 'resumption', date: '2019-09-01', party: 'AA' },
      ],
      ['events', 1, 'type'],
      'nothing suspended: AA has no suspended notice on 2019-09-01 to resume',
    ],
    [
      'a resumption with no notice at all',
      gsomiaShaped,
      [{ type: 'resumption', date: '2019-09-01', party: 'AA' }],
      ['events', 0, 'type'],
      'nothing suspended: AA has no suspended notice on 2019-09-01 to resume',
    ],
    [
      'a retraction with nothing pending',
      gsomiaShaped,
      [{ type: 'retraction', date: '2019-08-23', party: 'BB' }],
      ['events', 0, 'type'],
      'nothing pending: BB has no pending or suspended notice on 2019-08-23 to retract',
    ],
    [
      'a notice before the earliest day',
      { ...gsomiaShaped, termination: { notice: 'P90D', effect: 'end-of-term', earliest: 'P2Y' } },
      [{ type: 'notice', date: '2018-11-22', party: 'AA' }],
      ['events', 0, 'date'],
      'notice on 2018-11-22 is before the earliest day notice may be given, 2018-11-23',
    ],
    [
      'an accession in a bilateral agreement',
      gsomiaShaped,
      [{ type: 'accession', date: '2018-01-01', party: 'AA' }],
      ['events', 0, 'type'],
      'accession applies to multilateral agreements only',
    ],
    [
      'an extension of a renewing agreement',
      gsomiaShaped,
      [{ type: 'extension', date: '2018-01-01', term: 'P1Y' }],
      ['events', 0, 'type'],
      'extension applies to agreements whose duration.then is "expire"',
    ],
    [
      'an accession of a party that is in',
      parisShaped,
      [
        { type: 'accession', date: '2012-06-01', party: 'CC' },
        { type: 'accession', date: '2013-01-01', party: 'CC' },
      ],
      ['events', 1, 'date'],
      'accession of CC on 2013-01-01, but CC was already a party',
    ],
    [
      'a notice from a party that has left',
      parisShaped,
      [
        { type: 'notice', date: '2014-01-15', party: 'AA' },
        { type: 'notice', date: '2015-01-15', party: 'AA' },
      ],
      ['events', 1, 'date'],
      'notice from AA on 2015-01-15, but AA was not a party then',
    ],
  ] as const)('reports %s', (_name, fields, events, path, message) => {
    expect(problemsOf({ ...fields, events })).toEqual([{ path, message }]);
  });

  it('accepts an event on the day before a notice takes effect', () => {
    expect(
      problemsOf({
        ...gsomiaShaped,
        events: [
          { type: 'notice', date: '2019-08-23', party: 'AA' },
          { type: 'suspension', date: '2019-11-22', party: 'AA' },
        ],
      }),
    ).toEqual([]);
  });

  it('accepts a notice on the earliest day and events on the same day in file order', () => {
    expect(
      problemsOf({
        ...gsomiaShaped,
        termination: { notice: 'P90D', effect: 'end-of-term', earliest: 'P2Y' },
        events: [
          { type: 'notice', date: '2018-11-23', party: 'AA' },
          { type: 'retraction', date: '2018-11-23', party: 'AA' },
        ],
      }),
    ).toEqual([]);
  });

  it('rejects an event on the expiry day of an expiring agreement, and accepts one the day before', () => {
    // New START's term ends 2021-02-04 without the extension: out of force from 2021-02-05.
    const expiring = (date: string) =>
      problemsOf({ ...(catalogueJson('new-start') as Record<string, unknown>), events: [{ type: 'notice', date, party: 'US' }] });
    expect(expiring('2021-02-05')).toEqual([
      { path: ['events', 0, 'date'], message: 'notice on 2021-02-05, but the agreement was no longer in force from 2021-02-05' },
    ]);
    expect(expiring('2021-02-04')).toEqual([]);
  });
});

describe('the replay', () => {
  it('keeps the end from a withdrawal that took effect before the expiry', () => {
    const compiled = newStartWith([
      { type: 'extension', date: '2021-02-03', term: 'P5Y' },
      { type: 'notice', date: '2025-06-01', party: 'US' },
    ]);
    const later = statusOn(compiled, day('2027-01-01'));
    expect([later.phase, show(later.endedOn), later.endReason]).toEqual(['ended', '2025-09-01', 'notice']);
  });

  it("keeps a resumed notice's remaining-days date when the agreement is extended", () => {
    // Without the extension the treaty is out on 2021-02-05, so the 2020-12-01 notice is
    // cut short: 65 days remain when it is suspended on 2020-12-02, and it is resumed on
    // 2021-01-10 (→ 2021-03-16). The extension then lets it run, but from the resumption.
    const compiled = newStartWith([
      { type: 'notice', date: '2020-12-01', party: 'US' },
      { type: 'suspension', date: '2020-12-02', party: 'US' },
      { type: 'resumption', date: '2021-01-10', party: 'US' },
      { type: 'extension', date: '2021-02-03', term: 'P5Y' },
    ]);
    const notice = situationOn(compiled).notices[0];
    expect(show(notice?.effectiveOn)).toBe('2021-03-16');
  });

  it('recomputes an unresumed pending notice from its receipt once the agreement is extended', () => {
    const compiled = newStartWith([
      { type: 'notice', date: '2020-12-01', party: 'US' },
      { type: 'extension', date: '2021-02-03', term: 'P5Y' },
    ]);
    expect(show(situationOn(compiled, day('2021-02-02')).notices[0]?.effectiveOn)).toBe('2021-02-05');
    expect(show(situationOn(compiled).notices[0]?.effectiveOn)).toBe('2021-03-01');
  });

  it('keeps the earlier end of a party that had already left when a multilateral agreement is terminated', () => {
    const compiled = compiledOf({
      ...(catalogueJson('open-skies') as Record<string, unknown>),
      events: [
        { type: 'notice', date: '2020-05-22', party: 'US' },
        { type: 'termination', date: '2021-01-01' },
      ],
    });
    const stints = situationOn(compiled).stints;
    expect([...stints].map(([party, list]) => [party, list.map((s) => [show(s.from), show(s.until)])])).toEqual([
      ['US', [['2002-01-01', '2020-11-22']]],
      ['RU', [['2002-01-01', '2021-01-01']]],
    ]);
  });

  it('gives a party an initial stint when its first act is a notice, and none when it is an accession', () => {
    const compiled = compiledOf({
      ...parisShaped,
      events: [
        { type: 'notice', date: '2014-01-15', party: 'AA' },
        { type: 'accession', date: '2016-05-31', party: 'AA' },
        { type: 'accession', date: '2016-05-31', party: 'CC' },
      ],
    });
    const stints = situationOn(compiled).stints;
    expect(stints.get('AA')?.map((s) => [show(s.from), show(s.until)])).toEqual([
      ['2010-03-31', '2015-01-15'],
      ['2016-05-31', null],
    ]);
    expect(stints.get('CC')?.map((s) => [show(s.from), show(s.until)])).toEqual([['2016-05-31', null]]);
    expect(stints.get('BB')?.map((s) => [show(s.from), show(s.until)])).toEqual([['2010-03-31', null]]);
  });

  it('lets a withdrawal take effect for its party only, on its day, in a multilateral agreement', () => {
    const compiled = compiledOf({ ...parisShaped, events: [{ type: 'notice', date: '2014-01-15', party: 'AA' }] });
    const on = situationOn(compiled, day('2015-01-15'));
    expect([on.endedOn, on.notices[0]?.state, show(on.stints.get('AA')?.[0]?.until)]).toEqual([null, 'effective', '2015-01-15']);
    expect(situationOn(compiled, day('2015-01-14')).notices[0]?.state).toBe('pending');
    expect(historyUntil(compiled, day('2016-01-01')).endedOn).toBeNull();
  });

  it('knows only the events up to the day asked about', () => {
    const gsomia = cataloguePlan('gsomia');
    expect(situationOn(gsomia, day('2019-08-22')).notices).toEqual([]);
    expect(situationOn(gsomia, day('2019-08-23')).notices.map((n) => n.state)).toEqual(['pending']);
  });
});

describe('the replay, continued', () => {
  it('leaves a suspended or retracted notice alone when the agreement is extended', () => {
    const suspended = newStartWith([
      { type: 'notice', date: '2020-12-01', party: 'US' },
      { type: 'suspension', date: '2020-12-02', party: 'US' },
      { type: 'extension', date: '2021-02-03', term: 'P5Y' },
    ]);
    expect(situationOn(suspended).notices.map((n) => [n.state, n.effectiveOn, n.remainingDays])).toEqual([['suspended', null, 65]]);
    const retracted = newStartWith([
      { type: 'notice', date: '2020-12-01', party: 'US' },
      { type: 'retraction', date: '2020-12-05', party: 'US' },
      { type: 'extension', date: '2021-02-03', term: 'P5Y' },
    ]);
    expect(situationOn(retracted).notices.map((n) => [n.state, n.effectiveOn, n.remainingDays])).toEqual([['retracted', null, null]]);
  });

  it('records the events that acted on a notice, the notice first', () => {
    expect(situationOn(cataloguePlan('gsomia')).notices[0]?.acts.map((act) => [act.type, show(act.day)])).toEqual([
      ['notice', '2019-08-23'],
      ['suspension', '2019-11-22'],
      ['retraction', '2023-03-21'],
    ]);
  });

  it('lets a party whose first notice or accession is an accession join then, whatever named it before', () => {
    // An extension may name a party; CC's first notice or accession is still its accession.
    const definition: DefinitionFields = {
      kind: 'multilateral',
      parties: ['AA', 'BB', 'CC'],
      entryIntoForce: '2010-01-01',
      duration: { initial: 'P10Y', then: 'expire' },
      termination: { notice: 'P6M', effect: 'after-notice' },
      events: [
        { type: 'extension', date: '2019-06-01', term: 'P5Y', party: 'CC' },
        { type: 'accession', date: '2020-01-01', party: 'CC' },
      ],
    };
    expect(problemsOf(definition)).toEqual([]);
    expect(statusOn(compiledOf(definition), day('2019-12-31'), 'CC').phase).toBe('not-a-party');
    expect(statusOn(compiledOf(definition), day('2020-01-01'), 'CC').inForce).toBe(true);
  });
});

describe('stintOn', () => {
  // Two stints: days 10 … 19, then from day 30 on.
  const stints = [
    { from: 10, until: 20 },
    { from: 30, until: null },
  ];

  it.each([
    [9, null],
    [10, 10],
    [19, 10],
    [20, null],
    [29, null],
    [30, 30],
    [100_000, 30],
  ])('finds the stint holding day %i (from %s)', (on, from) => {
    expect(stintOn(stints, on)?.from ?? null).toBe(from);
  });
});

describe('situationOn, as known on a day before the record is complete', () => {
  it("records only the acts on a notice up to the day: GSOMIA on 2019-11-22, the notice and that day's suspension", () => {
    const notice = situationOn(cataloguePlan('gsomia'), day('2019-11-22')).notices[0];
    expect(notice?.acts.map((act) => [act.type, show(act.day)])).toEqual([
      ['notice', '2019-08-23'],
      ['suspension', '2019-11-22'],
    ]);
  });

  it("leaves a party's withdrawal still ahead out of its participation: AA's of 2020-01-10, out from 2020-04-10", () => {
    const compiled = compiledOf({
      kind: 'multilateral',
      parties: ['AA', 'BB'],
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P3M', effect: 'after-notice' },
      events: [{ type: 'notice', date: '2020-01-10', party: 'AA' }],
    });
    const stints = (on: string) =>
      situationOn(compiled, day(on))
        .stints.get('AA')
        ?.map((s) => [show(s.from), show(s.until)]);
    expect(stints('2020-03-01')).toEqual([['2016-11-23', null]]);
    expect(stints('2020-05-01')).toEqual([['2016-11-23', '2020-04-10']]);
  });
});
