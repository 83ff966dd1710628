import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { compiledOf, type DefinitionFields, day, type EventInput, problemsOf, show } from '../helpers/agreement.js';

// Paris-shaped: one year after notice, not before three years in force for the party.
const fields = (events: EventInput[]): DefinitionFields => ({
  kind: 'multilateral',
  parties: ['AA', 'BB', 'CC'],
  entryIntoForce: '2010-03-31',
  duration: { initial: null, then: 'indefinite' },
  termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
  events,
});

describe('a multilateral party that withdraws and re-joins', () => {
  const compiled = compiledOf(
    fields([
      { type: 'notice', date: '2014-01-15', party: 'AA' },
      { type: 'accession', date: '2016-05-31', party: 'AA' },
      { type: 'notice', date: '2019-05-31', party: 'AA' },
    ]),
  );

  it("ends only the notifying party's participation", () => {
    const aa = statusOn(compiled, day('2015-01-15'), 'AA');
    expect([aa.inForce, show(aa.endedOn), aa.phase]).toEqual([false, '2015-01-15', 'not-a-party']);
    expect(statusOn(compiled, day('2015-01-15'), 'BB').inForce).toBe(true);
    expect(statusOn(compiled, day('2015-01-15')).inForce).toBe(true);
  });

  it('has AA back in from its accession', () => {
    expect(statusOn(compiled, day('2016-05-30'), 'AA').inForce).toBe(false);
    const back = statusOn(compiled, day('2016-05-31'), 'AA');
    expect([back.inForce, back.endedOn]).toEqual([true, null]);
  });

  it('makes AA wait three years from its accession before giving notice again', () => {
    expect(statusOn(compiled, day('2019-05-30'), 'AA').notice.possible).toBe(false);
    const { notice } = statusOn(compiled, day('2019-05-31'), 'AA');
    expect([notice.possible, show(notice.earliestOn), show(notice.effectiveOn)]).toEqual([true, '2019-05-31', '2020-05-31']);
    // BB has been in since 2010-03-31, so its three years ran out long before.
    expect(statusOn(compiled, day('2019-05-30'), 'BB').notice.possible).toBe(true);
  });

  it('rejects a second notice before the new three years have run', () => {
    const problems = problemsOf(
      fields([
        { type: 'notice', date: '2014-01-15', party: 'AA' },
        { type: 'accession', date: '2016-05-31', party: 'AA' },
        { type: 'notice', date: '2019-05-30', party: 'AA' },
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual([['events', 2, 'date']]);
    expect(problems[0]?.message).toContain('2019-05-31');
  });

  it("records both stints and only AA's events when asked for AA", () => {
    const history = historyUntil(compiled, day('2021-01-01'), 'AA');
    expect(history.participation.map((p) => [p.party, show(p.from), show(p.until)])).toEqual([
      ['AA', '2010-03-31', '2015-01-15'],
      ['AA', '2016-05-31', '2020-05-31'],
    ]);
    expect(history.events.map((e) => [e.type, show(e.date)])).toEqual([
      ['notice', '2014-01-15'],
      ['accession', '2016-05-31'],
      ['notice', '2019-05-31'],
    ]);
  });

  it("lists AA's earliest-notice day and its withdrawal among the deadlines", () => {
    expect(deadlinesBetween(compiled, day('2016-05-31'), day('2021-01-01'), 'AA').map((d) => [d.kind, show(d.date), d.party])).toEqual([
      ['earliest-notice', '2019-05-31', 'AA'],
    ]);
    expect(deadlinesBetween(compiled, day('2019-05-31'), day('2021-01-01'), 'AA').map((d) => [d.kind, show(d.date), d.party])).toEqual([
      ['earliest-notice', '2019-05-31', 'AA'],
      ['effective', '2020-05-31', 'AA'],
    ]);
  });

  it('rejects a notice from a party that has already left', () => {
    const problems = problemsOf(
      fields([
        { type: 'notice', date: '2014-01-15', party: 'AA' },
        { type: 'notice', date: '2015-06-01', party: 'AA' },
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual([['events', 1, 'date']]);
    expect(problems[0]?.message).toMatch(/AA was not a party then/);
  });

  it('lists nothing for a party that is out on the first day asked about', () => {
    expect(deadlinesBetween(compiled, day('2015-06-01'), day('2016-12-31'), 'AA')).toEqual([]);
  });
});

describe('a party that joins after entry into force', () => {
  const compiled = compiledOf(fields([{ type: 'accession', date: '2012-07-01', party: 'CC' }]));

  it('is not a party before its accession', () => {
    const before = statusOn(compiled, day('2012-06-30'), 'CC');
    expect([before.inForce, before.endedOn, before.notice.possible]).toEqual([false, null, false]);
    expect(statusOn(compiled, day('2012-07-01'), 'CC').inForce).toBe(true);
  });

  it('counts its earliest notice from its own accession', () => {
    expect(show(statusOn(compiled, day('2014-01-01'), 'CC').notice.earliestOn)).toBe('2015-07-01');
    expect(show(statusOn(compiled, day('2014-01-01'), 'BB').notice.earliestOn)).toBe('2013-03-31');
  });

  it('cannot join again while it is a party', () => {
    const problems = problemsOf(
      fields([
        { type: 'accession', date: '2012-07-01', party: 'CC' },
        { type: 'accession', date: '2013-07-01', party: 'CC' },
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual([['events', 1, 'date']]);
    expect(problems[0]?.message).toMatch(/already a party/);
  });
});

describe('termination of a multilateral agreement', () => {
  it('ends it for every party', () => {
    const compiled = compiledOf(fields([{ type: 'termination', date: '2020-01-01' }]));
    for (const party of [null, 'AA', 'BB']) {
      const status = statusOn(compiled, day('2020-01-01'), party);
      expect([status.inForce, show(status.endedOn)], String(party)).toEqual([false, '2020-01-01']);
    }
  });
});
