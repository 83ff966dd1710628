import { describe, expect, it } from 'vitest';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const korus = cataloguePlan('korus');
const canadaKorea = cataloguePlan('canada-korea-fta');

// KORUS FTA Art. 24.5: 180 days after written notice; Canada–Korea FTA Art. 23.5: six months.
// By hand: 2018-01-01 + 180 days = 2018-06-30 (30 + 28 + 31 + 30 + 31 + 30 days); + 6 months = 2018-07-01.
describe("KORUS FTA (reference: in force 2012-03-15, 180 days after notice, against Canada–Korea's six months)", () => {
  it('is not in force on 2012-03-14 and in force from 2012-03-15', () => {
    expect(statusOn(korus, day('2012-03-14')).inForce).toBe(false);
    expect(statusOn(korus, day('2012-03-15')).inForce).toBe(true);
  });

  it('ends 180 days after a notice: 2018-01-01 → 2018-06-30', () => {
    const { notice } = statusOn(korus, day('2018-01-01'));
    expect([notice.possible, show(notice.effectiveOn), notice.deadline]).toEqual([true, '2018-06-30', null]);
  });

  it('gives a different day than the Canada–Korea FTA for the same notice: 2018-07-01 there', () => {
    expect(show(statusOn(canadaKorea, day('2018-01-01')).notice.effectiveOn)).toBe('2018-07-01');
  });

  it.each([
    ['2019-08-31', '2020-02-27', '2020-02-29'], // 180 days cross a leap February; six months clamp to its end
    ['2021-03-01', '2021-08-28', '2021-09-01'],
  ])('on %s gives %s under KORUS and %s under Canada–Korea', (received, korusOut, canadaOut) => {
    expect(show(statusOn(korus, day(received)).notice.effectiveOn)).toBe(korusOut);
    expect(show(statusOn(canadaKorea, day(received)).notice.effectiveOn)).toBe(canadaOut);
  });
});
