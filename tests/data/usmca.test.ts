import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { statusOn } from '../../src/engine/status.js';
import { catalogueJson, cataloguePlan, day, show } from '../helpers/agreement.js';

const usmca = cataloguePlan('usmca');

// In force 2020-07-01; Art. 34.6 withdrawal six months after notice; Art. 34.7 16 years
// unless each Party confirms a new term at the sixth-anniversary review (2026-07-01).
describe("USMCA (reference: in force 2020-07-01, 16 years unless renewed at review, six months' notice)", () => {
  it('enters into force on 2020-07-01, the day NAFTA was superseded', () => {
    expect(statusOn(usmca, day('2020-06-30')).inForce).toBe(false);
    expect(statusOn(usmca, day('2020-07-01')).inForce).toBe(true);
    expect(show(statusOn(cataloguePlan('nafta'), day('2020-07-01')).endedOn)).toBe('2020-07-01');
  });

  it('has a 16-year term, 2020-07-01 … 2036-06-30, that is not renewed without a review', () => {
    const status = statusOn(usmca, day('2026-07-01'));
    expect(status.term && [status.term.number, show(status.term.start), show(status.term.end)]).toEqual([1, '2020-07-01', '2036-06-30']);
    expect(status.nextRenewal).toBeNull();
  });

  it('lists its end, 2036-07-01, as an expiry', () => {
    const listed = deadlinesBetween(usmca, day('2036-01-01'), day('2037-01-01'));
    expect(listed.filter((d) => d.kind === 'expiry').map((d) => show(d.date))).toEqual(['2036-07-01']);
    expect(statusOn(usmca, day('2036-07-01')).inForce).toBe(false);
  });

  it('takes a Party out six months after its notice: 2026-07-01 → 2027-01-01', () => {
    expect(show(statusOn(usmca, day('2026-07-01'), 'CA').notice.effectiveOn)).toBe('2027-01-01');
  });

  it('says that the review of 2026-07-01 is not modelled', () => {
    expect((catalogueJson('usmca') as { note: string }).note).toContain('The review of Article 34.7 is not modelled');
  });
});
