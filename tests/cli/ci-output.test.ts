import { describe, expect, it } from 'vitest';
import { definition } from '../helpers/agreement.js';
import { definitionFile, linesOf, runIn } from '../helpers/cli.js';

// What CI jobs use (SPEC §8): --quiet, deadlines --kind and --format github, JSON errors.

describe('--quiet', () => {
  it.each([
    [['status', '--on', '2020-08-24'], 0],
    [['status', '--on', '2020-08-25'], 1],
    [['deadlines', '--from', '2020-08-20', '--within', 'P10D'], 1],
    [['deadlines', '--from', '2020-08-25', '--within', 'P10D'], 0],
  ])('prints nothing for %j and answers with exit %i, as --exit-code would', async (argv, code) => {
    const quiet = await runIn([...argv, '--quiet']);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([code, '', '']);
    expect((await runIn([...argv, '--exit-code'])).code).toBe(code);
  });

  it('still reports an error on stderr, exit 2', async () => {
    const run = await runIn(['status', '--quiet', '--on', '2020-02-30']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe('gsomia: invalid --on date "2020-02-30": February 2020 has 29 days\n');
  });
});

describe('deadlines --kind', () => {
  it('lists only the kinds asked for: from 2020-08-24 over a year, the 2020 and 2021 notice deadlines', async () => {
    const run = await runIn(['deadlines', '--from', '2020-08-24', '--kind', 'notice-deadline', '--json']);
    const listed = JSON.parse(run.stdout).deadlines.map((d: { date: string; kind: string }) => `${d.date} ${d.kind}`);
    expect(listed).toEqual(['2020-08-24 notice-deadline', '2021-08-24 notice-deadline']);
  });

  it('exits 1 with --exit-code only when a deadline of those kinds is listed', async () => {
    // From 2020-08-25 the next 30 days hold no deadline at all; the renewal of 2020-11-23 is 90 days off.
    expect((await runIn(['deadlines', '--from', '2020-08-25', '--within', 'P90D', '--kind', 'notice-deadline', '--quiet'])).code).toBe(0);
    expect((await runIn(['deadlines', '--from', '2020-08-25', '--within', 'P90D', '--kind', 'renewal', '--quiet'])).code).toBe(1);
  });

  it.each(['deadline', 'notice-deadline,', 'Renewal'])('refuses %j, listing the kinds (exit 2)', async (kind) => {
    const run = await runIn(['deadlines', '--kind', kind]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(
      /^gsomia: invalid --kind ".*": kinds are notice-deadline, renewal, expiry, effective, earliest-notice, window-opens, window-closes, survival-ends\n$/,
    );
  });
});

// SPEC §2 and §5: term 4 ends 2020-11-22; 2020-11-22 − 90 days = 2020-08-24, renewal 2020-11-23.
const NOTICE_DEADLINE_2020 =
  '::warning title=GSOMIA notice deadline::2020-08-24 (today): ' +
  'last day to give notice that stops the 2020-11-23 renewal (term 4 ends 2020-11-22)';

describe('deadlines --format github', () => {
  it('writes one ::warning a deadline, titled by agreement and kind', async () => {
    // 2020-08-24 + P91D = 2020-11-23, the renewal: the window holds both.
    const run = await runIn(['deadlines', '--from', '2020-08-24', '--within', 'P91D', '--format', 'github']);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      NOTICE_DEADLINE_2020,
      '::warning title=GSOMIA renewal::2020-11-23 (in 91 days): GSOMIA renews: term 5 begins',
    ]);
  });

  it('writes nothing when no deadline falls in the window', async () => {
    const run = await runIn(['deadlines', '--from', '2020-08-25', '--within', 'P30D', '--format', 'github']);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
  });

  it('escapes a title with a colon, a comma and a per cent sign', async () => {
    const file = definitionFile(definition({ shortTitle: 'Pact: A, B 100%' }));
    const run = await runIn(['deadlines', '--agreement', file, '--from', '2020-08-24', '--within', 'P1D', '--format', 'github']);
    expect(linesOf(run.stdout)[0]).toMatch(/^::warning title=Pact%3A A%2C B 100%25 notice deadline::2020-08-24 \(today\): /);
  });

  it('says first, in a ::notice, what is assumed', async () => {
    const argv = ['deadlines', '--from', '2020-08-24', '--within', 'P91D', '--assume', 'notice:2020-08-24:KR', '--format', 'github'];
    expect(linesOf((await runIn(argv)).stdout)).toEqual([
      "::notice title=Assumed::KR's notice of 2020-08-24 (not in the record)",
      NOTICE_DEADLINE_2020,
      '::warning title=GSOMIA notice takes effect::2020-11-23 (in 91 days): ' +
        "KR's notice of 2020-08-24 takes effect: GSOMIA is no longer in force",
    ]);
  });

  it('refuses an unknown --format, listing the formats (exit 2)', async () => {
    const run = await runIn(['deadlines', '--format', 'nonsense']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('Allowed choices are text, json, ics, csv, github.');
  });
});

describe('errors under --json', () => {
  const jsonError = (stderr: string) => linesOf(stderr).map((line) => JSON.parse(line));

  it.each([
    [['status', '--on', '2020-02-30', '--json'], 'invalid --on date "2020-02-30": February 2020 has 29 days'],
    [['status', '--json', '--onn', '2020-08-24'], "unknown option '--onn' (did you mean --on?)"],
    [
      ['deadlines', '--format', 'json', '--within', 'P1X'],
      'invalid --within duration "P1X": expected an ISO 8601 date duration such as P90D, P6M, P1Y or P1Y6M',
    ],
    [['stat', '--json'], 'unknown command "stat" (did you mean status?)'],
    [['status', '--json', '--assume', 'notice:2020-08-24:XX'], '--assume "notice:2020-08-24:XX": unknown party "XX" (parties: JP, KR)'],
  ])('gives %j as one JSON line on stderr, code 2, nothing on stdout', async (argv, message) => {
    const run = await runIn(argv);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(jsonError(run.stderr)).toEqual([{ error: { code: 2, message } }]);
  });

  it('gives the same message as the text line', async () => {
    const text = await runIn(['history', '--until', '2020-13-01']);
    const json = await runIn(['history', '--until', '2020-13-01', '--json']);
    expect(jsonError(json.stderr)[0].error.message).toBe(text.stderr.replace(/^gsomia: /, '').replace(/\n$/, ''));
  });

  it('leaves a --json after -- alone: it is no option there', async () => {
    const run = await runIn(['validate', '--', '--json']);
    expect(run.stderr).not.toMatch(/^\{/);
  });
});
