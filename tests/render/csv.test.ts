import { describe, expect, it } from 'vitest';
import { definition } from '../helpers/agreement.js';
import { definitionFile, IN_2026, runIn } from '../helpers/cli.js';
import { readCsv } from '../helpers/csv.js';

const HEADER = [
  'date',
  'agreement',
  'kind',
  'days_until',
  'description',
  'party',
  'term',
  'weekday',
  'ends_at',
  'non_working',
  'holiday',
  'last_working_day',
];

/** A renewing agreement whose name needs CSV quoting: a comma, quotes, and a line break. */
const awkward = (shortTitle: string) =>
  definition({ id: 'awkward-pact', title: 'An agreement with an awkward short title', shortTitle, entryIntoForce: '2020-01-01' });

interface JsonDeadline {
  date: string;
  agreement: string;
  kind: string;
  daysUntil: number;
  description: string;
  party: string | null;
  term: number | null;
  weekday: string;
  endsAt: string | null;
  nonWorking: { reason: string; holiday: string | null; lastWorkingDay: string } | null;
}

/** The same window as JSON, turned into the rows the CSV should hold. */
async function rowsFromJson(argv: string[]): Promise<string[][]> {
  const { deadlines } = JSON.parse((await runIn([...argv, '--json'], IN_2026)).stdout) as { deadlines: JsonDeadline[] };
  return deadlines.map((d) => [
    d.date,
    d.agreement,
    d.kind,
    String(d.daysUntil),
    d.description,
    d.party ?? '',
    d.term === null ? '' : String(d.term),
    d.weekday,
    d.endsAt ?? '',
    d.nonWorking?.reason ?? '',
    d.nonWorking?.holiday ?? '',
    d.nonWorking?.lastWorkingDay ?? '',
  ]);
}

describe('deadlines --format csv', () => {
  it('starts with the header row and lists the 2027-08-24 GSOMIA notice deadline 269 days after 2026-11-28', async () => {
    const run = await runIn(['deadlines', '--format', 'csv', '--from', '2026-11-28'], IN_2026);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [header, ...rows] = readCsv(run.stdout);
    expect(header).toEqual(HEADER);
    // SPEC §5: term 11 ends 2027-11-22; 90 days earlier is 2027-08-24; 2026-11-28 → 2027-08-24 is
    // 2 + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 31 + 24 = 269 days.
    expect(rows[0]?.slice(0, 4)).toEqual(['2027-08-24', 'gsomia', 'notice-deadline', '269']);
    // 2027-08-24 is a Tuesday; 24:00 in Tokyo (UTC+9) is 15:00 UTC; a working day.
    expect(rows[0]?.slice(5)).toEqual(['', '11', 'tuesday', '2027-08-24T15:00:00Z', '', '', '']);
    expect(rows[1]?.slice(0, 3)).toEqual(['2027-11-23', 'gsomia', 'renewal']);
    expect(rows).toHaveLength(2);
  });

  it('ends every record, the header included, with CRLF', async () => {
    const run = await runIn(['deadlines', '--format', 'csv', '--all', '--from', '2019-01-01', '--within', 'P3Y'], IN_2026);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    expect(run.stdout.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('holds the same fields as --json for every agreement of the catalogue', async () => {
    const argv = ['deadlines', '--all', '--from', '2019-01-01', '--within', 'P3Y'];
    const [, ...rows] = readCsv((await runIn([...argv, '--format', 'csv'], IN_2026)).stdout);
    const expected = await rowsFromJson(argv);
    expect(expected.length).toBeGreaterThan(3);
    expect(rows).toEqual(expected);
  });

  it('quotes a description holding a comma and double quotes, and the fields read back unchanged', async () => {
    const file = definitionFile(awkward('Pact "Alpha, Beta"'));
    const argv = ['deadlines', '--agreement', file, '--from', '2026-11-28', '--within', 'P2Y'];
    const run = await runIn([...argv, '--format', 'csv'], IN_2026);
    expect(run.code).toBe(0);
    // RFC 4180: the field is quoted and its quotes doubled
    expect(run.stdout).toContain('"Pact ""Alpha, Beta"" renews: term 8 begins"');
    const [, ...rows] = readCsv(run.stdout);
    expect(rows).toEqual(await rowsFromJson(argv));
    expect(rows.map((row) => row[4])).toContain('Pact "Alpha, Beta" renews: term 8 begins');
  });

  it('keeps a line break inside a quoted field', async () => {
    const file = definitionFile(awkward('Pact\r\nII'));
    const argv = ['deadlines', '--agreement', file, '--from', '2026-11-28', '--within', 'P2Y'];
    const [, ...rows] = readCsv((await runIn([...argv, '--format', 'csv'], IN_2026)).stdout);
    expect(rows.map((row) => row[4])).toContain('Pact\r\nII renews: term 8 begins');
    expect(rows).toEqual(await rowsFromJson(argv));
  });

  it('prints only the header when no deadline falls in the window', async () => {
    const run = await runIn(['deadlines', '--format', 'csv', '--from', '2026-11-28', '--within', 'P1D'], IN_2026);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${HEADER.join(',')}\r\n`);
  });
});

describe('CSV cells a spreadsheet could run as formulas', () => {
  it("start with an apostrophe when a definition's words begin with = + - or @", async () => {
    const formula = definition({
      id: 'formula-pact',
      title: 'Formula pact',
      shortTitle: '=HYPERLINK("x","click")',
      entryIntoForce: '2020-01-01',
      parties: ['@A', '+B'],
    });
    const file = definitionFile(formula);
    const rows = readCsv((await runIn(['deadlines', '--agreement', file, '--format', 'csv', '--from', '2026-11-28'], IN_2026)).stdout);
    const renewal = rows.find((row) => row[2] === 'renewal');
    expect(renewal?.[4]).toBe('\'=HYPERLINK("x","click") renews: term 8 begins');
    for (const row of rows.slice(1)) for (const cell of [row[1], row[4], row[5]]) expect(cell ?? '').not.toMatch(/^[=+\-@]/);
  });

  it('leave ordinary words alone', async () => {
    const rows = readCsv((await runIn(['deadlines', '--format', 'csv', '--from', '2026-11-28'], IN_2026)).stdout);
    expect(rows[1]?.[4]).toMatch(/^last day to give notice/);
  });
});

describe('windows for notice in CSV (SPEC §6)', () => {
  it("gives a window's last day its end, like a notice deadline, and its opening none", async () => {
    const argv = ['deadlines', '--agreement', 'examples/ilo-windows.json', '--from', '1969-06-01', '--within', 'P2Y', '--format', 'csv'];
    const rows = readCsv((await runIn(argv)).stdout).slice(1);
    // window 2 of an agreement in force 1950-01-01, every P10Y for P1Y: 1970-01-01 … 1970-12-31
    expect(rows.map((row) => [row[0], row[2], row[8]])).toEqual([
      ['1970-01-01', 'window-opens', ''],
      ['1970-12-31', 'window-closes', '1971-01-01T00:00:00Z'],
    ]);
  });
});
