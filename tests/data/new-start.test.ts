import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const newStart = cataloguePlan('new-start');

describe('New START (reference: in force 2011-02-05, ten years, extended five years from 2021-02-03, out 2026-02-05)', () => {
  it('has term 1 from 2011-02-05 through 2021-02-04', () => {
    const { term } = statusOn(newStart, day('2015-01-01'));
    expect(term && [term.number, show(term.start), show(term.end)]).toEqual([1, '2011-02-05', '2021-02-04']);
  });

  it('was due to expire on 2021-02-05 as known before the extension', () => {
    const listed = deadlinesBetween(newStart, day('2021-01-01'), day('2021-12-31'));
    expect(listed.filter((d) => d.kind === 'expiry').map((d) => show(d.date))).toEqual(['2021-02-05']);
  });

  it('is in term 2 after the extension, running until 2026-02-04', () => {
    const status = statusOn(newStart, day('2021-02-05'));
    expect(status.inForce).toBe(true);
    expect(status.term && [status.term.number, show(status.term.start), show(status.term.end)]).toEqual([2, '2021-02-05', '2026-02-04']);
    expect(status.nextRenewal).toBeNull();
  });

  it('is in force on 2026-02-04 and gives 2026-02-05 as the first day out of force', () => {
    expect(statusOn(newStart, day('2026-02-04')).inForce).toBe(true);
    const status = statusOn(newStart, day('2026-02-05'));
    expect(status.inForce).toBe(false);
    expect(show(status.endedOn)).toBe('2026-02-05');
    expect(status.endReason).toBe('expiry');
  });

  it('shows term 1 extended and term 2 expired in its history', () => {
    const { terms } = historyUntil(newStart, day('2026-12-31'));
    expect(terms.map((t) => [t.number, show(t.start), show(t.end), t.outcome])).toEqual([
      [1, '2011-02-05', '2021-02-04', 'renewed'],
      [2, '2021-02-05', '2026-02-04', 'expired'],
    ]);
  });

  it('lists the 2026-02-05 expiry as known after the extension', () => {
    const listed = deadlinesBetween(newStart, day('2025-06-01'), day('2026-12-31'));
    expect(listed.filter((d) => d.kind === 'expiry').map((d) => show(d.date))).toEqual(['2026-02-05']);
  });

  it('takes effect three months after a withdrawal notice', () => {
    expect(show(statusOn(newStart, day('2023-02-21')).notice.effectiveOn)).toBe('2023-05-21');
  });

  it('never takes a withdrawal past the expiry: a notice on 2025-12-01 ends it on 2026-02-05', () => {
    expect(show(statusOn(newStart, day('2025-12-01')).notice.effectiveOn)).toBe('2026-02-05');
  });
});
