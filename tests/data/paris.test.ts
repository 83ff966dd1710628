import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const paris = cataloguePlan('paris');
const us = (date: string) => statusOn(paris, day(date), 'US');

describe('Paris Agreement (reference: in force 2016-11-04; US out 2020-11-04, back 2021-02-19, out again 2026-01-27)', () => {
  it('does not allow US notice on 2019-11-03, the day before three years in force', () => {
    const { notice } = us('2019-11-03');
    expect(notice.possible).toBe(false);
    expect(notice.effectiveOn).toBeNull();
    expect(show(notice.earliestOn)).toBe('2019-11-04');
  });

  it('allows US notice on 2019-11-04 itself, taking effect on 2020-11-04', () => {
    const { notice } = us('2019-11-04');
    expect(notice.possible).toBe(true);
    expect(show(notice.effectiveOn)).toBe('2020-11-04');
  });

  it('keeps the United States in until 2020-11-03 and out from 2020-11-04', () => {
    expect(us('2020-11-03').inForce).toBe(true);
    const status = us('2020-11-04');
    expect(status.inForce).toBe(false);
    expect(show(status.endedOn)).toBe('2020-11-04');
    expect(statusOn(paris, day('2020-11-04')).inForce).toBe(true);
  });

  it('has the United States back in from 2021-02-19, the 30th day after its acceptance', () => {
    expect(us('2021-02-18').inForce).toBe(false);
    const status = us('2021-02-19');
    expect(status.inForce).toBe(true);
    expect(status.endedOn).toBeNull();
  });

  it('counts three years again from 2021-02-19: no US notice before 2024-02-19', () => {
    for (const date of ['2021-02-19', '2023-01-01', '2024-02-18']) {
      expect(us(date).notice.possible, date).toBe(false);
      expect(show(us(date).notice.earliestOn), date).toBe('2024-02-19');
    }
  });

  it('allows US notice again on 2024-02-19', () => {
    const { notice } = us('2024-02-19');
    expect(notice.possible).toBe(true);
    expect(show(notice.effectiveOn)).toBe('2025-02-19');
  });

  it('takes the United States out again on 2026-01-27 after the notice of 2025-01-27', () => {
    const pending = us('2025-01-27').pending;
    expect(pending.map((n) => [show(n.received), show(n.effectiveOn)])).toEqual([['2025-01-27', '2026-01-27']]);
    expect(us('2026-01-26').inForce).toBe(true);
    expect(us('2026-01-27').inForce).toBe(false);
    expect(show(us('2026-01-27').endedOn)).toBe('2026-01-27');
  });

  it('records both stints of US participation', () => {
    const { participation } = historyUntil(paris, day('2026-12-31'), 'US');
    expect(participation.map((p) => [show(p.from), show(p.until)])).toEqual([
      ['2016-11-04', '2020-11-04'],
      ['2021-02-19', '2026-01-27'],
    ]);
  });

  it('lists 2024-02-19 as the first day the United States may give notice again', () => {
    const listed = deadlinesBetween(paris, day('2021-02-19'), day('2025-01-01'), 'US');
    expect(listed.map((d) => [d.kind, show(d.date)])).toEqual([['earliest-notice', '2024-02-19']]);
  });
});
