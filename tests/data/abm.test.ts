import { describe, expect, it } from 'vitest';
import { mainReadingOf, readingsOf } from '../../src/engine/readings.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const abm = cataloguePlan('abm');

describe('ABM Treaty (reference: in force 1972-10-03, US notes 2001-12-13, out 2002-06-13)', () => {
  it('schedules the US withdrawal of 2001-12-13 for 2002-06-13', () => {
    const status = statusOn(abm, day('2001-12-13'));
    expect(status.inForce).toBe(true);
    expect(status.pending.map((n) => [n.party, n.state, show(n.effectiveOn)])).toEqual([['US', 'pending', '2002-06-13']]);
  });

  it('is in force on 2002-06-12 and out from 2002-06-13', () => {
    expect(statusOn(abm, day('2002-06-12')).inForce).toBe(true);
    const status = statusOn(abm, day('2002-06-13'));
    expect(status.inForce).toBe(false);
    expect(show(status.endedOn)).toBe('2002-06-13');
  });

  it('gives 2002-06-12 for a notice received one day earlier, on 2001-12-12', () => {
    expect(show(statusOn(abm, day('2001-12-12')).notice.effectiveOn)).toBe('2002-06-12');
  });
});

describe('ABM Treaty, readings (reference: White House 2002-06-13; Defense Department page "June 14, 2002")', () => {
  const defense = readingsOf(abm).find((reading) => reading.id === 'defense-department');

  it('names the White House reading as the main one and has the Defense Department one', () => {
    expect(mainReadingOf(abm)?.id).toBe('white-house');
    expect(readingsOf(abm).map((reading) => reading.id)).toEqual(['defense-department']);
  });

  it("is out from 2002-06-14 under the Defense Department's reading, in force on 2002-06-13", () => {
    expect(statusOn(defense!.compiled, day('2002-06-13')).inForce).toBe(true);
    const status = statusOn(defense!.compiled, day('2002-06-14'));
    expect([status.inForce, show(status.endedOn)]).toEqual([false, '2002-06-14']);
  });

  it('keeps the main reading: out from 2002-06-13', () => {
    expect(show(statusOn(abm, day('2002-06-13')).endedOn)).toBe('2002-06-13');
  });
});
