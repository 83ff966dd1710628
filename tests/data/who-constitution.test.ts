import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { catalogueJson, cataloguePlan, day, show } from '../helpers/agreement.js';

const who = cataloguePlan('who-constitution');
const us = (date: string) => statusOn(who, day(date), 'US');

// UN spokesperson 2020-07-07 (notice 2020-07-06 → 2021-07-06); the US letter of 2021-01-20
// retracting it; UN spokesperson 2025 (notice dated 2025-01-22 → 2026-01-22).
describe('WHO Constitution, United States (reference: party since 1948-06-21; notice, retraction, notice)', () => {
  it('would have taken the United States out on 2021-07-06 after its notice of 2020-07-06', () => {
    expect(us('2020-07-06').pending.map((n) => [n.party, show(n.received), n.state, show(n.effectiveOn)])).toEqual([
      ['US', '2020-07-06', 'pending', '2021-07-06'],
    ]);
  });

  it('keeps the United States in on 2021-07-06, the notice having been retracted on 2021-01-20', () => {
    expect(us('2021-01-19').pending).toHaveLength(1);
    expect(us('2021-01-20').pending).toEqual([]);
    expect([us('2021-07-06').inForce, us('2021-07-06').endedOn]).toEqual([true, null]);
  });

  it('takes the United States out on 2026-01-22, one year after the notice dated 2025-01-22', () => {
    expect(us('2025-01-22').pending.map((n) => [show(n.received), show(n.effectiveOn)])).toEqual([['2025-01-22', '2026-01-22']]);
    expect(us('2026-01-21').inForce).toBe(true);
    const status = us('2026-01-22');
    expect([status.inForce, show(status.endedOn)]).toEqual([false, '2026-01-22']);
  });

  it('records the first notice as retracted and the second as effective', () => {
    const { events } = historyUntil(who, day('2026-12-31'), 'US');
    expect(events.map((e) => [e.type, show(e.date), e.state, show(e.effectiveOn)])).toEqual([
      ['notice', '2020-07-06', 'retracted', null],
      ['retraction', '2021-01-20', null, null],
      ['notice', '2025-01-22', 'effective', '2026-01-22'],
    ]);
  });

  it('says that the unpaid-dues condition is not modelled', () => {
    const { note } = catalogueJson('who-constitution') as { note: string };
    expect(note).toContain('unpaid dues must be settled before the withdrawal: that condition is not modelled');
  });
});
