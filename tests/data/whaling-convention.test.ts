import { describe, expect, it } from 'vitest';
import { effectOfNotice } from '../../src/engine/notice-effect.js';
import { statusOn } from '../../src/engine/status.js';
import { termsOf } from '../../src/engine/terms.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const icrw = cataloguePlan('whaling-convention');

// SPEC §6 and treaties-v2.md: Art. XI, withdrawal on 30 June by notice on or before
// 1 January; Japan received 2018-12-26 → 2019-06-30; a notice of 2019-01-02 → 2020-06-30.
describe('Whaling Convention (reference: Japan out from 2019-06-30)', () => {
  it('takes Japan out on 2019-06-30 after its notice of 2018-12-26', () => {
    expect(statusOn(icrw, day('2019-06-29'), 'JP').inForce).toBe(true);
    expect(show(statusOn(icrw, day('2019-06-30'), 'JP').endedOn)).toBe('2019-06-30');
  });

  it.each([
    ['2019-01-01', '2019-06-30'],
    ['2019-01-02', '2020-06-30'],
  ])('gives a notice received %s the effect %s', (received, out) => {
    expect(show(effectOfNotice(icrw, termsOf(icrw), day(received)))).toBe(out);
  });
});
