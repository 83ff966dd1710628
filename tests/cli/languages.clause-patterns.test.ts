import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/calendar/day.js';
import { messagesFor } from '../../src/render/messages/index.js';
import { runIn } from '../helpers/cli.js';

// Issue 12 over the clause patterns of SPEC §6: the worked examples of the README (windows
// for notice, survival, roundTo and noticeBy, a requested day, a sent day, a fixed last day,
// an extension until) in Japanese, Korean and Chinese. Each answer has the days SPEC §6 and
// the reference give, written as the language writes them, the language's own term for the
// new idea, and no English word but the definition file's own (its clause, notes, `what`).

const LANGS = ['ja', 'ko', 'zh'] as const;
type Lang = (typeof LANGS)[number];

interface Example {
  readonly argv: readonly string[];
  /** the file the agreement comes from: its words may stay English */
  readonly file: string;
  /** days the answer must show (year, month, day), from SPEC §6 and the reference */
  readonly days: readonly (readonly [number, number, number])[];
  /** the language's term for what the example is about (README glossary) */
  readonly term?: Record<Lang, string>;
}

const WINDOW = { ja: '通告可能期間', ko: '통보 가능 기간', zh: '通知窗口期' };
const SURVIVAL = { ja: '存続', ko: '존속', zh: '存续' };
const ILO = 'examples/ilo-windows.json';

const EXAMPLES: Record<string, Example> = {
  // Istanbul Convention, TR's notice received 2021-03-22: out from 2021-07-01 (roundTo month-start)
  istanbul: {
    argv: ['status', '--agreement', 'istanbul-convention', '--party', 'TR', '--on', '2021-03-22', '--explain'],
    file: 'data/istanbul-convention.json',
    days: [[2021, 7, 1]],
  },
  // Whaling: notice received 2019-01-02 misses the 1 January cut-off: 30 June 2020
  whaling: {
    argv: ['status', '--agreement', 'whaling-convention', '--party', 'JP', '--on', '2019-01-02', '--explain'].concat([
      '--assume',
      'retraction:2018-12-31:JP',
      '--assume',
      'notice:2019-01-02:JP',
    ]),
    file: 'data/whaling-convention.json',
    days: [
      [2019, 1, 1],
      [2020, 6, 30],
    ],
  },
  // ILO-style windows: 1960-06-01 is in window 1 (1960-01-01 … 1960-12-31)
  'ilo in a window': {
    argv: ['status', '--agreement', ILO, '--party', 'AA', '--on', '1960-06-01', '--explain'],
    file: ILO,
    days: [
      [1960, 1, 1],
      [1960, 12, 31],
    ],
    term: WINDOW,
  },
  // … and 1961-01-01 is outside every window: the next opens 1970-01-01
  'ilo outside the windows': {
    argv: ['status', '--agreement', ILO, '--party', 'AA', '--on', '1961-01-01', '--explain'],
    file: ILO,
    days: [
      [1970, 1, 1],
      [1970, 12, 31],
    ],
    term: WINDOW,
  },
  'ilo deadlines': {
    argv: ['deadlines', '--agreement', ILO, '--from', '1955-01-01', '--within', 'P20Y'],
    file: ILO,
    days: [
      [1960, 1, 1],
      [1960, 12, 31],
      [1970, 1, 1],
    ],
    term: WINDOW,
  },
  // Energy Charter, Italy out from 2016-01-01: investments protected through 2035-12-31
  'energy charter status': {
    argv: ['status', '--agreement', 'energy-charter', '--party', 'IT', '--on', '2020-01-01', '--explain'],
    file: 'data/energy-charter.json',
    days: [
      [2016, 1, 1],
      [2035, 12, 31],
    ],
    term: SURVIVAL,
  },
  'energy charter deadlines': {
    argv: ['deadlines', '--agreement', 'energy-charter', '--from', '2030-01-01', '--within', 'P20Y'],
    file: 'data/energy-charter.json',
    days: [[2035, 12, 31]],
    term: SURVIVAL,
  },
  'energy charter timeline': {
    argv: ['timeline', '--agreement', 'energy-charter', '--party', 'IT', '--from', '2010-01-01', '--until', '2036-06-30', '--width', '72'],
    file: 'data/energy-charter.json',
    days: [[2035, 12, 31]],
    term: SURVIVAL,
  },
  // SORT: in force until a fixed last day, 2012-12-31
  sort: {
    argv: ['status', '--agreement', 'sort', '--on', '2010-01-01', '--explain'],
    file: 'data/sort.json',
    days: [
      [2012, 12, 31],
      [2013, 1, 1],
    ],
  },
  // a notice's requested day: AA's honoured (2018-01-01), BB's not (the rule's 2017-11-15)
  'requested day': {
    argv: ['history', '--agreement', 'examples/rome-statute-style.json', '--until', '2019-01-01', '--explain'],
    file: 'examples/rome-statute-style.json',
    days: [
      [2018, 1, 1],
      [2017, 3, 1],
      [2017, 11, 15],
    ],
  },
  // Ukraine's note: sent 2018-09-21, received 2018-09-24, out from 2019-04-01
  'sent day': {
    argv: ['history', '--agreement', 'russia-ukraine-friendship', '--until', '2019-12-31', '--explain'],
    file: 'data/russia-ukraine-friendship.json',
    days: [
      [2018, 9, 21],
      [2018, 9, 24],
      [2019, 4, 1],
    ],
  },
  // an extension by a new last day, 2042-06-30
  'extension until': {
    argv: ['history', '--agreement', 'examples/review-extension.json', '--until', '2045-01-01', '--explain'],
    file: 'examples/review-extension.json',
    days: [
      [2042, 6, 30],
      [2042, 7, 1],
    ],
  },
};

/** The words of three or more Latin letters a text has. */
const latinWords = (text: string) => text.match(/[A-Za-z]{3,}/g) ?? [];

/** The definition file's own text (names, clauses, notes, what survives): it stays as written in every language. */
function ownText(file: string): string {
  const texts: string[] = [file];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string' && ['id', 'title', 'shortTitle', 'clause', 'note', 'what'].includes(key)) texts.push(value);
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')), '');
  return texts.join('\n');
}

describe.each(LANGS)('the clause patterns of SPEC §6 in --lang %s', (lang) => {
  it.each(Object.keys(EXAMPLES))('%s', async (name) => {
    const example = EXAMPLES[name] as Example;
    const run = await runIn([...example.argv, '--lang', lang]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const table = await messagesFor(lang);
    for (const [year, month, day] of example.days) expect(run.stdout).toContain(table.day(dayFromCivil(year, month, day)));
    if (example.term) expect(run.stdout).toContain(example.term[lang]);
    expect(run.stdout).not.toMatch(/undefined|null|NaN|\[object/);
    // no English word and no YYYY-MM-DD day but the file's own
    const own = ownText(example.file);
    const isoDays = run.stdout.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    expect(isoDays.filter((iso) => !own.includes(iso))).toEqual([]);
    const ownWords = new Set([...latinWords(own), 'UTC']);
    expect(latinWords(run.stdout).filter((word) => !ownWords.has(word))).toEqual([]);
    expect(run.stdout).toMatchSnapshot();
  });
});
