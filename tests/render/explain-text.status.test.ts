import { describe, expect, it } from 'vitest';
import { explainStatus, type Step } from '../../src/engine/explain.js';
import { statusOn } from '../../src/engine/status.js';
import { stepSentence } from '../../src/render/explain-text.js';
import { neutral as english } from '../../src/render/messages/index.js';
import { cataloguePlan, compiledOf, day, show } from '../helpers/agreement.js';
import { IN_2026, runIn } from '../helpers/cli.js';

// Expected sentences and dates come from SPEC §2 and §5 (GSOMIA Article 21(3), the forward
// rule, INF 2019-02-02 + P6M → 2019-08-02, Paris from 2019-11-04, the P3M clamp example).

describe('status --explain for GSOMIA on 2020-08-24', () => {
  it('quotes Article 21(3) and derives term 4, the 2020-08-24 deadline and the 2020-11-23 effect', async () => {
    const { code, stdout, stderr } = await runIn(['status', '--on', '2020-08-24', '--explain'], IN_2026);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Article 21(3)');
    expect(stdout).toContain('ninety days in advance');
    expect(stdout).toContain('entered into force on 2016-11-23');
    expect(stdout).toContain('2016-11-23 + 3 years = 2019-11-23');
    expect(stdout).toContain('2016-11-23 + 4 years − 1 day = 2020-11-22');
    expect(stdout).toContain('2020-11-22 − 90 days = 2020-08-24');
    expect(stdout).toContain('Notice received 2020-08-24 is timely: 0 days left');
    expect(stdout).toContain('at the end of term 4: first day out of force 2020-11-23');
    expect(stdout).toContain('suspended 2019-11-22 with 1 day remaining: if resumed on day V it takes effect on V + 1 day');
  });

  it('explains a late notice on 2020-08-25: one day past the deadline, effective at the end of term 5 (2021-11-23)', async () => {
    const { stdout } = await runIn(['status', '--on', '2020-08-25', '--explain'], IN_2026);
    expect(stdout).toContain('late for term 4: its deadline 2020-08-24 passed 1 day before');
    expect(stdout).toContain('2020-08-25 + 90 days = 2020-11-23 falls in term 5');
    expect(stdout).toContain('first day out of force 2021-11-23');
  });

  it('adds an explanation array to --json only when --explain is given', async () => {
    const plain = JSON.parse((await runIn(['status', '--on', '2020-08-24', '--json'], IN_2026)).stdout);
    expect(plain).not.toHaveProperty('explanation');
    const explained = JSON.parse((await runIn(['status', '--on', '2020-08-24', '--json', '--explain'], IN_2026)).stdout);
    expect(explained.notice.deadline).toBe('2020-08-24');
    const deadline = explained.explanation.find((s: { step: string }) => s.step === 'deadline');
    expect(deadline.dates).toMatchObject({ limit: '2020-11-22', deadline: '2020-08-24' });
    expect(deadline.text).toContain('2020-11-22 − 90 days = 2020-08-24');
    expect(explained.explanation[0]).toMatchObject({ step: 'clause' });
    expect(explained.explanation[0].text).toContain('ninety days in advance');
  });
});

describe('status --explain for the other patterns', () => {
  it('shows 2019-02-01 + 6 months = 2019-08-01 for INF on 2019-02-01', async () => {
    const { stdout } = await runIn(['status', '--agreement', 'inf', '--on', '2019-02-01', '--explain'], IN_2026);
    expect(stdout).toContain('2019-02-01 + 6 months = 2019-08-01');
  });

  it("explains the US notice of 2019-02-02 pending until 2019-08-02 on INF's 2019-05-01", async () => {
    const { stdout } = await runIn(['status', '--agreement', 'inf', '--on', '2019-05-01', '--explain'], IN_2026);
    expect(stdout).toContain("US's notice of 2019-02-02 is pending (2019-02-02 + 6 months): it takes effect 2019-08-02");
  });

  it('explains the Paris earliest rule before 2019-11-04: notice possible from 2016-11-04 + 3 years', async () => {
    const { stdout } = await runIn(['status', '--agreement', 'paris', '--party', 'US', '--on', '2019-06-01', '--explain'], IN_2026);
    expect(stdout).toContain('2016-11-04 + 3 years = 2019-11-04');
    expect(stdout).toContain('2019-06-01 is before it: notice is not yet possible');
  });

  it('says when the month clamp moved a deadline: 2026-02-28 − 3 months gives 2025-11-30', () => {
    // The minimal definition renews yearly.
    const compiled = compiledOf({ entryIntoForce: '2025-03-01', termination: { notice: 'P3M', effect: 'end-of-term' } });
    const status = statusOn(compiled, day('2025-06-01'));
    const text = sentences(explainStatus(compiled, status));
    expect(text).toContain('2026-02-28 − 3 months: 2025-11-30, the latest day whose + 3 months still falls on or before 2026-02-28');
    expect(text).toContain('a plain subtraction gives 2025-11-28');
  });

  it('adds the day of a next-day lapse: 2020-01-15 + 6 months = 2020-07-15, + 1 day = 2020-07-16', () => {
    const compiled = compiledOf({
      entryIntoForce: '2000-01-01',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P6M', effect: 'after-notice', lapse: 'next-day' },
    });
    const text = sentences(explainStatus(compiled, statusOn(compiled, day('2020-01-15'))));
    expect(text).toContain('2020-01-15 + 6 months = 2020-07-15, + 1 day (it lapses the next day) = 2020-07-16');
  });

  it('explains an initial term of 5 years followed by indefinite duration (1965 fisheries agreement)', async () => {
    const fisheries = ['status', '--agreement', 'japan-korea-fisheries-1965', '--explain'];
    const during = (await runIn([...fisheries, '--on', '1968-01-01'], IN_2026)).stdout;
    expect(during).toContain('runs for an initial 5 years, then indefinitely');
    expect(during).toContain('never ends the agreement before the initial term does: first day out of force 1970-12-18');
    const after = (await runIn([...fisheries, '--on', '1980-01-01'], IN_2026)).stdout;
    expect(after).toContain('from 1965-12-18 + 5 years = 1970-12-18, when the initial term ended');
    expect(after).toContain('1980-01-01 + 1 year = 1981-01-01');
  });

  it('explains New START expiring 2011-02-05 + 15 years = 2026-02-05 after its 5-year extension', async () => {
    const { stdout } = await runIn(['status', '--agreement', 'new-start', '--on', '2022-01-01', '--explain'], IN_2026);
    expect(stdout).toContain('On 2021-02-03 the parties extended it by 5 years');
    expect(stdout).toContain('2011-02-05 + 15 years = 2026-02-05');
  });

  it('explains the US joining Paris again on 2021-02-19 and its notice of 2025-01-27', async () => {
    const { stdout } = await runIn(['status', '--agreement', 'paris', '--party', 'US', '--on', '2025-06-01', '--explain'], IN_2026);
    expect(stdout).toContain('entered into force for US on 2021-02-19 (accession)');
    expect(stdout).toContain("US's notice of 2025-01-27 is pending (2025-01-27 + 1 year): it takes effect 2026-01-27");
  });

  it('says the agreement is not yet in force before 2016-11-23', async () => {
    const { stdout } = await runIn(['status', '--on', '2016-01-01', '--explain'], IN_2026);
    expect(stdout).toContain('2016-01-01 is before entry into force on 2016-11-23');
  });
});

function sentences(steps: Step[]): string {
  return `${steps.map((step) => JSON.stringify(step)).join('\n')}\n${stepsText(steps)}`;
}

const stepsText = (steps: Step[]) => steps.map((step) => stepSentence(step, english)).join('\n');

describe('explainStatus as a pure engine function', () => {
  const cases: [string, string[], string | null][] = [
    ['gsomia', ['2016-11-23', '2019-08-23', '2019-11-22', '2020-08-24', '2020-08-25', '2024-02-29', '2026-11-28'], null],
    ['inf', ['1990-01-31', '2019-02-01', '2019-05-01', '2019-08-02'], null],
    ['paris', ['2019-06-01', '2019-11-04', '2021-01-01', '2025-06-01'], 'US'],
    ['new-start', ['2015-05-31', '2021-01-31', '2022-01-01', '2026-02-05'], null],
    ['japan-korea-fisheries-1965', ['1968-02-29', '1970-12-17', '1980-01-01', '1999-01-23'], null],
  ];
  for (const [id, days, party] of cases) {
    it(`gives ${id} steps whose dates agree with statusOn and leaves the compiled untouched`, () => {
      const compiled = cataloguePlan(id);
      const before = JSON.stringify(compiled);
      for (const text of days) {
        const status = statusOn(compiled, day(text), party);
        const steps = explainStatus(compiled, status);
        expect(explainStatus(compiled, status)).toEqual(steps);
        for (const step of steps) {
          if (step.kind === 'term' && status.term) {
            expect([show(step.dates.start), show(step.dates.end)]).toEqual([show(status.term.start), show(status.term.end)]);
          }
          if (step.kind === 'deadline') expect(show(step.dates.deadline)).toBe(show(status.notice.deadline));
          if (step.kind === 'effect') expect(show(step.dates.effectiveOn)).toBe(show(status.notice.effectiveOn));
          if (step.kind === 'earliest') expect(show(step.dates.earliest)).toBe(show(status.notice.earliestOn));
          if (step.kind === 'renewal') expect(show(step.dates.next)).toBe(show(status.nextRenewal));
          if (step.kind === 'notice-pending') {
            expect(status.pending.map((n) => show(n.effectiveOn))).toContain(show(step.dates.effectiveOn));
          }
          if (step.kind === 'ended') expect(show(step.dates.endedOn)).toBe(show(status.endedOn));
          expect(stepSentence(step, english)).not.toMatch(/undefined|NaN|null/);
        }
      }
      expect(JSON.stringify(compiled)).toBe(before);
    });
  }
});
