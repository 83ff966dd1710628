import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { catalogueJson, cataloguePlan, day, show } from '../helpers/agreement.js';

const fta = cataloguePlan('canada-korea-fta');

// Art. 23.5: six months after notice (reference, second set). No notice has been given.
describe('Canada–Korea FTA (reference: Art. 23.5, six months after notice)', () => {
  it("takes effect six months after a notice, clamping to the month's end: 2019-08-31 → 2020-02-29", () => {
    expect(show(statusOn(fta, day('2019-08-31')).notice.effectiveOn)).toBe('2020-02-29');
    expect(show(statusOn(fta, day('2021-08-31')).notice.effectiveOn)).toBe('2022-02-28');
  });

  it('has no fixed term and no events', () => {
    expect(statusOn(fta, day('2020-01-01')).term).toBeNull();
    expect(historyUntil(fta, day('2026-01-01')).events).toEqual([]);
  });

  it('says its entry into force is unverified', () => {
    const { note } = catalogueJson('canada-korea-fta') as { note: string };
    expect(note).toContain('2015-01-01, is not in the sources used here: it is unverified');
  });
});
