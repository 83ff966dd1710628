import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const inf = cataloguePlan('inf');

describe('INF Treaty (reference: in force 1988-06-01, US notice 2019-02-02, out 2019-08-02)', () => {
  it('is in force on 2019-08-01, the last day before the US withdrawal took effect', () => {
    const status = statusOn(inf, day('2019-08-01'));
    expect(status.inForce).toBe(true);
    expect(status.endedOn).toBeNull();
    expect(status.pending.map((n) => [n.party, show(n.received), show(n.effectiveOn)])).toEqual([['US', '2019-02-02', '2019-08-02']]);
  });

  it('gives 2019-08-02 as the first day out of force after the US notice', () => {
    const status = statusOn(inf, day('2019-08-02'));
    expect(status.inForce).toBe(false);
    expect(show(status.endedOn)).toBe('2019-08-02');
    expect(status.endReason).toBe('notice');
  });

  it('on 2019-02-01 allows notice that would take effect on 2019-08-01', () => {
    const { notice } = statusOn(inf, day('2019-02-01'));
    expect(notice.possible).toBe(true);
    expect(show(notice.effectiveOn)).toBe('2019-08-01');
    expect(notice.deadline).toBeNull();
  });

  it('has no fixed term: it was of unlimited duration', () => {
    expect(statusOn(inf, day('2000-01-01')).term).toBeNull();
    expect(historyUntil(inf, day('2020-01-01')).terms).toEqual([]);
  });

  it('is not in force before 1988-06-01', () => {
    expect(statusOn(inf, day('1988-05-31')).inForce).toBe(false);
    expect(statusOn(inf, day('1988-06-01')).inForce).toBe(true);
  });

  it('records the US notice alone: Russia\'s 2019 "suspension" was not a notice', () => {
    const { events } = historyUntil(inf, day('2020-01-01'));
    expect(events.map((e) => [e.type, e.party, show(e.date), e.state, show(e.effectiveOn)])).toEqual([
      ['notice', 'US', '2019-02-02', 'effective', '2019-08-02'],
    ]);
  });
});
