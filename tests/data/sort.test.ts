import { describe, expect, it } from 'vitest';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const sort = cataloguePlan('sort');

// treaties-v2.md: in force 2003-06-01 until 2012-12-31 (Defense Department summary);
// superseded 2011-02-05 when New START entered into force (CRS RL31448).
describe('SORT (reference: in force 2003-06-01 until 2012-12-31; superseded 2011-02-05)', () => {
  it('was to expire after its last day, 2012-12-31, as known before it was superseded', () => {
    const status = statusOn(sort, day('2010-01-01'));
    expect(status.inForce).toBe(true);
    expect(status.scheduledEnd).toEqual({ on: day('2013-01-01'), reason: 'expiry', party: null, received: null });
  });

  it('ended on 2011-02-05, superseded by New START', () => {
    expect(statusOn(sort, day('2011-02-04')).inForce).toBe(true);
    const ended = statusOn(sort, day('2011-02-05'));
    expect([ended.inForce, show(ended.endedOn), ended.endReason]).toEqual([false, '2011-02-05', 'termination']);
  });

  it('is not in force before 2003-06-01', () => {
    expect(statusOn(sort, day('2003-05-31')).inForce).toBe(false);
  });
});
