import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const nafta = cataloguePlan('nafta');

// In force 1994-01-01; Art. 2205: withdrawal six months after written notice (SICE text);
// superseded on 2020-07-01, when the USMCA entered into force.
describe("NAFTA (reference: in force 1994-01-01, six months' notice, superseded 2020-07-01)", () => {
  it('is not in force on 1993-12-31 and in force from 1994-01-01', () => {
    expect(statusOn(nafta, day('1993-12-31')).inForce).toBe(false);
    expect(statusOn(nafta, day('1994-01-01')).inForce).toBe(true);
  });

  it('would have taken a Party out six months after its notice: 2018-01-15 → 2018-07-15', () => {
    const { notice } = statusOn(nafta, day('2018-01-15'), 'US');
    expect([notice.possible, show(notice.effectiveOn)]).toEqual([true, '2018-07-15']);
  });

  it('is in force on 2020-06-30 and, superseded, out from 2020-07-01', () => {
    expect(statusOn(nafta, day('2020-06-30')).inForce).toBe(true);
    const status = statusOn(nafta, day('2020-07-01'));
    expect([status.inForce, show(status.endedOn), status.endReason]).toEqual([false, '2020-07-01', 'termination']);
    for (const party of ['CA', 'MX', 'US']) expect(statusOn(nafta, day('2020-07-01'), party).inForce, party).toBe(false);
  });

  it('lists nothing after it was superseded', () => {
    expect(deadlinesBetween(nafta, day('2020-07-01'), day('2030-01-01'))).toEqual([]);
  });
});
