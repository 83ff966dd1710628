import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const nuclear = cataloguePlan('japan-us-nuclear');

// In force 1988-07-17, thirty years, then until six months after notice (Art. 16: Wedge
// 2017-11-27, Mainichi 2018-01-16); it continued from 2018-07-17 (Jiji 2018-07-17).
describe('Japan–US Nuclear Cooperation Agreement (reference: in force 1988-07-17, 30 years, continued from 2018-07-17)', () => {
  it('has its thirty-year term from 1988-07-17 through 2018-07-16', () => {
    const { term, phase } = statusOn(nuclear, day('2000-01-01'));
    expect(phase).toBe('fixed-term');
    expect(term && [term.number, show(term.start), show(term.end)]).toEqual([1, '1988-07-17', '2018-07-16']);
  });

  // No source dates this deadline: it is the README's rule for a withdrawal clause with a
  // fixed term (D + N no later than the day after the term): 2018-01-17 + P6M = 2018-07-17.
  it('gives 2018-01-17 as the last day a notice ends it with the thirty years, on 2018-07-17', () => {
    const { notice } = statusOn(nuclear, day('2018-01-17'));
    expect([notice.possible, show(notice.deadline), show(notice.effectiveOn)]).toEqual([true, '2018-01-17', '2018-07-17']);
    expect(show(statusOn(nuclear, day('2018-01-18')).notice.effectiveOn)).toBe('2018-07-18');
  });

  it('never ends before the thirty years: a notice on 2017-11-27 would still take effect on 2018-07-17', () => {
    expect(show(statusOn(nuclear, day('2017-11-27')).notice.effectiveOn)).toBe('2018-07-17');
  });

  it('continues indefinitely from 2018-07-17, with no notice given', () => {
    const status = statusOn(nuclear, day('2018-07-17'));
    expect([status.inForce, status.phase, status.term, status.pending]).toEqual([true, 'indefinite', null, []]);
    const { terms } = historyUntil(nuclear, day('2019-01-01'));
    expect(terms.map((t) => [t.number, show(t.end), t.outcome])).toEqual([[1, '2018-07-16', 'continued']]);
  });

  it('ends six months after a notice once the thirty years are over: 2018-07-17 → 2019-01-17', () => {
    expect(show(statusOn(nuclear, day('2018-07-17')).notice.effectiveOn)).toBe('2019-01-17');
  });
});
