import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const nato = cataloguePlan('nato');

describe('North Atlantic Treaty (reference: in force 1949-08-24, notice possible from 1969-08-24)', () => {
  it('does not allow notice of denunciation on 1969-08-23', () => {
    for (const party of [null, 'US', 'FR']) {
      const { notice } = statusOn(nato, day('1969-08-23'), party);
      expect(notice.possible, String(party)).toBe(false);
      expect(show(notice.earliestOn)).toBe('1969-08-24');
    }
  });

  it('allows notice from 1969-08-24, taking effect one year later', () => {
    const { notice } = statusOn(nato, day('1969-08-24'), 'US');
    expect(notice.possible).toBe(true);
    expect(show(notice.effectiveOn)).toBe('1970-08-24');
  });

  it('stays in force for every founding party in 2025: no party has denounced it', () => {
    for (const party of nato.parties) expect(statusOn(nato, day('2025-06-01'), party).inForce, party).toBe(true);
  });

  it('lists 1969-08-24 as the earliest-notice day, once for the founding parties', () => {
    const listed = deadlinesBetween(nato, day('1969-01-01'), day('1969-12-31'));
    expect(listed.map((d) => [d.kind, show(d.date), d.party])).toEqual([['earliest-notice', '1969-08-24', null]]);
  });
});
