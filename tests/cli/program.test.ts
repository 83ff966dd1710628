import { describe, expect, it } from 'vitest';
import { linesOf, runIn } from '../helpers/cli.js';

describe('help and version', () => {
  it.each([[['--help']], [['help']], [['status', '--help']], [['help', 'deadlines']]])(
    'prints help on stdout and exits 0 for %j',
    async (argv) => {
      const run = await runIn(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: gsomia/);
      expect(run.stderr).toBe('');
    },
  );

  it('prints a version and exits 0 for --version', async () => {
    const run = await runIn(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });

  it('lists every command in the help', async () => {
    const { stdout } = await runIn(['--help']);
    for (const command of ['status', 'history', 'deadlines', 'list', 'validate']) expect(stdout).toContain(command);
  });
});

describe('usage errors', () => {
  it.each([
    ['an unknown command word', ['frobnicate'], 'unknown command "frobnicate"'],
    ['an unknown command after options', ['--on', '2020-08-24', 'frobnicate'], 'unknown command "frobnicate"'],
    ['help for an unknown command', ['help', 'frobnicate'], 'unknown command "frobnicate"'],
    ['an extra word after a command', ['history', 'extra'], '"extra"'],
    ['an unknown option', ['status', '--bogus'], "'--bogus'"],
    ['an option without its value', ['status', '--on'], "'--on <date>'"],
    ['validate without a file', ['validate'], "'file'"],
  ])('exits 2 with one line naming it for %s', async (_name, argv, named) => {
    const run = await runIn(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(named);
    expect(run.stderr).toMatch(/^gsomia: /);
  });
});

describe("every command's --help", () => {
  it.each(['status', 'history', 'deadlines', 'list', 'validate', 'timeline', 'completion', 'schema'])(
    'gsomia %s --help shows the global options, GSOMIA_NOW and the exit statuses',
    async (command) => {
      const run = await runIn([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Global Options:');
      for (const option of ['--agreement', '--data', '--tz', '--no-color']) expect(run.stdout).toContain(option);
      expect(run.stdout).toContain('GSOMIA_NOW');
      expect(run.stdout).toMatch(/Exit status:\n {2}0 {2}success\n {2}1 {2}the answer is "no"/);
      expect(run.stdout).toContain('2  bad usage or input');
    },
  );
});

describe('a huge bad value on the command line', () => {
  it.each([
    [['status', '--tz', 'x'.repeat(5000)], 'invalid --tz time zone'],
    [['y'.repeat(5000)], 'unknown command'],
    [['status', '--agreement', 'Z'.repeat(5000)], 'unknown agreement'],
  ])('is cut short in the one-line error (%#)', async (argv, what) => {
    const run = await runIn(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(what);
    expect(run.stderr).toContain('(5000 characters)');
    expect(run.stderr.length).toBeLessThan(200);
  });
});
