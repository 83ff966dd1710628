import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const openSkies = cataloguePlan('open-skies');

describe('Treaty on Open Skies (reference: in force 2002-01-01; US out 2020-11-22, Russia out 2021-12-18)', () => {
  it('keeps the United States in on 2020-11-21', () => {
    const status = statusOn(openSkies, day('2020-11-21'), 'US');
    expect(status.inForce).toBe(true);
    expect(status.pending.map((n) => [n.party, show(n.received), show(n.effectiveOn)])).toEqual([['US', '2020-05-22', '2020-11-22']]);
  });

  it('gives 2020-11-22 as the first day the United States is no longer a party', () => {
    const status = statusOn(openSkies, day('2020-11-22'), 'US');
    expect(status.inForce).toBe(false);
    expect(show(status.endedOn)).toBe('2020-11-22');
    expect(status.phase).toBe('not-a-party');
  });

  it('stays in force on 2020-11-22 for the treaty as a whole and for Russia', () => {
    const whole = statusOn(openSkies, day('2020-11-22'));
    expect(whole.inForce).toBe(true);
    expect(whole.endedOn).toBeNull();
    const russia = statusOn(openSkies, day('2020-11-22'), 'RU');
    expect(russia.inForce).toBe(true);
    expect(russia.notice.possible).toBe(true);
  });

  it('gives 2021-12-18 as the first day Russia is no longer a party', () => {
    expect(statusOn(openSkies, day('2021-12-17'), 'RU').inForce).toBe(true);
    const status = statusOn(openSkies, day('2021-12-18'), 'RU');
    expect(status.inForce).toBe(false);
    expect(show(status.endedOn)).toBe('2021-12-18');
    expect(statusOn(openSkies, day('2021-12-18')).inForce).toBe(true);
  });

  it('would have taken Russia out on 2021-12-18 from its notice of 2021-06-18', () => {
    expect(show(statusOn(openSkies, day('2021-06-18'), 'RU').notice.effectiveOn)).toBe('2021-12-18');
  });

  it("records each party's participation from 2002-01-01 until its withdrawal", () => {
    const { participation } = historyUntil(openSkies, day('2022-01-01'));
    expect(participation.map((p) => [p.party, show(p.from), show(p.until)])).toEqual([
      ['US', '2002-01-01', '2020-11-22'],
      ['RU', '2002-01-01', '2021-12-18'],
    ]);
  });
});
