import { describe, expect, it } from 'vitest';
import { effectOfNotice } from '../../src/engine/notice-effect.js';
import { statusOn } from '../../src/engine/status.js';
import { termsOf } from '../../src/engine/terms.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const istanbul = cataloguePlan('istanbul-convention');

// treaties-v2.md: in force 2014-08-01; Turkey out from 2021-07-01 (dokuz8haber), receipt
// 2021-03-22 or 2021-03-20 (unverified); SPEC §6: 03-22 → 06-22 → 06-23 → 2021-07-01.
describe('Istanbul Convention (reference: Turkey out from 2021-07-01)', () => {
  it('takes Turkey out on the first day of the month after three months from receipt', () => {
    expect(statusOn(istanbul, day('2021-06-30'), 'TR').inForce).toBe(true);
    const out = statusOn(istanbul, day('2021-07-01'), 'TR');
    expect([out.inForce, show(out.endedOn)]).toEqual([false, '2021-07-01']);
  });

  it('gives 2021-07-01 for a receipt on 2021-03-20 as well', () => {
    expect(show(effectOfNotice(istanbul, termsOf(istanbul), day('2021-03-20')))).toBe('2021-07-01');
  });

  it('is in force from 2014-08-01', () => {
    expect(statusOn(istanbul, day('2014-07-31'), 'TR').inForce).toBe(false);
    expect(statusOn(istanbul, day('2014-08-01'), 'TR').inForce).toBe(true);
  });
});
