import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../src/engine/timeline.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

// SPEC §6 survives: after a withdrawal takes effect on E, the obligations continue through
// the day before E + for. Energy Charter Treaty (treaties-v2): Italy out from 2016-01-01, 20 years.

const ect = cataloguePlan('energy-charter');
const survival = (from: string, until: string, party: string | null) =>
  timelineOf(ect, day(from), day(until), day('2026-12-03'), party).survival.map((s) => [show(s.from), show(s.to), show(s.lastDay)]);

describe('the survival span on a timeline', () => {
  it("runs from Italy's first day out, 2016-01-01, through 2035-12-31", () => {
    expect(survival('2010-01-01', '2040-12-31', 'IT')).toEqual([['2016-01-01', '2035-12-31', '2035-12-31']]);
  });

  it('is clipped to the range, keeping its last day', () => {
    expect(survival('2020-01-01', '2030-12-31', 'IT')).toEqual([['2020-01-01', '2030-12-31', '2035-12-31']]);
  });

  it('is not drawn before the withdrawal takes effect, nor for the agreement as a whole', () => {
    expect(survival('2010-01-01', '2015-12-31', 'IT')).toEqual([]);
    expect(survival('2010-01-01', '2040-12-31', null)).toEqual([]);
  });
});
