import { describe, expect, it } from 'vitest';
import { jsonOf, runIn } from '../helpers/cli.js';

// SPEC §2 and §5: GSOMIA's terms start every 23 November from 2016; each deadline is the
// term's last day (22 November) − 90 days = 24 August. Until 2026-11-28 the terms started
// are those of 2016 … 2026: eleven.
describe('history --until 2026-11-28 --json', () => {
  it('lists eleven terms, starting 2016-11-23 … 2026-11-23', async () => {
    const history = jsonOf(await runIn(['history', '--until', '2026-11-28', '--json']));
    expect(history.agreement).toBe('gsomia');
    expect(history.until).toBe('2026-11-28');
    expect(history.terms).toHaveLength(11);
    history.terms.forEach((term: any, index: number) => {
      expect(term.number).toBe(index + 1);
      expect(term.start).toBe(`${2016 + index}-11-23`);
      expect(term.end).toBe(`${2017 + index}-11-22`);
    });
  });

  it('gives every term a notice deadline on 24 August of the year it ends', async () => {
    const { terms } = jsonOf(await runIn(['history', '--until', '2026-11-28', '--json']));
    for (const term of terms) {
      expect(term.noticeDeadline).toMatch(/-08-24$/);
      expect(term.noticeDeadline.slice(0, 4)).toBe(term.end.slice(0, 4));
    }
  });

  it('says term 4 (2019-11-23) was renewed, the suspended notice notwithstanding', async () => {
    const { terms } = jsonOf(await runIn(['history', '--until', '2026-11-28', '--json']));
    expect(terms[3]).toMatchObject({ number: 4, start: '2019-11-23', outcome: 'renewed' });
  });

  it('marks every term but the last renewed, and the last current', async () => {
    const { terms } = jsonOf(await runIn(['history', '--until', '2026-11-28', '--json']));
    expect(terms.slice(0, -1).every((term: any) => term.outcome === 'renewed')).toBe(true);
    expect(terms.at(-1)).toMatchObject({ number: 11, start: '2026-11-23', outcome: 'current' });
  });

  it('lists the notice, the suspension and the retraction among the events', async () => {
    const { events } = jsonOf(await runIn(['history', '--until', '2026-11-28', '--json']));
    expect(events.map((event: any) => [event.date, event.type])).toEqual([
      ['2019-08-23', 'notice'],
      ['2019-11-22', 'suspension'],
      ['2023-03-21', 'retraction'],
    ]);
  });

  it('leaves out terms that start after --until', async () => {
    const { terms } = jsonOf(await runIn(['history', '--until', '2019-11-22', '--json']));
    expect(terms.map((term: any) => term.number)).toEqual([1, 2, 3]);
    expect(terms.at(-1).outcome).toBe('current');
  });
});

describe('history with a bad window', () => {
  it('exits 2 and names both days when --from is after --until', async () => {
    const run = await runIn(['history', '--from', '2021-01-01', '--until', '2020-01-01']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('2021-01-01');
    expect(run.stderr).toContain('2020-01-01');
  });
});
