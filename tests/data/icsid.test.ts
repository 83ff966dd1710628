import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const icsid = cataloguePlan('icsid');
const of = (party: string, date: string) => statusOn(icsid, day(date), party);

// Receipt and effect dates from the ICSID news releases (Honduras also Proceso Digital):
// the World Bank counts Article 71's "six months after the receipt" as receipt + 6 months + 1 day.
describe('ICSID Convention (reference: in force 1966-10-14; denunciations effective receipt + 6 months + 1 day)', () => {
  it.each([
    ['BO', '2007-05-02', '2007-11-02', '2007-11-03'],
    ['EC', '2009-07-06', '2010-01-06', '2010-01-07'],
    ['VE', '2012-01-24', '2012-07-24', '2012-07-25'],
    ['HN', '2024-02-24', '2024-08-24', '2024-08-25'],
  ])('takes %s out on the day after six months from receipt: %s → %s last day in, %s out', (party, received, lastIn, out) => {
    expect(of(party, received).pending.map((n) => [n.party, show(n.received), show(n.effectiveOn)])).toEqual([[party, received, out]]);
    expect(of(party, lastIn).inForce).toBe(true);
    const status = of(party, out);
    expect([status.inForce, show(status.endedOn), status.phase]).toEqual([false, out, 'not-a-party']);
  });

  it("would take a State out on 2007-11-03 if its notice were received on 2007-05-02, as Bolivia's was", () => {
    expect(show(of('HN', '2007-05-02').notice.effectiveOn)).toBe('2007-11-03');
  });

  it('stays in force for the Convention as a whole after each denunciation', () => {
    for (const date of ['2007-11-03', '2010-01-07', '2012-07-25', '2024-08-25']) {
      expect(statusOn(icsid, day(date)).inForce, date).toBe(true);
    }
  });

  it('has Ecuador back from 2021-09-03, the 30th day after its ratification of 2021-08-04', () => {
    expect(of('EC', '2021-09-02').inForce).toBe(false);
    expect(of('EC', '2021-09-03').inForce).toBe(true);
    expect(of('EC', '2021-09-03').endedOn).toBeNull();
  });

  it("records each State's participation up to its denunciation, and Ecuador's return", () => {
    const { participation } = historyUntil(icsid, day('2025-01-01'));
    expect(participation.map((p) => [p.party, show(p.from), show(p.until)])).toEqual([
      ['BO', '1966-10-14', '2007-11-03'],
      ['EC', '1966-10-14', '2010-01-07'],
      ['EC', '2021-09-03', null],
      ['VE', '1966-10-14', '2012-07-25'],
      ['HN', '1966-10-14', '2024-08-25'],
    ]);
  });
});
