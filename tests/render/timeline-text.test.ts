import { describe, expect, it } from 'vitest';
import { IN_2026, runIn, stripAnsi } from '../helpers/cli.js';

// Every glyph the text picture may use must be one column wide: ASCII, box drawing,
// block elements, the triangle for today, and the ellipsis for shortened lines.
const SINGLE_WIDTH = /^[\u0020-\u007e\u2500-\u257f\u2580-\u259f\u25bc\u2026\u2013\u2014]*$/u;

function widthOf(line: string): number {
  return [...stripAnsi(line)].length;
}

const WINDOWS: string[][] = [
  [],
  ['--from', '2016-01-01', '--until', '2028-12-31'],
  ['--from', '0001-01-01', '--until', '9999-12-31'],
  ['--from', '2020-08-24', '--until', '2020-08-24'],
  ['--from', '1900-01-01', '--until', '2100-12-31'],
];
const AGREEMENTS = ['gsomia', 'inf', 'paris', 'nato', 'new-start', 'japan-korea-fisheries-1965', 'open-skies'];

describe('timeline as text', () => {
  it('never prints a line longer than 100 columns at --width 100, colour codes aside', async () => {
    for (const agreement of AGREEMENTS) {
      for (const window of WINDOWS) {
        const argv = ['timeline', '--agreement', agreement, '--width', '100', '--color', ...window];
        const { code, stdout, stderr } = await runIn(argv, IN_2026);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        for (const line of stdout.split('\n')) {
          expect(widthOf(line), `${agreement} ${window.join(' ')}: ${line}`).toBeLessThanOrEqual(100);
          expect(stripAnsi(line)).toMatch(SINGLE_WIDTH);
        }
      }
    }
  });

  it('fits 40 columns, the narrowest width, for every agreement and window', async () => {
    for (const agreement of AGREEMENTS) {
      for (const window of WINDOWS) {
        const { code, stdout } = await runIn(['timeline', '--agreement', agreement, '--width', '40', ...window], IN_2026);
        expect(code).toBe(0);
        for (const line of stdout.split('\n')) expect(widthOf(line), line).toBeLessThanOrEqual(40);
      }
    }
  });

  it('draws GSOMIA 2016–2024 with the year labels, renewals numbered and the KR notice events', async () => {
    const { stdout } = await runIn(['timeline', '--from', '2016-01-01', '--until', '2024-12-31', '--width', '100'], IN_2026);
    const lines = stdout.split('\n');
    expect(lines[1]).toMatch(/2016 +2017 +2018 +2019 +2020/);
    expect(lines.find((line) => line.startsWith('terms'))).toMatch(/┣1━+┣2━+┣3/);
    expect(stdout).toContain('2019-08-23  N notice (KR)');
    expect(stdout).toContain('2019-11-22  S suspension (KR)');
    expect(stdout).toContain('2023-03-21  X retraction (KR)');
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('lists the deadlines still ahead of today (2026-11-28): 2027-08-24 and 2028-08-24', async () => {
    const { stdout } = await runIn(['timeline', '--width', '80'], IN_2026);
    expect(stdout).toContain('2027-08-24  ┃ notice deadline (term 11)');
    expect(stdout).toContain('2028-08-24  ┃ notice deadline (term 12)');
  });

  it("uses the terminal's columns by default, and 80 in a pipe", async () => {
    const tty = await runIn(['timeline'], { ...IN_2026, stdout: { isTTY: true, columns: 57 } });
    expect(Math.max(...tty.stdout.split('\n').map(widthOf))).toBeLessThanOrEqual(57);
    const pipe = await runIn(['timeline'], IN_2026);
    const widest = Math.max(...pipe.stdout.split('\n').map(widthOf));
    expect(widest).toBeLessThanOrEqual(80);
    expect(widest).toBeGreaterThan(57);
  });

  it('marks the end of force: INF out from 2019-08-02', async () => {
    const { stdout } = await runIn(['timeline', '--agreement', 'inf', '--from', '2018-01-01', '--until', '2020-12-31'], IN_2026);
    expect(stdout).toContain('╳');
    expect(stdout).toContain('2019-08-02  ╳ first day out of force');
  });

  for (const [value, why] of [
    ['39', 'too narrow'],
    ['0', 'zero'],
    ['abc', 'not a number'],
    ['80px', 'a unit'],
    ['-80', 'negative'],
  ] as const) {
    it(`exits 2 and names --width "${value}" (${why})`, async () => {
      const { code, stdout, stderr } = await runIn(['timeline', '--width', value], IN_2026);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(value);
    });
  }

  it('exits 2 when --from 2020-01-01 is after --until 2019-01-01', async () => {
    const { code, stdout, stderr } = await runIn(['timeline', '--from', '2020-01-01', '--until', '2019-01-01'], IN_2026);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('2020-01-01');
  });

  it('exits 2 and names 2020-02-30 for an impossible --from date', async () => {
    const { code, stderr } = await runIn(['timeline', '--from', '2020-02-30'], IN_2026);
    expect(code).toBe(2);
    expect(stderr).toContain('2020-02-30');
  });

  it('exits 2 for --format png', async () => {
    const { code, stdout, stderr } = await runIn(['timeline', '--format', 'png'], IN_2026);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('png');
  });
});

describe('the timeline never contradicts status (SPEC §5: the 2020 GSOMIA deadline is 2020-08-24)', () => {
  const picture = async (from: string, until: string, width: string) =>
    (await runIn(['timeline', '--from', from, '--until', until, '--width', width], IN_2026)).stdout.split('\n');
  const row = (lines: string[], name: string) => (lines.find((line) => line.startsWith(name)) ?? '').slice(7);

  it('draws a notice window that overlaps the range though its deadline lies outside it', async () => {
    // On every day of 2020-08-01 … 2020-08-20 notice can still be given (status: possible until 2020-08-24).
    const notice = row(await picture('2020-08-01', '2020-08-20', '60'), 'notice');
    expect(notice).toMatch(/^░+$/);
    expect(notice).toHaveLength(53);
  });

  it('puts the deadline mark at the end of its day: nothing of the window after it', async () => {
    const notice = row(await picture('2020-08-01', '2020-09-30', '80'), 'notice');
    expect(notice).toMatch(/^░+┃$/);
    // 61 days on 73 columns: 2020-08-24, the 24th day, ends in column ceil(24 × 73 / 61) − 1 = 28
    expect(notice.indexOf('┃')).toBe(28);
  });

  it('labels a short range with dates: its first and last day and the months between', async () => {
    const [, labels, axis] = await picture('2020-08-01', '2020-09-30', '80');
    expect(labels?.slice(7).startsWith('2020-08-01')).toBe(true);
    expect(labels?.trimEnd().endsWith('2020-09-30')).toBe(true);
    expect(labels).toContain('2020-09');
    expect(axis?.slice(7).startsWith('┬')).toBe(true);
  });
});
