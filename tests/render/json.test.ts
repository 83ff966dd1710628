import { describe, expect, it } from 'vitest';
import { explainStatus, type StepOfKind } from '../../src/engine/explain.js';
import { statusOn } from '../../src/engine/status.js';
import { explanationJson } from '../../src/render/json.js';
import { cataloguePlan, day } from '../helpers/agreement.js';
import { jsonOf, runIn } from '../helpers/cli.js';

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

  it('writes New START\'s extension term and its expiry span: P5Y → "5 years", 2011-02-05 to 2026-02-05 → "15 years"', () => {
    const { json } = explained('new-start', '2025-06-01');
    expect(json.find((step) => step.step === 'extension')?.values).toEqual({ term: '5 years' });
    expect(json.find((step) => step.step === 'expiry')?.values).toEqual({ span: '15 years', clamped: false });
  });
});

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Every value at a key that names a day (on, from, until, start, end, date, …On, …Deadline, nextRenewal). */
function dayFields(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => dayFields(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = path ? `${path}.${key}` : key;
    const isDay = /^(on|from|until|start|end|date|received|nextRenewal)$|On$|Deadline$|^deadline$/.test(key);
    return isDay && (item === null || typeof item !== 'object') ? [[at, item] as [string, unknown]] : dayFields(item, at);
  });
}

describe('JSON date fields hold a date or null', () => {
  // GSOMIA's term 7984 begins 9999-11-23 and ends past the calendar: its end, the next
  // renewal and the 10000 deadline cannot be written as dates.
  it('in status, with the days past 9999-12-31 named in outsideCalendar', async () => {
    const json = jsonOf(await runIn(['status', '--on', '9999-12-01', '--json']));
    for (const [path, value] of dayFields(json)) expect(value === null || ISO.test(String(value)), path).toBe(true);
    expect(json.term).toEqual({ number: 7984, start: '9999-11-23', end: null });
    expect(json.nextRenewal).toBeNull();
    // the 10000-08-24 deadline ends past the calendar too (SPEC §8's deadlineEndsAt)
    expect(json.outsideCalendar).toEqual([
      'term.end',
      'nextRenewal',
      'notice.deadline',
      'notice.effectiveOn',
      'notice.deadlineEndsAt',
      'notice.nextDeadline',
      'earliestEnd',
    ]);
    expect(json.earliestEnd).toBeNull();
  });

  it('in history', async () => {
    const json = jsonOf(await runIn(['history', '--from', '9999-01-01', '--until', '9999-12-31', '--json']));
    for (const [path, value] of dayFields(json)) expect(value === null || ISO.test(String(value)), path).toBe(true);
    expect(json.outsideCalendar).toEqual(['terms[1].end', 'terms[1].noticeDeadline']);
  });

  it('leaves outsideCalendar out when every day is a date', async () => {
    expect(jsonOf(await runIn(['status', '--on', '2020-08-24', '--json']))).not.toHaveProperty('outsideCalendar');
  });
});

describe('explanation JSON dates', () => {
  it("hold a date or null, with each step's roles past the calendar in its outsideCalendar", async () => {
    const json = jsonOf(await runIn(['status', '--on', '9999-12-01', '--json', '--explain']));
    const term = json.explanation.find((step: { step: string }) => step.step === 'term');
    expect(term.dates).toMatchObject({ start: '9999-11-23', end: null });
    expect(term.outsideCalendar).toEqual(['end']);
    for (const step of json.explanation)
      for (const value of Object.values(step.dates)) expect(value === null || ISO.test(String(value))).toBe(true);
    const clause = json.explanation.find((step: { step: string }) => step.step === 'clause');
    expect(clause).not.toHaveProperty('outsideCalendar');
  });
});
