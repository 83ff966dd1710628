import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { definition } from '../helpers/agreement.js';
import { definitionFile, IN_2026, runIn } from '../helpers/cli.js';

type Component = InstanceType<typeof ICAL.Component>;

/** The calendar as an independent consumer (ical.js) reads it. */
function calendarOf(text: string): Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

function eventsOf(text: string) {
  return calendarOf(text)
    .getAllSubcomponents('vevent')
    .map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
}

/** Alarm triggers in days before the start: -P30D → -30. */
function triggerDays(vevent: Component): number[] {
  return vevent
    .getAllSubcomponents('valarm')
    .map((alarm) => (alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>).toSeconds() / 86_400);
}

const ics = (...more: string[]) => runIn(['deadlines', '--format', 'ics', '--from', '2026-11-28', '--within', 'P2Y', ...more], IN_2026);

// SPEC §2 and §5: term k ends on 2016-11-23 + k years − 1 day; its deadline is 90 days
// earlier (2027-11-22 − 90 days = 2027-08-24), and the renewal is the next day.
const GSOMIA_2026_2028 = ['2027-08-24', '2027-11-23', '2028-08-24', '2028-11-23'];
const ARTICLE_21_3 =
  'This Agreement shall remain in force for a period of one year and shall be automatically extended annually thereafter unless either Party notifies the other in writing through the diplomatic channel ninety days in advance of its intention to terminate the Agreement.';

describe('deadlines --format ics', () => {
  it('gives one all-day event for each GSOMIA deadline from 2026-11-28 through 2028-11-28', async () => {
    const run = await ics();
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const events = eventsOf(run.stdout);
    expect(events.map(({ event }) => event.startDate.toString())).toEqual(GSOMIA_2026_2028);
    for (const { event } of events) expect(event.startDate.isDate).toBe(true);
  });

  it('puts the 2027-08-24 notice deadline on that one day, with DTEND the exclusive 2027-08-25', async () => {
    const events = eventsOf((await ics()).stdout);
    const found = events.find(({ event }) => event.startDate.toString() === '2027-08-24');
    expect(found).toBeDefined();
    const { event, vevent } = found!;
    expect(event.endDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2027-08-25');
    expect(event.summary).toBe('GSOMIA: last day to give notice (term 11)');
    expect(event.description).toContain(ARTICLE_21_3);
    expect(event.description).toContain('2027-11-23');
    expect(triggerDays(vevent)).toEqual([-30, -7]);
    for (const alarm of vevent.getAllSubcomponents('valarm')) {
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm.getFirstPropertyValue('description')).toContain('GSOMIA');
    }
  });

  it('says a renewal in words a person understands', async () => {
    const events = eventsOf((await ics()).stdout);
    expect(events.find(({ event }) => event.startDate.toString() === '2027-11-23')?.event.summary).toBe('GSOMIA renews (term 12 begins)');
  });

  it('writes the calendar properties RFC 5545 publishing needs', async () => {
    const calendar = calendarOf((await ics()).stdout);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/gsomia/);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('GSOMIA deadlines');
  });

  it('gives byte-identical calendars for the same command line, whatever the clock says', async () => {
    const first = await ics();
    const second = await ics();
    const argv = ['deadlines', '--format', 'ics', '--from', '2026-11-28', '--within', 'P2Y'];
    const later = await runIn(argv, { ...IN_2026, env: { GSOMIA_NOW: '2031-05-05T12:34:56Z' } });
    expect(second.stdout).toBe(first.stdout);
    expect(later.stdout).toBe(first.stdout);
  });

  it('gives every event a stable UID with no host name and a UTC DTSTAMP', async () => {
    const events = eventsOf((await ics()).stdout);
    const uids = events.map(({ event }) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid).toMatch(/^gsomia-[a-z-]+-\d{8}@gsomia$/);
    for (const { vevent } of events) {
      const stamp = vevent.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>;
      expect(stamp.isDate).toBe(false);
      expect(stamp.zone?.tzid).toBe('UTC');
    }
  });

  it('ends every physical line with CRLF and keeps it within 75 octets of valid UTF-8', async () => {
    const argv = ['deadlines', '--format', 'ics', '--from', '2026-11-28', '--within', 'P3Y', '--agreement', definitionFile(ASIAN_TEXT)];
    const run = await runIn(argv, IN_2026);
    expect(run.code).toBe(0);
    const bytes = Buffer.from(run.stdout, 'utf8');
    expect(bytes.subarray(-2).toString()).toBe('\r\n');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let lines = 0;
    for (let i = 0; i < bytes.length - 1; i += 1) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(start, i);
        expect(line.length).toBeLessThanOrEqual(75);
        // each physical line decodes alone: no UTF-8 sequence is cut by a fold
        const text = decoder.decode(line);
        expect(text).not.toMatch(/[\r\n]/);
        start = i + 2;
        i += 1;
        lines += 1;
      }
    }
    expect(start).toBe(bytes.length);
    expect(lines).toBeGreaterThan(30);
  });

  it('restores long Japanese and Korean descriptions with dashes, commas and semicolons exactly after unfolding', async () => {
    const argv = ['deadlines', '--format', 'ics', '--from', '2026-11-28', '--within', 'P1Y', '--agreement', definitionFile(ASIAN_TEXT)];
    const run = await runIn(argv, IN_2026);
    expect(run.code).toBe(0);
    // the text really was folded, inside the multi-byte runs
    expect(run.stdout).toMatch(/\r\n [^\x00-\x7f]/);
    const events = eventsOf(run.stdout);
    expect(events.length).toBeGreaterThan(0);
    for (const { event } of events) {
      expect(event.description).toContain(ASIAN_TEXT.clause);
      expect(event.description).toContain(ASIAN_TEXT.title);
      expect(event.summary.startsWith(ASIAN_TEXT.shortTitle)).toBe(true);
    }
  });

  it('gives one alarm a day ahead for --remind P1D', async () => {
    const run = await ics('--remind', 'P1D');
    expect(run.code).toBe(0);
    for (const { vevent } of eventsOf(run.stdout)) expect(triggerDays(vevent)).toEqual([-1]);
  });

  it('gives no alarms for --remind none', async () => {
    const run = await ics('--remind', 'none');
    expect(run.code).toBe(0);
    for (const { vevent } of eventsOf(run.stdout)) expect(triggerDays(vevent)).toEqual([]);
  });

  it('reminds 31 days ahead for --remind P1M before 2027-08-24 (one calendar month back is 2027-07-24)', async () => {
    const run = await ics('--remind', 'P1M,P2W');
    const found = eventsOf(run.stdout).find(({ event }) => event.startDate.toString() === '2027-08-24');
    expect(triggerDays(found!.vevent)).toEqual([-31, -14]);
  });

  it('exits 2 and names "P3X" for a bad --remind duration', async () => {
    const run = await ics('--remind', 'P30D,P3X');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^gsomia: .*"P3X".*\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('exits 2 when --remind is given for text output', async () => {
    const run = await runIn(['deadlines', '--from', '2026-11-28', '--remind', 'P1D'], IN_2026);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--remind/);
  });

  it('lists every agreement of the catalogue with --all, each event with its own UID', async () => {
    const run = await runIn(['deadlines', '--all', '--format', 'ics', '--from', '2019-01-01', '--within', 'P3Y'], IN_2026);
    const all = await runIn(['deadlines', '--all', '--json', '--from', '2019-01-01', '--within', 'P3Y'], IN_2026);
    const json = JSON.parse(all.stdout) as { deadlines: { agreement: string }[] };
    expect(run.code).toBe(0);
    const events = eventsOf(run.stdout);
    expect(events).toHaveLength(json.deadlines.length);
    const uids = events.map(({ event }) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    // SPEC §2: Paris notice possible from 2019-11-04; New START expired 2021-02-05.
    expect(uids).toContain('paris-earliest-notice-20191104@gsomia');
    expect(uids).toContain('new-start-expiry-20210205@gsomia');
    expect(uids).toContain('gsomia-notice-deadline-20200824@gsomia');
    for (const { event } of events) expect(event.startDate.isDate).toBe(true);
  });
});

describe('deadlines --format and --json', () => {
  it('prints the same JSON for --json and --format json', async () => {
    const json = await runIn(['deadlines', '--from', '2026-11-28', '--json'], IN_2026);
    const format = await runIn(['deadlines', '--from', '2026-11-28', '--format', 'json'], IN_2026);
    expect(format.code).toBe(0);
    expect(format.stdout).toBe(json.stdout);
    expect(JSON.parse(json.stdout).deadlines[0].date).toBe('2027-08-24');
  });

  it('exits 2 for --json with --format ics', async () => {
    const run = await runIn(['deadlines', '--json', '--format', 'ics'], IN_2026);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // --json on the command line makes the error a JSON line (SPEC §8)
    expect(JSON.parse(run.stderr).error.message).toMatch(/--json.*--format ics/);
  });

  it('exits 2 and names xml for --format xml', async () => {
    const run = await runIn(['deadlines', '--format', 'xml'], IN_2026);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^gsomia: .*xml.*\n$/);
  });

  it('shows --format ics among the examples of deadlines --help', async () => {
    const run = await runIn(['deadlines', '--help'], IN_2026);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:[\s\S]*gsomia deadlines .*--format ics/);
  });
});

/**
 * Long multi-byte text: 3-byte CJK and Hangul, 4-byte emoji, em dashes, and every
 * character TEXT must escape (comma, semicolon, backslash, newline). Not a real treaty.
 */
const ASIAN_TEXT = definition({
  id: 'nikkan-test',
  title: '日本国政府と大韓民国政府との間の試験用協定 — 일본국 정부와 대한민국 정부 간의 시험용 협정',
  shortTitle: '日韓試験協定—한일',
  parties: ['JP', 'KR'],
  timeZone: 'Asia/Tokyo',
  entryIntoForce: '2020-01-01',
  clause:
    '第二十一条３　この協定は、一年間効力を有し、いずれか一方の締約国が九十日前に外交上の経路を通じて書面により終了の意思を通告しない限り、毎年自動的に延長される。\n' +
    '제21조 3항 — 이 협정은 1년간 효력을 가지며; 어느 한쪽 당사자가 90일 전에 외교 경로를 통하여 서면으로 종료 의사를 통보하지 아니하는 한, 매년 자동으로 연장된다. 📅 C:\\path\\ok',
});

describe('an .ics with no deadlines', () => {
  it('is still a calendar with one component (RFC 5545: icalbody = calprops 1*component), and no event', async () => {
    const run = await runIn(['deadlines', '--format', 'ics', '--from', '2020-08-25', '--until', '2020-08-26'], IN_2026);
    expect(run.code).toBe(0);
    const calendar = calendarOf(run.stdout);
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['UTC']);
    expect(new ICAL.Timezone(zones[0] as Component).tzid).toBe('UTC');
  });

  it('has no time zone component once it has an event', async () => {
    expect(calendarOf((await ics()).stdout).getAllSubcomponents('vtimezone')).toEqual([]);
  });
});
