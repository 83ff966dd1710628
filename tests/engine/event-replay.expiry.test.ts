import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { situationOn } from '../../src/engine/situation.js';
import { statusOn } from '../../src/engine/status.js';
import { catalogueJson, cataloguePlan, compiledOf, day, type EventInput, problemsOf, show } from '../helpers/agreement.js';

const expiring = (start: string, initial: string, events: EventInput[] = [], notice = 'P3M') =>
  compiledOf({
    entryIntoForce: start,
    duration: { initial, then: 'expire' },
    termination: { notice, effect: 'after-notice' },
    events,
  });

describe('a fixed term that expires, with extensions', () => {
  it('expires on the first day after its term when nobody extends it', () => {
    const compiled = expiring('2011-02-05', 'P10Y');
    expect(statusOn(compiled, day('2021-02-04')).inForce).toBe(true);
    const status = statusOn(compiled, day('2021-02-05'));
    expect([status.inForce, show(status.endedOn), status.endReason]).toEqual([false, '2021-02-05', 'expiry']);
    expect(historyUntil(compiled, day('2022-01-01')).terms.map((t) => t.outcome)).toEqual(['expired']);
  });

  it('counts each extension from the current end, all sums taken from entry into force', () => {
    const compiled = expiring('2020-01-31', 'P1M', [
      { type: 'extension', date: '2020-02-20', term: 'P1M' },
      { type: 'extension', date: '2020-03-20', term: 'P1M' },
    ]);
    const { terms } = situationOn(compiled);
    // Chaining would give 2020-02-29 → 2020-03-29 → 2020-04-29; from the origin it is 2020-03-31, 2020-04-30.
    expect([1, 2, 3].map((k) => show(terms.boundary(k)))).toEqual(['2020-02-29', '2020-03-31', '2020-04-30']);
    expect(show(statusOn(compiled, day('2020-04-30')).endedOn)).toBe('2020-04-30');
  });

  it('does not know an extension before the day it is agreed', () => {
    const compiled = expiring('2011-02-05', 'P10Y', [{ type: 'extension', date: '2021-02-03', term: 'P5Y' }]);
    const before = deadlinesBetween(compiled, day('2021-02-02'), day('2030-01-01')).filter((d) => d.kind === 'expiry');
    const after = deadlinesBetween(compiled, day('2021-02-03'), day('2030-01-01')).filter((d) => d.kind === 'expiry');
    expect(before.map((d) => show(d.date))).toEqual(['2021-02-05']);
    expect(after.map((d) => show(d.date))).toEqual(['2026-02-05']);
  });

  it('rejects an extension of an agreement that does not expire', () => {
    // The minimal definition renews yearly.
    const problems = problemsOf({ entryIntoForce: '2000-01-01', events: [{ type: 'extension', date: '2000-06-01', term: 'P1Y' }] });
    expect(problems.map((p) => p.path)).toEqual([['events', 0, 'type']]);
    expect(problems[0]?.message).toMatch(/extension applies to agreements whose duration.then is "expire"/);
  });

  it('caps a withdrawal at the expiry, but lets it run its three months once the agreement is extended', () => {
    const notice: EventInput = { type: 'notice', date: '2020-12-01', party: 'AA' };
    const unextended = expiring('2011-02-05', 'P10Y', [notice]);
    expect(show(statusOn(unextended, day('2021-01-01')).pending[0]?.effectiveOn)).toBe('2021-02-05');
    const extended = expiring('2011-02-05', 'P10Y', [notice, { type: 'extension', date: '2021-02-03', term: 'P5Y' }]);
    expect(show(statusOn(extended, day('2021-02-03')).pending[0]?.effectiveOn)).toBe('2021-03-01');
    expect(statusOn(extended, day('2021-02-28')).inForce).toBe(true);
    const status = statusOn(extended, day('2021-03-01'));
    expect([status.inForce, show(status.endedOn), status.endReason]).toEqual([false, '2021-03-01', 'notice']);
  });
});

describe('a withdrawal that would take effect after the agreement expires', () => {
  // New START: three months' notice received 2025-12-01 would run to 2026-03-01, but the
  // treaty is out from 2026-02-05 anyway: it expires, and every answer says so.
  it('gives expiry, not the notice, as the reason New START ends on 2026-02-05', () => {
    const compiled = compiledOf({
      ...(catalogueJson('new-start') as Record<string, unknown>),
      events: [
        { type: 'extension', date: '2021-02-03', term: 'P5Y' },
        { type: 'notice', date: '2025-12-01', party: 'RU' },
      ],
    });
    const status = statusOn(compiled, day('2026-02-05'));
    expect([status.inForce, show(status.endedOn), status.endReason]).toEqual([false, '2026-02-05', 'expiry']);
    expect(historyUntil(compiled, day('2026-11-28')).terms.map((t) => t.outcome)).toEqual(['renewed', 'expired']);
  });
});

describe('participation', () => {
  it('is tracked for multilateral agreements only: a bilateral situation has no stints', () => {
    expect(situationOn(cataloguePlan('inf')).stints.size).toBe(0);
    expect(situationOn(cataloguePlan('open-skies')).stints.size).toBe(2);
  });
});
