import { describe, expect, it } from 'vitest';
import { explainStatus, type StepOfKind } from '../../src/engine/explain.js';
import { statusOn } from '../../src/engine/status.js';
import { explanationJson } from '../../src/render/json.js';
import { cataloguePlan, day } from '../helpers/agreement.js';

// Expected values come from the definitions (GSOMIA: P1Y renewing every P1Y, P90D notice,
// in force 2016-11-23; New START: P10Y from 2011-02-05, extended by P5Y on 2021-02-03).

function explained(id: string, on: string) {
  const compiled = cataloguePlan(id);
  const steps = explainStatus(compiled, statusOn(compiled, day(on)));
  return { steps, json: explanationJson(steps) };
}

describe('explanationJson', () => {
  it('gets durations and spans as data from the engine and prints them in words: P90D → "90 days", 48 months → "4 years"', () => {
    const { steps, json } = explained('gsomia', '2020-08-24');
    const term = steps.find((step): step is StepOfKind<'term'> => step.kind === 'term');
    expect(term?.values).toMatchObject({ startSpan: { months: 36, days: 0 }, endSpan: { months: 48, days: 0 } });
    const rule = steps.find((step): step is StepOfKind<'rule'> => step.kind === 'rule');
    expect(rule?.values.notice).toMatchObject({ months: 0, days: 90, text: 'P90D' });
    expect(json.find((step) => step.step === 'rule')?.values).toEqual({
      initial: '1 year',
      then: 'renew',
      renewal: '1 year',
      notice: '90 days',
      effect: 'end-of-term',
      nextDay: false,
      earliest: null,
      multilateral: false,
    });
    expect(json.find((step) => step.step === 'term')?.values).toMatchObject({ number: 4, startSpan: '3 years', endSpan: '4 years' });
    expect(json.find((step) => step.step === 'deadline')?.values).toMatchObject({ notice: '90 days' });
  });

  it("writes New START's extension term and its expiry span: P5Y → \"5 years\", 2011-02-05 to 2026-02-05 → \"15 years\"", () => {
    const { json } = explained('new-start', '2025-06-01');
    expect(json.find((step) => step.step === 'extension')?.values).toEqual({ term: '5 years' });
    expect(json.find((step) => step.step === 'expiry')?.values).toEqual({ span: '15 years', clamped: false });
  });
});
