import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { definition } from '../helpers/agreement.js';
import { builtBin, commandTree, removeBinCopy, runIn, tempDir, writeTemp } from '../helpers/cli.js';

afterAll(removeBinCopy);

const commandNames = () => commandTree().commands.map((command) => command.name());

// 2020-08-24T00:00Z is 09:00 that day in Tokyo, GSOMIA's zone.
const ON_LAST_NOTICE_DAY = { env: { GSOMIA_NOW: '2020-08-24T00:00:00Z' } };

describe('gsomia … | head -1', () => {
  it('exits 0 with nothing on stderr when head closes the pipe on a long history', () => {
    // A term a day from 9900 on: about 36,500 lines, far more than a pipe holds.
    const daily = definition({
      id: 'daily',
      title: 'Renewed every day',
      entryIntoForce: '9900-01-01',
      duration: { initial: 'P1D', then: 'renew', renewal: 'P1D' },
      termination: { notice: 'P1D', effect: 'end-of-term' },
    });
    const file = writeTemp(tempDir(), 'daily.json', JSON.stringify(daily));
    const pipeline = 'set -o pipefail; "$1" "$2" history --until 9999-12-31 --agreement "$3" | head -1';
    const child = spawnSync('bash', ['--norc', '--noprofile', '-c', pipeline, 'pipeline', process.execPath, builtBin(), file], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('help', () => {
  it('shows an Examples: section for the program and every command in the tree', async () => {
    const names = commandNames();
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const argv of [['--help'], ...names.map((name) => [name, '--help'])]) {
      const run = await runIn(argv);
      expect(run.code, argv.join(' ')).toBe(0);
      expect(run.stdout, argv.join(' ')).toMatch(/\nExamples:\n {2}\$ \S/);
    }
  });

  it('answers "gsomia help status" with the status usage, exit 0', async () => {
    const run = await runIn(['help', 'status']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: gsomia status/);
    expect(run.stderr).toBe('');
  });
});

describe('the default command', () => {
  it('runs status when no command is named: on 2020-08-24 in Tokyo notice is possible, deadline that day', async () => {
    const run = await runIn(['--json'], ON_LAST_NOTICE_DAY);
    expect(run.code).toBe(0);
    const status = JSON.parse(run.stdout);
    expect(status).toMatchObject({
      agreement: 'gsomia',
      on: '2020-08-24',
      notice: { possible: true, deadline: '2020-08-24', daysLeft: 0 },
    });
  });

  it('prints the same with and without the word status', async () => {
    expect((await runIn([], ON_LAST_NOTICE_DAY)).stdout).toBe((await runIn(['status'], ON_LAST_NOTICE_DAY)).stdout);
  });
});

describe('mistyped commands and options', () => {
  it.each([
    [['stat'], 'stat', 'status'],
    [['stauts', '--on', '2020-08-24'], 'stauts', 'status'],
    [['--agreement', 'inf', 'histroy'], 'histroy', 'history'],
    [['help', 'stat'], 'stat', 'status'],
  ])('exits 2 with one line for %j: unknown command naming it and suggesting the right one', async (argv, typed, meant) => {
    const run = await runIn(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^gsomia: unknown command .${typed}. \\(did you mean ${meant}\\?\\)\\n$`));
  });

  it("keeps commander's suggestion for an option on the one line: --onn → did you mean --on?", async () => {
    const run = await runIn(['status', '--onn', '2020-08-24']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gsomia: unknown option '--onn' \(did you mean --on\?\)\n$/);
  });

  it('names an unknown command that resembles none, and points to --help', async () => {
    const run = await runIn(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gsomia: unknown command .frobnicate. \(see gsomia --help\)\n$/);
  });
});
