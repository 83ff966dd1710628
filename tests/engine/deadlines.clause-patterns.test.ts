import { describe, expect, it } from 'vitest';
import type { CompiledAgreement } from '../../src/engine/compiled-agreement.js';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { cataloguePlan, compiledOf, day, type EventInput, show } from '../helpers/agreement.js';

// The deadlines SPEC §6 adds: a window for notice opens and has its last day (window k from
// S + k·every through the day before S + k·every + length), and obligations that survive a
// withdrawal taking effect on E stop applying on E + for (their last day the day before).

const listed = (compiled: CompiledAgreement, from: string, until: string, party: string | null = null) =>
  deadlinesBetween(compiled, day(from), day(until), party).map((d) => [show(d.date), d.kind, d.party]);

/** An ILO-shaped agreement in force 1950-01-01 (a setting), windows of P1Y every P10Y. */
const ilo = (fields: { kind?: 'bilateral' | 'multilateral'; earliest?: string; events?: EventInput[] } = {}) =>
  compiledOf({
    kind: fields.kind ?? 'bilateral',
    entryIntoForce: '1950-01-01',
    duration: { initial: null, then: 'indefinite' },
    termination: {
      notice: 'P1Y',
      effect: 'after-notice',
      windows: { every: 'P10Y', length: 'P1Y' },
      ...(fields.earliest === undefined ? {} : { earliest: fields.earliest }),
    },
    events: fields.events ?? [],
  });

describe('windows for notice as deadlines', () => {
  it('lists each window opening and its last day, 1960-01-01 and 1960-12-31 for window 1', () => {
    expect(listed(ilo(), '1955-01-01', '1970-06-30')).toEqual([
      ['1960-01-01', 'window-opens', null],
      ['1960-12-31', 'window-closes', null],
      ['1970-01-01', 'window-opens', null],
    ]);
  });

  it('numbers the windows and gives the last day its end, as a notice deadline has', () => {
    const [opens, closes] = deadlinesBetween(ilo(), day('1969-06-01'), day('1971-01-01'));
    expect([opens?.kind, opens?.kind === 'window-opens' && opens.window, opens?.endsAt]).toEqual(['window-opens', 2, null]);
    expect([closes?.kind, closes?.kind === 'window-closes' && closes.window]).toEqual(['window-closes', 2]);
    // 24:00 UTC at the end of 1970-12-31
    expect(closes?.endsAt).toBe(Date.UTC(1971, 0, 1));
  });

  it('lists the closing of the window holding the first day, but not its opening', () => {
    expect(listed(ilo(), '1960-06-01', '1961-06-01')).toEqual([['1960-12-31', 'window-closes', null]]);
  });

  it('leaves out a window that closes before notice may first be given, and that day outside a window (earliest P15Y → 1965-01-01)', () => {
    expect(listed(ilo({ earliest: 'P15Y' }), '1955-01-01', '1970-06-30')).toEqual([['1970-01-01', 'window-opens', null]]);
  });

  it('lists the earliest day when it falls inside a window (earliest P10Y6M → 1960-07-01)', () => {
    expect(listed(ilo({ earliest: 'P10Y6M' }), '1955-01-01', '1961-06-30')).toEqual([
      ['1960-01-01', 'window-opens', null],
      ['1960-07-01', 'earliest-notice', null],
      ['1960-12-31', 'window-closes', null],
    ]);
  });

  it('lists no window once a notice ends the bilateral agreement', () => {
    const compiled = ilo({ events: [{ type: 'notice', date: '1960-03-01', party: 'AA' }] });
    expect(listed(compiled, '1960-06-01', '1972-01-01')).toEqual([
      ['1960-12-31', 'window-closes', null],
      ['1961-03-01', 'effective', 'AA'],
    ]);
  });
});

describe('the end of surviving obligations as a deadline (Energy Charter Treaty, Art. 47(3))', () => {
  // treaties-v2: Italy out from 2016-01-01, 20 years' protection → through 2035-12-31, ended 2036-01-01.
  const ect = cataloguePlan('energy-charter');

  it("lists 2036-01-01 for Italy's protection, after its withdrawal of 2016-01-01", () => {
    const [ends] = deadlinesBetween(ect, day('2030-01-01'), day('2037-01-01'), 'IT');
    expect([show(ends?.date), ends?.kind, ends?.party]).toEqual(['2036-01-01', 'survival-ends', 'IT']);
    expect(ends?.kind === 'survival-ends' && [show(ends.outOn), show(ends.lastDay)]).toEqual(['2016-01-01', '2035-12-31']);
  });

  it('lists every party that withdrew when no party is asked about', () => {
    expect(listed(ect, '2043-01-01', '2046-01-01')).toEqual([
      ['2043-12-08', 'survival-ends', 'FR'],
      ['2043-12-20', 'survival-ends', 'DE'],
      ['2044-06-17', 'survival-ends', 'LU'],
      ['2045-04-27', 'survival-ends', 'GB'],
    ]);
  });

  it('lists nothing for an agreement without the clause', () => {
    expect(listed(cataloguePlan('icsid'), '2020-01-01', '2060-01-01').filter((row) => row[1] === 'survival-ends')).toEqual([]);
  });
});
