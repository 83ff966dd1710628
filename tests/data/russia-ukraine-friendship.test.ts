import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const treaty = cataloguePlan('russia-ukraine-friendship');

// In force 1999-04-01 (Interfax-Ukraine); ten-year periods, notice at least six months before
// the end of one (a Ukrainian outlet's paraphrase of Art. 40); Ukraine's note received 2018-09-24 (TASS).
describe('Russia–Ukraine Friendship Treaty (reference: in force 1999-04-01, note received 2018-09-24, out 2019-04-01)', () => {
  it('runs its first ten-year period 1999-04-01 … 2009-03-31 and renews on 2009-04-01', () => {
    const { terms } = historyUntil(treaty, day('2010-01-01'));
    expect(terms.map((t) => [t.number, show(t.start), show(t.end), t.outcome])).toEqual([
      [1, '1999-04-01', '2009-03-31', 'renewed'],
      [2, '2009-04-01', '2019-03-31', 'current'],
    ]);
  });

  it('gives 2018-09-30 as the last day for notice in 2018 (forward rule: 2018-09-30 + P6M = 2019-03-30 ≤ 2019-03-31)', () => {
    const { notice } = statusOn(treaty, day('2018-09-24'));
    expect([notice.possible, show(notice.deadline), notice.daysLeft, show(notice.effectiveOn)]).toEqual([
      true,
      '2018-09-30',
      6,
      '2019-04-01',
    ]);
  });

  it('counts the note from its receipt on 2018-09-24, in time to end the Treaty on 2019-04-01', () => {
    const status = statusOn(treaty, day('2018-09-24'));
    expect(status.pending.map((n) => [n.party, show(n.received), n.state, show(n.effectiveOn)])).toEqual([
      ['UA', '2018-09-24', 'pending', '2019-04-01'],
    ]);
    expect(status.nextRenewal).toBeNull();
  });

  it('is in force on 2019-03-31 and out from 2019-04-01 ("expired on April 1, 2019", Interfax-Ukraine)', () => {
    expect(statusOn(treaty, day('2019-03-31')).inForce).toBe(true);
    const status = statusOn(treaty, day('2019-04-01'));
    expect([status.inForce, show(status.endedOn), status.endReason]).toEqual([false, '2019-04-01', 'notice']);
  });

  it('ends its second period terminated in the history', () => {
    const { terms } = historyUntil(treaty, day('2020-01-01'));
    expect(terms.map((t) => [t.number, show(t.end), t.outcome])).toEqual([
      [1, '2009-03-31', 'renewed'],
      [2, '2019-03-31', 'terminated'],
    ]);
  });
});
