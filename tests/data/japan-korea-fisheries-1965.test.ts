import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { catalogueJson, cataloguePlan, day, show } from '../helpers/agreement.js';

const fisheries = cataloguePlan('japan-korea-fisheries-1965');

describe('Japan–Korea Fisheries Agreement 1965 (reference: in force 1965-12-18, five years, Japan notice 1998-01-23)', () => {
  it('has an initial term from 1965-12-18 through 1970-12-17', () => {
    const { term, phase } = statusOn(fisheries, day('1968-01-01'));
    expect(phase).toBe('fixed-term');
    expect(term && [term.number, show(term.start), show(term.end)]).toEqual([1, '1965-12-18', '1970-12-17']);
  });

  it('continues indefinitely after the initial term', () => {
    const status = statusOn(fisheries, day('1970-12-18'));
    expect(status.inForce).toBe(true);
    expect(status.phase).toBe('indefinite');
    expect(status.term).toBeNull();
    const { terms } = historyUntil(fisheries, day('1990-01-01'));
    expect(terms.map((t) => [t.number, show(t.end), t.outcome])).toEqual([[1, '1970-12-17', 'continued']]);
  });

  it("takes effect on 1999-01-23, one year after Japan's notice was received on 1998-01-23", () => {
    expect(show(statusOn(fisheries, day('1998-01-23')).pending[0]?.effectiveOn)).toBe('1999-01-23');
    expect(statusOn(fisheries, day('1999-01-22')).inForce).toBe(true);
    const status = statusOn(fisheries, day('1999-01-23'));
    expect(status.inForce).toBe(false);
    expect(show(status.endedOn)).toBe('1999-01-23');
  });

  it('keeps the 1999-01-22 / 1999-01-23 conflict in a note', () => {
    const note = (catalogueJson('japan-korea-fisheries-1965') as { note: string }).note;
    expect(note).toContain('1999-01-22');
    expect(note).toContain('1999-01-23');
  });
});
