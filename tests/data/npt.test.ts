import { describe, expect, it } from 'vitest';
import { mainReadingOf, readingsOf } from '../../src/engine/readings.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const npt = cataloguePlan('npt');
const freshNotice = readingsOf(npt).find((reading) => reading.id === 'fresh-notice')!.compiled;

// Reference "Readings", NPT: notice 1993-03-12, suspended 1993-06-11 (one day left),
// announcement 2003-01-10. The DPRK: effective 2003-01-11. The generally held view (CNS): a
// fresh three months, 2003-04-10. Article X(1): three months' notice; in force 1970-03-05.
describe('NPT, the DPRK (reference: notice 1993-03-12, suspended 1993-06-11, announcement 2003-01-10)', () => {
  it('is in force from 1970-03-05, indefinitely', () => {
    expect(statusOn(npt, day('1970-03-04')).inForce).toBe(false);
    expect(statusOn(npt, day('1970-03-05')).phase).toBe('indefinite');
  });

  it('would have taken effect on 1993-06-12: suspended on 1993-06-11 with one day remaining', () => {
    expect(statusOn(npt, day('1993-03-12'), 'KP').pending.map((n) => show(n.effectiveOn))).toEqual(['1993-06-12']);
    const suspended = statusOn(npt, day('1993-06-11'), 'KP').pending;
    expect(suspended.map((n) => [n.state, n.remainingDays])).toEqual([['suspended', 1]]);
  });

  it("the DPRK's reading, the main one: out from 2003-01-11", () => {
    expect(mainReadingOf(npt)?.id).toBe('dprk');
    expect(statusOn(npt, day('2003-01-10'), 'KP').inForce).toBe(true);
    const status = statusOn(npt, day('2003-01-11'), 'KP');
    expect([status.inForce, show(status.endedOn)]).toEqual([false, '2003-01-11']);
  });

  it('the generally held view: a fresh notice of 2003-01-10, out from 2003-04-10', () => {
    expect(statusOn(freshNotice, day('2003-04-09'), 'KP').inForce).toBe(true);
    const status = statusOn(freshNotice, day('2003-04-10'), 'KP');
    expect([status.inForce, show(status.endedOn)]).toEqual([false, '2003-04-10']);
  });

  it('stays in force for the others: a notice ends only the notifying party', () => {
    expect(statusOn(npt, day('2003-01-11')).inForce).toBe(true);
  });
});
