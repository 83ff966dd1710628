import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { compiledOf, type DefinitionFields, day, type EventInput, problemsOf, show } from '../helpers/agreement.js';

// The minimal definition's terms: GSOMIA's, from 2016-11-23, renewed yearly, 90 days' notice.
const fields = (events: EventInput[]): DefinitionFields => ({ events });

describe('termination by consent', () => {
  const compiled = compiledOf(fields([{ type: 'termination', date: '2021-03-01' }]));

  it('is in force the day before and out from the termination date', () => {
    expect(statusOn(compiled, day('2021-02-28')).inForce).toBe(true);
    const status = statusOn(compiled, day('2021-03-01'));
    expect([status.inForce, show(status.endedOn), status.endReason, status.term]).toEqual([false, '2021-03-01', 'termination', null]);
    expect(status.notice.possible).toBe(false);
  });

  it('cuts the current term short in the history', () => {
    const { terms } = historyUntil(compiled, day('2022-01-01'));
    expect(terms.map((t) => [t.number, show(t.end), t.outcome])).toEqual([
      [1, '2017-11-22', 'renewed'],
      [2, '2018-11-22', 'renewed'],
      [3, '2019-11-22', 'renewed'],
      [4, '2020-11-22', 'renewed'],
      [5, '2021-02-28', 'terminated'],
    ]);
  });

  it('lists nothing once it has ended', () => {
    expect(deadlinesBetween(compiled, day('2021-03-01'), day('2030-01-01'))).toEqual([]);
  });

  it('rejects an event after the agreement has ended, naming it', () => {
    const problems = problemsOf(
      fields([
        { type: 'termination', date: '2021-03-01' },
        { type: 'notice', date: '2021-05-01', party: 'AA' },
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual([['events', 1, 'date']]);
    expect(problems[0]?.message).toMatch(/no longer in force from 2021-03-01/);
  });
});
