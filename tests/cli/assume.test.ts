import { describe, expect, it } from 'vitest';
import { definition } from '../helpers/agreement.js';
import { definitionFile, jsonOf, runIn } from '../helpers/cli.js';

// `--assume TYPE:DATE[:PARTY]` (SPEC §8): answers as if the event were in the file. The
// built bin's answers for issue 11's "It must show" are in tests/e2e/assume-bin.test.ts.

const KR_NOTICE = ['--assume', 'notice:2020-08-24:KR'];

/** One error line on stderr naming the --assume value, nothing on stdout, exit 2. */
async function refused(argv: readonly string[]) {
  const run = await runIn(argv);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.split('\n')).toHaveLength(2);
  return run.stderr;
}

describe('status --assume', () => {
  it('marks the answer in JSON: assumed lists the event with its index among the events', async () => {
    const json = jsonOf(await runIn(['status', '--on', '2020-08-24', ...KR_NOTICE, '--json']));
    // GSOMIA's file has 3 events; on 2020-08-24 two are known, so the assumed one is the third.
    expect(json.assumed).toEqual([{ type: 'notice', date: '2020-08-24', party: 'KR', event: 2 }]);
    expect(json.pending).toContainEqual(expect.objectContaining({ party: 'KR', received: '2020-08-24', event: 2 }));
  });

  it('leaves assumed out of the JSON when nothing is assumed, so the answer is as before', async () => {
    expect(jsonOf(await runIn(['status', '--on', '2020-08-24', '--json']))).not.toHaveProperty('assumed');
  });

  it('says so in the first line of the text: "Assumed: KR\'s notice of 2020-08-24 (not in the record)"', async () => {
    const run = await runIn(['status', '--on', '2020-08-24', ...KR_NOTICE]);
    expect(run.stdout.split('\n')[0]).toBe("Assumed: KR's notice of 2020-08-24 (not in the record)");
  });

  it('says an event after the day asked about is not yet known, and answers as without it', async () => {
    const run = await runIn(['status', '--on', '2020-08-01', ...KR_NOTICE]);
    expect(run.stdout.split('\n')[0]).toBe("Assumed: KR's notice of 2020-08-24 (not in the record; after 2020-08-01, so not yet known)");
    const plain = await runIn(['status', '--on', '2020-08-01']);
    // Other readings are compared with the record alone, not with a hypothesis: that line is left out.
    const withoutReadings = plain.stdout.replace(/^Under 'tokyo' .*\n/m, '');
    expect(withoutReadings).not.toBe(plain.stdout);
    expect(run.stdout.split('\n').slice(1).join('\n')).toBe(withoutReadings);
  });

  it('reads a party code in any case, as --party does', async () => {
    const json = jsonOf(await runIn(['status', '--on', '2020-08-24', '--assume', 'notice:2020-08-24:kr', '--json']));
    expect(json.assumed[0].party).toBe('KR');
  });

  it('takes several, each on its own: a notice and its retraction leave the agreement in force', async () => {
    const argv = ['status', '--on', '2020-11-23', ...KR_NOTICE, '--assume', 'retraction:2020-09-01:KR', '--json'];
    const json = jsonOf(await runIn(argv));
    expect(json.inForce).toBe(true);
    expect(json.assumed.map((a: { type: string }) => a.type)).toEqual(['notice', 'retraction']);
  });

  it('answers a resumption of the suspended 2019 notice: one day left, out of force from 2020-08-25', async () => {
    const json = jsonOf(await runIn(['status', '--on', '2020-08-25', '--assume', 'resumption:2020-08-24:KR', '--json']));
    expect([json.inForce, json.endedOn]).toEqual([false, '2020-08-25']);
  });

  it('explains with the assumed notice among the events: pending, taking effect 2020-11-23', async () => {
    const run = await runIn(['status', '--on', '2020-09-01', ...KR_NOTICE, '--explain']);
    expect(run.stdout).toContain("KR's notice of 2020-08-24 is pending (2020-08-24 + 90 days): it takes effect 2020-11-23");
  });

  it('takes a termination without a party: out of force from its date', async () => {
    const json = jsonOf(await runIn(['status', '--on', '2024-06-01', '--assume', 'termination:2024-01-01', '--json']));
    expect([json.inForce, json.endedOn, json.endReason]).toEqual([false, '2024-01-01', 'termination']);
  });
});

describe('--assume on history, deadlines and timeline', () => {
  it('history: term 4 terminated, the assumed notice effective 2020-11-23', async () => {
    const json = jsonOf(await runIn(['history', '--until', '2021-01-01', ...KR_NOTICE, '--json']));
    expect(json.terms[3]).toMatchObject({ number: 4, outcome: 'terminated' });
    expect(json.events).toContainEqual(expect.objectContaining({ type: 'notice', date: '2020-08-24', state: 'effective' }));
    expect(json.assumed).toHaveLength(1);
  });

  it('deadlines: the assumed notice takes effect 2020-11-23 instead of the renewal', async () => {
    const json = jsonOf(await runIn(['deadlines', '--from', '2020-08-24', ...KR_NOTICE, '--json']));
    const kinds = json.deadlines.map((d: { date: string; kind: string }) => `${d.date} ${d.kind}`);
    expect(kinds).toEqual(['2020-08-24 notice-deadline', '2020-11-23 effective']);
    expect(json.assumed).toEqual([{ type: 'notice', date: '2020-08-24', party: 'KR', event: 2 }]);
  });

  it('timeline: the first line names the assumption, and the events list it', async () => {
    const argv = ['timeline', '--from', '2019-01-01', '--until', '2021-12-31', '--width', '72', '--assume', 'resumption:2020-08-24:KR'];
    const run = await runIn(argv);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe("Assumed: KR's resumption of 2020-08-24 (not in the record)");
    expect(run.stdout).toContain('2020-08-24  R resumption (KR)');
  });

  it.each([
    [['timeline', '--format', 'svg'], '--assume applies to the text timeline, not --format svg'],
    [['deadlines', '--format', 'ics'], '--assume applies to text, json and github output, not --format ics'],
    [['deadlines', '--format', 'csv'], '--assume applies to text, json and github output, not --format csv'],
    [['deadlines', '--all'], '--assume applies to one agreement, not --all'],
  ])('refuses %j, where the output could not say what is assumed', async (argv, message) => {
    expect(await refused([...argv, ...KR_NOTICE])).toContain(message);
  });
});

describe('--assume: bad values are exit 2, one line naming the value', () => {
  it.each([
    ['suspend:2020-08-24:KR', '--assume "suspend:2020-08-24:KR": unknown event type "suspend" (did you mean suspension?): types are'],
    ['frobnicate:2020-08-24:KR', '--assume "frobnicate:2020-08-24:KR": unknown event type "frobnicate": types are notice, suspension'],
    ['notice:2026-02-30:KR', '--assume "notice:2026-02-30:KR": invalid date "2026-02-30": February 2026 has 28 days'],
    ['notice:2020-13-01:KR', '--assume "notice:2020-13-01:KR": invalid date "2020-13-01": there is no month 13'],
    ['notice:24-08-2020:KR', '--assume "notice:24-08-2020:KR": invalid date "24-08-2020": expected a calendar date'],
    ['notice:2020-08-24:XX', '--assume "notice:2020-08-24:XX": unknown party "XX" (parties: JP, KR)'],
    ['notice:2020-08-24', '--assume "notice:2020-08-24": a notice needs a party: notice:2020-08-24:PARTY (parties: JP, KR)'],
    ['retraction:2020-08-24', '--assume "retraction:2020-08-24": a retraction needs a party'],
    ['notice', '--assume "notice": expected TYPE:DATE[:PARTY], e.g. notice:2026-08-24:KR'],
    ['notice:2020-08-24:KR:JP', '--assume "notice:2020-08-24:KR:JP": expected TYPE:DATE[:PARTY]'],
    ['notice::KR', '--assume "notice::KR": expected TYPE:DATE[:PARTY]'],
    ['', '--assume "": expected TYPE:DATE[:PARTY]'],
    ['extension:2020-08-24', '--assume "extension:2020-08-24": an extension needs a term or an until'],
    ['notice:2010-01-01:KR', '--assume "notice:2010-01-01:KR": notice on 2010-01-01 is before entry into force on 2016-11-23'],
    ['resumption:2020-08-24:JP', '--assume "resumption:2020-08-24:JP": nothing suspended: JP has no suspended notice on 2020-08-24'],
    ['suspension:2020-08-24:KR', '--assume "suspension:2020-08-24:KR": nothing pending: KR has no pending notice on 2020-08-24'],
    ['accession:2020-08-24:KR', '--assume "accession:2020-08-24:KR": accession applies to multilateral agreements only'],
  ])('refuses %j', async (value, message) => {
    expect((await refused(['status', '--on', '2020-08-24', '--assume', value])).startsWith(`gsomia: ${message}`)).toBe(true);
  });

  it('refuses the same assumption given twice', async () => {
    const stderr = await refused(['status', ...KR_NOTICE, '--assume', 'notice:2020-08-24:kr']);
    expect(stderr).toBe('gsomia: --assume "notice:2020-08-24:kr": given twice\n');
  });

  it('refuses a notice while an assumed one is still pending, naming the second', async () => {
    const stderr = await refused(['status', '--on', '2020-09-01', ...KR_NOTICE, '--assume', 'notice:2020-09-01:KR']);
    expect(stderr).toBe(
      'gsomia: --assume "notice:2020-09-01:KR": notice from KR on 2020-09-01, but its notice of 2020-08-24 is still pending\n',
    );
  });

  it("names the file's event an assumption contradicts: resumed in 2020, nothing is left to retract in 2023", async () => {
    const stderr = await refused(['status', '--on', '2024-01-01', '--assume', 'resumption:2020-08-24:KR']);
    expect(stderr).toBe(
      'gsomia: --assume "resumption:2020-08-24:KR" contradicts the file\'s events[2]: ' +
        'retraction on 2023-03-21, but the agreement was no longer in force from 2020-08-25\n',
    );
  });

  it('refuses a party a multilateral file does not track, listing those it does', async () => {
    const file = definitionFile(
      definition({
        kind: 'multilateral',
        entryIntoForce: '2010-01-01',
        duration: { initial: null, then: 'indefinite' },
        termination: { notice: 'P1Y', effect: 'after-notice' },
      }),
    );
    const stderr = await refused(['status', '--agreement', file, '--on', '2020-01-01', '--assume', 'notice:2020-01-01:CC']);
    expect(stderr).toBe('gsomia: --assume "notice:2020-01-01:CC": unknown party "CC" (parties: AA, BB)\n');
    const argv = ['status', '--agreement', file, '--on', '2021-01-01', '--party', 'AA', '--assume', 'notice:2020-01-01:AA', '--json'];
    const json = jsonOf(await runIn(argv));
    // AA's withdrawal takes effect a year after notice: out from 2021-01-01 (SPEC §2, after-notice).
    expect([json.inForce, json.endedOn]).toEqual([false, '2021-01-01']);
    const missing = await refused(['status', '--agreement', file, '--assume', 'notice:2020-01-01']);
    expect(missing).toBe('gsomia: --assume "notice:2020-01-01": a notice needs a party: notice:2020-01-01:PARTY (parties: AA, BB)\n');
  });
});
