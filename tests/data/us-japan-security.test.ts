import { describe, expect, it } from 'vitest';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const treaty = cataloguePlan('us-japan-security');

describe('US–Japan Security Treaty (reference: in force 1960-06-23, notice possible after ten years)', () => {
  it('does not allow notice on 1970-06-22', () => {
    const { notice } = statusOn(treaty, day('1970-06-22'));
    expect(notice.possible).toBe(false);
    expect(show(notice.earliestOn)).toBe('1970-06-23');
  });

  it('allows notice from 1970-06-23, ending the treaty one year later', () => {
    const { notice } = statusOn(treaty, day('1970-06-23'));
    expect(notice.possible).toBe(true);
    expect(show(notice.effectiveOn)).toBe('1971-06-23');
  });

  it('continues in force with no notice given', () => {
    const status = statusOn(treaty, day('2025-01-01'));
    expect(status.inForce).toBe(true);
    expect(status.term).toBeNull();
    expect(status.pending).toEqual([]);
  });

  it('is not in force before 1960-06-23, though signed on 1960-01-19', () => {
    expect(statusOn(treaty, day('1960-06-22')).inForce).toBe(false);
    expect(statusOn(treaty, day('1960-06-23')).inForce).toBe(true);
  });
});
