import { describe, expect, it } from 'vitest';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const unesco = cataloguePlan('unesco-constitution');
const of = (party: string, date: string) => statusOn(unesco, day(date), party);

// treaties-v2.md: US notice 2017-10-12 → 2018-12-31 (State Department); Israel received
// 2017-12-29 → 2018-12-31 (Xinhua); US back 2023-07-10 (UNESCO); US notice 2025-07-22 →
// 2026-12-31 (TASS). 31 December is read as the first day out (SPEC §6).
describe('UNESCO Constitution (reference: withdrawals effective 31 December of the following year)', () => {
  it.each([
    ['US', '2018-12-30', '2018-12-31'],
    ['IL', '2018-12-30', '2018-12-31'],
  ])('takes %s out from 2018-12-31', (party, lastIn, out) => {
    expect(of(party, lastIn).inForce).toBe(true);
    expect([of(party, out).inForce, show(of(party, out).endedOn)]).toEqual([false, out]);
  });

  it('has the United States back from 2023-07-10', () => {
    expect(of('US', '2023-07-09').inForce).toBe(false);
    expect(of('US', '2023-07-10').inForce).toBe(true);
  });

  it('gives 2026-12-31 for the US notice of 2025-07-22', () => {
    const status = of('US', '2026-12-03');
    expect(status.pending.map((n) => [show(n.received), show(n.effectiveOn)])).toEqual([['2025-07-22', '2026-12-31']]);
    expect(show(status.scheduledEnd?.on)).toBe('2026-12-31');
    expect([of('US', '2026-12-31').inForce, show(of('US', '2026-12-31').endedOn)]).toEqual([false, '2026-12-31']);
  });
});
