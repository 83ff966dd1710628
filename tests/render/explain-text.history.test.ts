import { describe, expect, it } from 'vitest';
import { IN_2026, runIn } from '../helpers/cli.js';

describe('history --explain', () => {
  it('derives every GSOMIA term and deadline from 2016-11-23 and says each renewed', async () => {
    const { code, stdout } = await runIn(['history', '--until', '2024-01-01', '--explain'], IN_2026);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Term 1: 2016-11-23 … 2016-11-23 + 1 year − 1 day = 2017-11-22; notice deadline 2017-11-22 − 90 days = 2017-08-24',
    );
    expect(stdout).toContain(
      'Term 4: 2016-11-23 + 3 years = 2019-11-23 … 2016-11-23 + 4 years − 1 day = 2020-11-22; notice deadline 2020-11-22 − 90 days = 2020-08-24; no notice stopped it, so it renewed on 2020-11-23',
    );
    expect(stdout).toContain('Term 8: 2016-11-23 + 7 years = 2023-11-23');
  });

  it("follows KR's 2019 notice: would have taken effect 2019-11-23, suspended with 1 day left, retracted 2023-03-21", async () => {
    const { stdout } = await runIn(['history', '--until', '2024-01-01', '--explain'], IN_2026);
    expect(stdout).toContain(
      "KR's notice received 2019-08-23; it would have taken effect 2019-11-23; suspended 2019-11-22 with 1 day remaining; retracted 2023-03-21, so it never takes effect.",
    );
  });

  it('says the INF notice took effect and the treaty was out from 2019-08-02', async () => {
    const { stdout } = await runIn(['history', '--agreement', 'inf', '--until', '2020-01-01', '--explain'], IN_2026);
    expect(stdout).toContain("US's notice received 2019-02-02; it took effect: first day out 2019-08-02");
    expect(stdout).toContain("No longer in force: US's notice of 2019-02-02 took effect; 2019-08-02 is the first day out of force");
  });

  it('gives JSON explanation steps with dates for history --json --explain', async () => {
    const json = JSON.parse((await runIn(['history', '--until', '2021-01-01', '--json', '--explain'], IN_2026)).stdout);
    const term4 = json.explanation.find(
      (s: { step: string; values: { number?: number } }) => s.step === 'history-term' && s.values.number === 4,
    );
    expect(term4.dates).toMatchObject({ start: '2019-11-23', end: '2020-11-22', deadline: '2020-08-24', next: '2020-11-23' });
  });
});
