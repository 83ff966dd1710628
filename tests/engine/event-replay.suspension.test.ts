import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { compiledOf, day, type EventInput, show } from '../helpers/agreement.js';

// NPT-style: withdrawal three months after notice, indefinite.
const npt = (events: EventInput[], lapse: 'same-day' | 'next-day' = 'same-day') =>
  compiledOf({
    entryIntoForce: '1970-03-05',
    duration: { initial: null, then: 'indefinite' },
    termination: { notice: 'P3M', effect: 'after-notice', lapse },
    events,
  });

const notice: EventInput = { type: 'notice', date: '1993-03-12', party: 'AA' };
const suspension: EventInput = { type: 'suspension', date: '1993-06-11', party: 'AA' };
const resumption: EventInput = { type: 'resumption', date: '2003-01-10', party: 'AA' };

describe('a suspended notice keeps its remaining days', () => {
  it('would have taken effect on 1993-06-12', () => {
    const pending = statusOn(npt([notice]), day('1993-03-12')).pending;
    expect(pending.map((n) => [n.state, show(n.effectiveOn)])).toEqual([['pending', '1993-06-12']]);
  });

  it('keeps 1 remaining day when suspended on 1993-06-11, and stays in force', () => {
    const status = statusOn(npt([notice, suspension]), day('2000-01-01'));
    expect(status.inForce).toBe(true);
    expect(status.pending.map((n) => [n.state, n.effectiveOn, n.remainingDays])).toEqual([['suspended', null, 1]]);
  });

  it('takes effect on 2003-01-11 after the resumption of 2003-01-10', () => {
    const compiled = npt([notice, suspension, resumption]);
    const resumed = statusOn(compiled, day('2003-01-10'));
    expect(resumed.inForce).toBe(true);
    expect(resumed.pending.map((n) => [n.state, show(n.effectiveOn)])).toEqual([['pending', '2003-01-11']]);
    const out = statusOn(compiled, day('2003-01-11'));
    expect([out.inForce, show(out.endedOn), out.endReason]).toEqual([false, '2003-01-11', 'notice']);
  });

  it('applies the same rule to one party of a multilateral treaty', () => {
    const compiled = compiledOf({
      kind: 'multilateral',
      parties: ['KP', 'US'],
      entryIntoForce: '1970-03-05',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P3M', effect: 'after-notice' },
      events: [notice, suspension, resumption].map((event) => ({ ...event, party: 'KP' })),
    });
    expect(statusOn(compiled, day('2000-01-01'), 'KP').pending.map((n) => [n.state, n.remainingDays])).toEqual([['suspended', 1]]);
    expect(statusOn(compiled, day('2003-01-10'), 'KP').inForce).toBe(true);
    expect(show(statusOn(compiled, day('2003-01-11'), 'KP').endedOn)).toBe('2003-01-11');
    expect(statusOn(compiled, day('2003-01-11'), 'US').inForce).toBe(true);
  });

  it('counts the next-day lapse in the remaining days', () => {
    const compiled = npt([notice, suspension, resumption], 'next-day');
    expect(statusOn(compiled, day('2000-01-01')).pending[0]?.remainingDays).toBe(2);
    expect(show(statusOn(compiled, day('2003-01-10')).pending[0]?.effectiveOn)).toBe('2003-01-12');
  });

  it('never takes effect once retracted', () => {
    const compiled = npt([notice, suspension, { type: 'retraction', date: '1995-01-01', party: 'AA' }]);
    const status = statusOn(compiled, day('2020-01-01'));
    expect([status.inForce, status.pending]).toEqual([true, []]);
    expect(historyUntil(compiled, day('2020-01-01')).events[0]?.state).toBe('retracted');
  });

  it('keeps renewing an end-of-term agreement while its notice is suspended', () => {
    // The minimal definition's terms: GSOMIA's, from 2016-11-23, renewed yearly, 90 days' notice.
    const compiled = compiledOf({
      events: [
        { type: 'notice', date: '2019-08-23', party: 'KR' },
        { type: 'suspension', date: '2019-11-22', party: 'KR' },
      ],
      parties: ['JP', 'KR'],
    });
    const status = statusOn(compiled, day('2020-08-24'));
    expect(status.pending.map((n) => [n.state, n.remainingDays])).toEqual([['suspended', 1]]);
    expect(show(status.nextRenewal)).toBe('2020-11-23');
  });

  it('ends a bilateral agreement with the notice that takes effect first, not the one received first', () => {
    // AA's notice is received first but, suspended and resumed, would take effect after BB's.
    const compiled = npt([
      { type: 'notice', date: '2000-01-01', party: 'AA' },
      { type: 'suspension', date: '2000-03-01', party: 'AA' },
      { type: 'notice', date: '2000-03-15', party: 'BB' },
      { type: 'resumption', date: '2000-06-01', party: 'AA' },
    ]);
    const status = statusOn(compiled, day('2000-07-10'));
    expect([show(status.endedOn), status.endReason]).toEqual(['2000-06-15', 'notice']);
    const states = historyUntil(compiled, day('2000-07-10'))
      .events.filter((e) => e.type === 'notice')
      .map((e) => [e.party, e.state]);
    expect(states).toEqual([
      ['AA', 'pending'],
      ['BB', 'effective'],
    ]);
  });
});

// A suspended notice is not pending: the party may give a fresh one beside it (SPEC §7,
// Tokyo's view of 2020: stopping that year's renewal needed a new notice by 2020-08-24).
describe('a fresh notice beside a suspended one', () => {
  const gsomiaShaped = (events: EventInput[]) => compiledOf({ events });
  const suspended: EventInput[] = [
    { type: 'notice', date: '2019-08-23', party: 'AA' },
    { type: 'suspension', date: '2019-11-22', party: 'AA' },
  ];

  it('is pending and ends the agreement at the end of the term whose deadline it meets: 2020-08-24 → 2020-11-23', () => {
    const compiled = gsomiaShaped([...suspended, { type: 'notice', date: '2020-08-24', party: 'AA' }]);
    const status = statusOn(compiled, day('2020-08-24'));
    expect(status.pending.map((n) => [show(n.received), n.state, show(n.effectiveOn)])).toEqual([
      ['2019-08-23', 'suspended', null],
      ['2020-08-24', 'pending', '2020-11-23'],
    ]);
    expect(show(statusOn(compiled, day('2020-11-23')).endedOn)).toBe('2020-11-23');
  });

  it('leaves the suspended notice to a resumption: resumed 2020-09-01 with 1 day left, out from 2020-09-02', () => {
    const compiled = gsomiaShaped([
      ...suspended,
      { type: 'notice', date: '2020-08-24', party: 'AA' },
      { type: 'resumption', date: '2020-09-01', party: 'AA' },
    ]);
    expect(show(statusOn(compiled, day('2020-12-31')).endedOn)).toBe('2020-09-02');
  });

  it('is the one a later suspension acts on, the suspended one being no longer pending', () => {
    const compiled = gsomiaShaped([
      ...suspended,
      { type: 'notice', date: '2020-08-24', party: 'AA' },
      { type: 'suspension', date: '2020-09-01', party: 'AA' },
    ]);
    const status = statusOn(compiled, day('2020-12-31'));
    expect(status.inForce).toBe(true);
    expect(status.pending.map((n) => [show(n.received), n.remainingDays])).toEqual([
      ['2019-08-23', 1],
      ['2020-08-24', 83],
    ]);
  });
});
