import { afterAll, describe, expect, it } from 'vitest';
import { definition } from '../helpers/agreement.js';
import { definitionFile, removeBinCopy, runBin } from '../helpers/cli.js';

// The worked examples of SPEC §6, through the built bin. Expected days come from SPEC §6
// and the reference facts (treaties-v2.md), quoted beside each; the examples/ files are
// synthetic, and their expected days follow from SPEC §6's rule as written, not from output.
afterAll(removeBinCopy);

/** A run that must succeed: its stdout, or its JSON with --json. */
function ok(argv: readonly string[]): string {
  const run = runBin(argv);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}
const json = (argv: readonly string[]) => JSON.parse(ok([...argv, '--json']));

/** What became of each notice in the history: [party, received, first day out]. */
const outcomes = (agreement: string, until: string) =>
  json(['history', '--agreement', agreement, '--until', until]).events.map((e: { party: string; date: string; effectiveOn: string }) => [
    e.party,
    e.date,
    e.effectiveOn,
  ]);

describe('roundTo "month-start": Turkey and the Istanbul Convention', () => {
  // SPEC §6: receipt 2021-03-22 → 06-22 → 06-23 → 2021-07-01; treaties-v2: "either date gives 2021-07-01".
  it('takes Turkey out from 2021-07-01 after receipt on 2021-03-22', () => {
    expect(outcomes('istanbul-convention', '2021-12-31')).toEqual([['TR', '2021-03-22', '2021-07-01']]);
    expect(json(['status', '--agreement', 'istanbul-convention', '--party', 'TR', '--on', '2021-07-01'])).toMatchObject({
      inForce: false,
      endedOn: '2021-07-01',
    });
  });

  it('gives 2021-07-01 as well for notice received on 2021-03-20, the other date cited', () => {
    const status = json(['status', '--agreement', 'istanbul-convention', '--party', 'TR', '--on', '2021-03-20']);
    expect(status.notice.effectiveOn).toBe('2021-07-01');
  });
});

describe('roundTo "--12-31": the UNESCO Constitution, Art. II(6)', () => {
  // treaties-v2: US 2017-10-12 → 2018-12-31; Israel 2017-12-29 → 2018-12-31; US 2025-07-22 → 2026-12-31.
  it('takes the US out from 2018-12-31 and again from 2026-12-31, Israel from 2018-12-31', () => {
    expect(outcomes('unesco-constitution', '2027-01-01').filter((o: string[]) => o[2] !== null)).toEqual([
      ['US', '2017-10-12', '2018-12-31'],
      ['IL', '2017-12-29', '2018-12-31'],
      ['US', '2025-07-22', '2026-12-31'],
    ]);
  });
});

describe('noticeBy: the Whaling Convention, Art. XI', () => {
  // SPEC §6: Japan, received 2018-12-26 → 2019-06-30; a notice of 2019-01-02 → 2020-06-30.
  it('takes Japan out on 2019-06-30 after receipt on 2018-12-26', () => {
    expect(outcomes('whaling-convention', '2019-12-31')).toEqual([['JP', '2018-12-26', '2019-06-30']]);
  });

  it('moves a notice of 2019-01-02, after the 1 January cut-off, to 2020-06-30 (--assume, its 2018 notice retracted)', () => {
    const assume = ['--assume', 'retraction:2018-12-31:JP', '--assume', 'notice:2019-01-02:JP'];
    const status = json(['status', '--agreement', 'whaling-convention', '--party', 'JP', '--on', '2019-01-02', ...assume]);
    expect(status.pending).toEqual([expect.objectContaining({ received: '2019-01-02', effectiveOn: '2020-06-30' })]);
  });

  it('explains the cut-off: 2019-01-01 passed, so the next 30 June', () => {
    const text = ok(['status', '--agreement', 'whaling-convention', '--party', 'JP', '--on', '2019-01-02', '--explain']);
    expect(text).toContain(
      'its cut-off, 1 January, is 2019-01-01, and notice received 2019-01-02 is after it, so the next 30 June: 2020-06-30',
    );
  });
});

describe('survives: the Energy Charter Treaty, Art. 47(3)', () => {
  // treaties-v2: Italy 2014-12-31 → 2016-01-01; United Kingdom 2024-04-26 → 2025-04-27; 20 years'
  // protection, which SPEC §6 counts through the day before E + for.
  it('takes Italy out from 2016-01-01, protected through 2035-12-31', () => {
    expect(json(['status', '--agreement', 'energy-charter', '--party', 'IT', '--on', '2016-01-01'])).toMatchObject({
      inForce: false,
      endedOn: '2016-01-01',
      survivesUntil: '2035-12-31',
    });
  });

  it('takes the United Kingdom out from 2025-04-27, protected through 2045-04-26', () => {
    expect(json(['status', '--agreement', 'energy-charter', '--party', 'GB', '--on', '2025-04-27'])).toMatchObject({
      endedOn: '2025-04-27',
      survivesUntil: '2045-04-26',
    });
  });

  it("lists the end of Italy's protection, 2036-01-01, as a survival-ends deadline and a calendar event", () => {
    const from = ['--agreement', 'energy-charter', '--party', 'IT', '--from', '2035-01-01', '--within', 'P2Y'];
    const listed = json(['deadlines', ...from]).deadlines;
    expect(listed.map((d: { date: string; kind: string }) => [d.date, d.kind])).toEqual([['2036-01-01', 'survival-ends']]);
    expect(ok(['deadlines', ...from, '--format', 'ics'])).toContain('DTSTART;VALUE=DATE:20360101');
  });

  it('draws the survival after the end of force on the timeline, its last day 2035-12-31', () => {
    const text = ok(['timeline', '--agreement', 'energy-charter', '--party', 'IT', '--from', '2010-01-01', '--until', '2040-12-31']);
    expect(text).toContain('2035-12-31  ┈ last day the obligations that survive the withdrawal apply');
  });
});

describe('duration.until: SORT, "in force until December 31, 2012"', () => {
  // treaties-v2: in force 2003-06-01 until 2012-12-31; superseded when New START entered into force, 2011-02-05.
  it('is due to expire on 2013-01-01, the day after its last day', () => {
    expect(json(['status', '--agreement', 'sort', '--on', '2010-01-01'])).toMatchObject({
      inForce: true,
      term: { number: 1, start: '2003-06-01', end: '2012-12-31' },
      scheduledEnd: { on: '2013-01-01', reason: 'expiry' },
    });
  });

  it('was superseded first: out of force from 2011-02-05, by consent', () => {
    expect(json(['status', '--agreement', 'sort', '--on', '2013-01-01'])).toMatchObject({
      inForce: false,
      endedOn: '2011-02-05',
      endReason: 'termination',
    });
  });
});

describe('windows: an ILO-style convention (examples/ilo-windows.json)', () => {
  // SPEC §6: window k from S + k·every through the day before S + k·every + length; S = 1950-01-01.
  const ilo = ['--agreement', 'examples/ilo-windows.json'];

  it('lists window 1 as 1960-01-01 … 1960-12-31 and window 2 as 1970-01-01 … 1970-12-31', () => {
    const listed = json(['deadlines', ...ilo, '--from', '1955-01-01', '--within', 'P20Y']).deadlines;
    expect(listed.map((d: { date: string; kind: string; window: number }) => [d.date, d.kind, d.window])).toEqual([
      ['1960-01-01', 'window-opens', 1],
      ['1960-12-31', 'window-closes', 1],
      ['1970-01-01', 'window-opens', 2],
      ['1970-12-31', 'window-closes', 2],
    ]);
  });

  it('lists only the kinds asked for with --kind window-closes', () => {
    const listed = json(['deadlines', ...ilo, '--from', '1955-01-01', '--within', 'P20Y', '--kind', 'window-closes']).deadlines;
    expect(listed.map((d: { date: string }) => d.date)).toEqual(['1960-12-31', '1970-12-31']);
  });

  it('says notice is possible in this window, until its last day, and takes effect a year later', () => {
    expect(ok(['status', ...ilo, '--party', 'AA', '--on', '1960-06-01'])).toContain(
      'Notice       possible in this window, until Sat 1960-12-31 (in 213 days)',
    );
    expect(json(['status', ...ilo, '--party', 'AA', '--on', '1960-06-01']).notice).toMatchObject({
      possible: true,
      effectiveOn: '1961-06-01',
      windowLastDay: '1960-12-31',
    });
  });

  it("names the next window's first day outside the windows", () => {
    const status = json(['status', ...ilo, '--party', 'AA', '--on', '1961-01-01']);
    expect(status.notice).toMatchObject({ possible: false, earliestOn: '1970-01-01' });
    expect(ok(['status', ...ilo, '--party', 'AA', '--on', '1961-01-01'])).toContain('the next window opens 1970-01-01');
  });
});

describe('windows with an earliest day inside one', () => {
  // S = 1950-01-01, windows every P10Y for P1Y (window 1: 1960-01-01 … 1960-12-31), earliest
  // P10Y6M: notice first possible on 1960-07-01, inside window 1. The earliest day bars it
  // before then, not the windows: "not yet", never "the next window opens 1960-07-01".
  const file = definitionFile(
    definition({
      kind: 'multilateral',
      entryIntoForce: '1950-01-01',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P10Y6M', windows: { every: 'P10Y', length: 'P1Y' } },
    }),
  );

  it.each([
    ['1955-01-01', 'not yet: notice may be given from 1960-07-01'],
    ['1960-03-01', 'not yet: notice may be given from 1960-07-01 (in 122 days)'],
    ['1960-08-01', 'possible in this window, until Sat 1960-12-31'],
    ['1961-03-01', 'not now: outside the windows for notice; the next window opens 1970-01-01'],
  ])('on %s: %s', (on, line) => {
    expect(ok(['status', '--agreement', file, '--on', on])).toContain(`Notice       ${line}`);
  });
});

describe("a notice's own effectiveOn: the Rome Statute's pattern (examples/rome-statute-style.json)", () => {
  // SPEC §6: the later of the day asked for and the rule's day (receipt + P1Y); an earlier request is not honoured.
  it('honours a later day asked for and not an earlier one, and says which', () => {
    const events = json(['history', '--agreement', 'examples/rome-statute-style.json', '--until', '2019-01-01']).events;
    expect(events.map((e: Record<string, unknown>) => [e.party, e.effectiveOn, e.requested, e.requestHonoured])).toEqual([
      ['AA', '2018-01-01', '2018-01-01', true],
      ['BB', '2017-11-15', '2017-03-01', false],
    ]);
    const text = ok(['history', '--agreement', 'examples/rome-statute-style.json', '--until', '2019-01-01']);
    expect(text).toContain('asked for 2017-03-01 (not honoured');
  });
});

describe("a notice's sent day: Ukraine's note on the Treaty of Friendship", () => {
  // treaties-v2: sent 2018-09-21 (UNIAN), received 2018-09-24 (TASS), out of force from 2019-04-01.
  it('records the note as sent 2018-09-21 and received 2018-09-24, and ends the treaty from 2019-04-01', () => {
    const [event] = json(['history', '--agreement', 'russia-ukraine-friendship', '--until', '2019-12-31']).events;
    expect(event).toMatchObject({ date: '2018-09-24', sent: '2018-09-21', effectiveOn: '2019-04-01' });
    expect(ok(['history', '--agreement', 'russia-ukraine-friendship', '--until', '2019-12-31'])).toContain('sent 2018-09-21');
    expect(json(['status', '--agreement', 'russia-ukraine-friendship', '--on', '2019-04-01'])).toMatchObject({
      inForce: false,
      endedOn: '2019-04-01',
    });
  });
});

describe("an extension's until: a new last day (examples/review-extension.json)", () => {
  // SPEC §6: until is the new last day in force; 2020-07-01 + P16Y = 2036-07-01 without it.
  const review = ['--agreement', 'examples/review-extension.json'];

  it('expires on 2036-07-01 as known before the review', () => {
    expect(json(['status', ...review, '--on', '2026-06-30']).scheduledEnd).toMatchObject({ on: '2036-07-01', reason: 'expiry' });
  });

  it('runs through 2042-06-30 after it, out from 2042-07-01', () => {
    expect(json(['status', ...review, '--on', '2042-06-30'])).toMatchObject({ inForce: true });
    expect(json(['status', ...review, '--on', '2042-07-01'])).toMatchObject({ inForce: false, endedOn: '2042-07-01' });
    expect(json(['history', ...review, '--until', '2042-07-01']).events[0]).toMatchObject({ type: 'extension', until: '2042-06-30' });
  });
});
