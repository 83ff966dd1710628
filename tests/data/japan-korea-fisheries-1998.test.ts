import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { catalogueJson, cataloguePlan, day, show } from '../helpers/agreement.js';

const fisheries = cataloguePlan('japan-korea-fisheries-1998');

// Fisheries Agency summary: in force 1999-01-22, three years, then six months after notice.
describe('Japan–Korea Fisheries Agreement 1998 (reference: in force 1999-01-22, three years, then six months after notice)', () => {
  it('is not in force on 1999-01-21 and in force from 1999-01-22', () => {
    expect(statusOn(fisheries, day('1999-01-21')).inForce).toBe(false);
    expect(statusOn(fisheries, day('1999-01-22')).inForce).toBe(true);
  });

  it('has its three years from 1999-01-22 through 2002-01-21, then continues', () => {
    const { term } = statusOn(fisheries, day('2000-06-01'));
    expect(term && [term.number, show(term.start), show(term.end)]).toEqual([1, '1999-01-22', '2002-01-21']);
    const status = statusOn(fisheries, day('2002-01-22'));
    expect([status.inForce, status.phase]).toEqual([true, 'indefinite']);
    const { terms } = historyUntil(fisheries, day('2003-01-01'));
    expect(terms.map((t) => [t.number, show(t.end), t.outcome])).toEqual([[1, '2002-01-21', 'continued']]);
  });

  it('never ends within the three years: a notice on 1999-06-01 takes effect on 2002-01-22', () => {
    expect(show(statusOn(fisheries, day('1999-06-01')).notice.effectiveOn)).toBe('2002-01-22');
  });

  it('ends six months after a notice in the indefinite phase: 2010-03-15 → 2010-09-15', () => {
    expect(show(statusOn(fisheries, day('2010-03-15')).notice.effectiveOn)).toBe('2010-09-15');
  });

  it('keeps the 1999-01-22 / 1999-01-23 disagreement and the overlap with the 1965 file in its note', () => {
    const { note } = catalogueJson('japan-korea-fisheries-1998') as { note: string };
    expect(note).toContain('1999-01-23');
    expect(note).toContain('overlap on 1999-01-22');
    expect(show(statusOn(cataloguePlan('japan-korea-fisheries-1965'), day('1999-01-22')).endedOn)).toBeNull();
  });
});
