import { describe, expect, it } from 'vitest';
import { jsonOf, runIn, tempDir, writeTemp } from '../helpers/cli.js';

// SPEC §7 through the command line. Expected days from the reference's "Readings": GSOMIA
// on 2020-08-25, Seoul 2020-08-26 (resume, one day left), Tokyo 2021-11-23 (a new notice
// misses the 2020-08-24 deadline); the DPRK out from 2003-01-11, or 2003-04-10 (a fresh
// three months); ABM out from 2002-06-13 (White House) or 2002-06-14 (Defense Department).
const TOKYO = "Under 'tokyo' (Tokyo: the suspension spent the notice)";

describe('--reading', () => {
  it('answers status under that reading, and says so first', async () => {
    const run = await runIn(['status', '--on', '2020-08-25', '--reading', 'tokyo']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe("Under the reading 'tokyo' (Tokyo: the suspension spent the notice)");
    expect(run.stdout).not.toContain('Pending');
    expect(jsonOf(await runIn(['status', '--on', '2020-08-25', '--reading', 'tokyo', '--json']))).toMatchObject({
      earliestEnd: '2021-11-23',
      reading: { id: 'tokyo' },
    });
  });

  it('takes the main reading by its id, answering as without --reading', async () => {
    const json = jsonOf(await runIn(['status', '--on', '2020-08-25', '--reading', 'seoul', '--json']));
    expect(json).toMatchObject({ earliestEnd: '2020-08-26', reading: { id: 'seoul' } });
    expect(json).not.toHaveProperty('readings');
  });

  it('answers history, deadlines and timeline under it too', async () => {
    const history = await runIn(['history', '--agreement', 'abm', '--reading', 'defense-department', '--json']);
    expect(jsonOf(history).endedOn).toBe('2002-06-14');
    const deadlines = await runIn(['deadlines', '--agreement', 'abm', '--from', '2002-01-01', '--reading', 'defense-department', '--json']);
    expect(jsonOf(deadlines).deadlines.map((d: { date: string; kind: string }) => [d.date, d.kind])).toEqual([['2002-06-14', 'effective']]);
    const timeline = await runIn([
      'timeline',
      '--agreement',
      'abm',
      '--reading',
      'defense-department',
      '--from',
      '2001-01-01',
      '--until',
      '2003-01-01',
    ]);
    expect(timeline.stdout.split('\n')[0]).toContain("Under the reading 'defense-department'");
  });

  it('refuses an unknown id with exit 2, listing the ids', async () => {
    const run = await runIn(['status', '--reading', 'osaka']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe('gsomia: unknown reading "osaka" of GSOMIA: its readings are seoul (main), tokyo\n');
  });

  it('refuses any id for an agreement without readings, saying it has none', async () => {
    const run = await runIn(['status', '--agreement', 'inf', '--reading', 'tokyo']);
    expect([run.code, run.stderr]).toEqual([2, 'gsomia: unknown reading "tokyo": INF Treaty has no readings\n']);
  });
});

describe('without --reading, where readings differ', () => {
  it('status adds a line per differing reading', async () => {
    const run = await runIn(['status', '--on', '2020-08-25']);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${TOKYO}: the soonest an action that day can end it is 2021-11-23`);
  });

  it('status adds nothing where the readings agree', async () => {
    const run = await runIn(['status', '--on', '2024-01-10']);
    expect(run.stdout).not.toContain('Under ');
  });

  it("names a party's different withdrawal: the DPRK, a party until 2003-04-09 under the generally held view", async () => {
    const run = await runIn(['status', '--agreement', 'npt', '--on', '2004-01-01']);
    expect(run.stdout).toContain(
      "Under 'fresh-notice' (the generally held view: a fresh three-month notice in 2003): KP a party until 2003-04-09\n",
    );
  });

  it('history says where the record runs otherwise', async () => {
    const run = await runIn(['history', '--agreement', 'abm', '--until', '2003-01-01']);
    expect(run.stdout).toContain(
      "Under 'defense-department' (the Defense Department: United States withdrawal June 14, 2002): out of force from 2002-06-14",
    );
    const gsomia = await runIn(['history', '--until', '2020-08-25']);
    expect(gsomia.stdout).toContain(`${TOKYO}: KR's notice of 2019-08-23 retracted\n`);
  });

  it('deadlines says where the deadlines differ', async () => {
    const run = await runIn(['deadlines', '--agreement', 'abm', '--from', '2002-01-01']);
    expect(run.stdout).toContain(
      "Under 'defense-department' (the Defense Department: United States withdrawal June 14, 2002): first other deadline 2002-06-14, notice takes effect\n",
    );
  });

  it('status --json gives each reading in readings, and names the main one', async () => {
    const json = jsonOf(await runIn(['status', '--on', '2020-08-25', '--json']));
    expect(json.earliestEnd).toBe('2020-08-26');
    expect(json.reading).toEqual({ id: 'seoul', title: 'Seoul: the suspended 2019 notice can be revived at any time' });
    expect(json.readings).toEqual([
      {
        id: 'tokyo',
        title: 'Tokyo: the suspension spent the notice',
        inForce: true,
        endedOn: null,
        earliestEnd: '2021-11-23',
        notice: { possible: false, deadline: '2020-08-24', effectiveOn: '2021-11-23' },
      },
    ]);
  });

  it('status --json has no readings field for an agreement without readings, but always earliestEnd', async () => {
    const json = jsonOf(await runIn(['status', '--agreement', 'inf', '--on', '2019-01-01', '--json']));
    expect(json).not.toHaveProperty('readings');
    expect(json).not.toHaveProperty('reading');
    expect(json.earliestEnd).toBe('2019-07-01');
  });

  it('--explain says which reading it explains', async () => {
    const main = await runIn(['status', '--on', '2020-08-25', '--explain']);
    expect(main.stdout).toContain("\nExplains the main reading 'seoul' (Seoul: the suspended 2019 notice can be revived at any time)\n");
    const tokyo = await runIn(['status', '--on', '2020-08-25', '--explain', '--reading', 'tokyo']);
    expect(tokyo.stdout).toContain("\nExplains the reading 'tokyo' (Tokyo: the suspension spent the notice)\n");
    expect((await runIn(['status', '--agreement', 'inf', '--explain'])).stdout).not.toContain('Explains');
  });
});

describe('list marks agreements with readings', () => {
  it('in text, with the count of readings, the main one among them', async () => {
    const lines = (await runIn(['list'])).stdout.split('\n');
    expect(lines.find((line) => line.startsWith('gsomia '))).toMatch(/ \[2 readings\]$/);
    expect(lines.find((line) => line.startsWith('inf '))).not.toContain('reading');
    expect(lines.filter((line) => line.endsWith('readings]')).map((line) => line.split(' ')[0])).toEqual([
      'abm',
      'black-sea-grain',
      'gsomia',
      'npt',
    ]);
  });

  it('in JSON, with the ids of the other readings', async () => {
    const { agreements } = jsonOf(await runIn(['list', '--json']));
    expect(agreements).toHaveLength(26);
    const readings = Object.fromEntries(agreements.map((a: { id: string; readings: string[] }) => [a.id, a.readings]));
    expect(readings.gsomia).toEqual(['tokyo']);
    expect(readings.npt).toEqual(['fresh-notice']);
    expect(readings.inf).toEqual([]);
  });
});

describe('a definition file with readings', () => {
  it('is refused with exit 2 naming the path of a bad reading, as other definition problems', async () => {
    const dir = tempDir('readings');
    const file = writeTemp(
      dir,
      'bad.json',
      JSON.stringify({
        id: 'bad',
        title: 'Bad',
        parties: ['AA', 'BB'],
        entryIntoForce: '2016-11-23',
        duration: { initial: 'P1Y', then: 'renew', renewal: 'P1Y' },
        termination: { notice: 'P90D', effect: 'end-of-term' },
        readings: [{ id: 'a', title: 'A', events: [{ type: 'suspension', date: '2019-11-22', party: 'AA' }] }],
      }),
    );
    const run = await runIn(['status', '--agreement', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gsomia: invalid agreement file .*bad\.json: readings\[0\]\.events\[0\]\.type: /);
    const validate = await runIn(['validate', file]);
    expect(validate.code).toBe(1);
    expect(validate.stdout + validate.stderr).toContain('readings[0].events[0].type: ');
  });
});

describe('a catalogue directory with readings', () => {
  it('answers a reading of a --data file, and lists it with its readings', async () => {
    const dir = tempDir('readings-data');
    const file = {
      id: 'pact',
      title: 'Pact',
      parties: ['AA', 'BB'],
      entryIntoForce: '2016-11-23',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P6M', effect: 'after-notice' },
      events: [{ type: 'notice', date: '2020-01-10', party: 'AA' }],
      reading: { id: 'aa', title: "AA's" },
      readings: [{ id: 'bb', title: "BB's", termination: { lapse: 'next-day' } }],
    };
    writeTemp(dir, 'pact.json', JSON.stringify(file));
    // By hand: 2020-01-10 + 6 months = 2020-07-10; the next-day lapse one more day.
    const run = await runIn(['status', '--data', dir, '--agreement', 'pact', '--on', '2020-08-01', '--reading', 'bb', '--json']);
    expect(jsonOf(run)).toMatchObject({ inForce: false, endedOn: '2020-07-11' });
    const { agreements } = jsonOf(await runIn(['list', '--data', dir, '--json']));
    expect(agreements.find((a: { id: string }) => a.id === 'pact').readings).toEqual(['bb']);
  });

  it('reports a file whose reading contradicts itself, and answers for the good files', async () => {
    const dir = tempDir('readings-bad');
    const bad = {
      id: 'bad',
      title: 'Bad',
      parties: ['AA', 'BB'],
      entryIntoForce: '2016-11-23',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P6M', effect: 'after-notice' },
      readings: [{ id: 'x', title: 'X', events: [{ type: 'resumption', date: '2020-01-10', party: 'AA' }] }],
    };
    writeTemp(dir, 'bad.json', JSON.stringify(bad));
    const run = await runIn(['list', '--data', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.json: readings\[0\]\.events\[0\]\.type: /);
  });
});
