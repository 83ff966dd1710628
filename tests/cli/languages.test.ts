import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/width.js';
import { runIn } from '../helpers/cli.js';

// Issue 12, `--lang ja|ko|zh` (SPEC §8): every text answer in the language, dates in its
// words, JSON and CSV unchanged, English untouched. The snapshots are the whole output of
// each command in each language, for a reviewer to read (and a change to show up).

const LANGS = ['ja', 'ko', 'zh'] as const;

/** Every command, with options that give a fixed answer. */
const COMMANDS: Record<string, string[]> = {
  status: ['status', '--on', '2020-08-24'],
  'status --explain': ['status', '--on', '2020-08-24', '--explain'],
  history: ['history', '--until', '2020-12-31'],
  deadlines: ['deadlines', '--from', '2020-08-01'],
  list: ['list'],
  timeline: ['timeline', '--from', '2019-01-01', '--until', '2020-12-31'],
  'timeline svg': ['timeline', '--from', '2019-01-01', '--until', '2020-12-31', '--format', 'svg'],
  ics: ['deadlines', '--from', '2020-08-01', '--format', 'ics'],
  github: ['deadlines', '--from', '2020-08-01', '--format', 'github'],
};

describe.each(LANGS)('--lang %s', (lang) => {
  it.each(Object.keys(COMMANDS))('%s', async (name) => {
    const run = await runIn([...(COMMANDS[name] ?? []), '--lang', lang]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchSnapshot();
  });
});

/**
 * The words of three or more Latin letters a text has, but the zone and the UTC it names and
 * the readings' names (SPEC §7: a reading's id and title are the definition file's own words).
 */
const englishWords = (text: string) =>
  text
    .replace(/Asia\/Tokyo|UTC/g, '')
    .replace(/'[a-z-]+' ?[（(][^）)]*[）)]/g, '')
    .match(/[A-Za-z]{3,}/g) ?? [];

describe('status --on 2020-08-24 in each language', () => {
  const expected = { ja: '2020年8月24日', ko: '2020년 8월 24일', zh: '2020年8月24日' };
  const weekday = { ja: '2020年8月24日（月）', ko: '2020년 8월 24일 (월)', zh: '2020年8月24日（星期一）' };
  const title = {
    ja: '秘密軍事情報の保護に関する日本国政府と大韓民国政府との間の協定',
    ko: '한일 군사정보보호협정',
    zh: '日韩军事情报保护协定',
  };

  it.each(LANGS)('%s: dates in words, the title of the language, and no English word', async (lang) => {
    const { stdout } = await runIn(['status', '--on', '2020-08-24', '--lang', lang]);
    expect(stdout).toContain(expected[lang]);
    expect(stdout).toContain(weekday[lang]);
    expect(stdout.startsWith(title[lang])).toBe(true);
    expect(stdout).not.toContain('2020-08-24');
    expect(englishWords(stdout)).toEqual([]);
  });

  it.each(LANGS)('%s: the explanation has no English word but the clause it quotes', async (lang) => {
    const { stdout } = await runIn(['status', '--on', '2020-08-24', '--explain', '--lang', lang]);
    const withoutClause = stdout.replace(/[“「]Article 21\(3\):[^”」]*[”」]/, '');
    expect(englishWords(withoutClause)).toEqual([]);
  });

  it.each(LANGS)('%s: history, deadlines and the timeline have no English word but the data files’ notes', async (lang) => {
    for (const argv of [COMMANDS.history, COMMANDS.deadlines, COMMANDS.timeline]) {
      const { stdout } = await runIn([...(argv ?? []), '--lang', lang]);
      // the events' notes are the catalogue's own sourced English; `gsomia` is the id
      const text = stdout
        .split('\n')
        .filter((line) => !/^ {14}\S/.test(line))
        .join('\n')
        .replaceAll('gsomia', '');
      expect(englishWords(text), argv?.join(' ')).toEqual([]);
    }
  });
});

describe('what does not change with the language', () => {
  const machine = [
    ['status', '--on', '2020-08-24', '--json'],
    ['status', '--on', '2020-08-24', '--explain', '--json'],
    ['history', '--until', '2020-12-31', '--json'],
    ['deadlines', '--from', '2020-08-01', '--json'],
    ['deadlines', '--from', '2020-08-01', '--format', 'csv'],
    ['deadlines', '--all', '--from', '2020-08-01', '--format', 'json'],
    ['list', '--json'],
  ];

  it.each(machine.map((argv) => [argv.join(' '), argv]))('%s is the same in every language', async (_, argv) => {
    const english = await runIn(argv as string[]);
    expect(english.code).toBe(0);
    for (const lang of LANGS) {
      expect((await runIn([...(argv as string[]), '--lang', lang])).stdout, lang).toBe(english.stdout);
      expect((await runIn(argv as string[], { env: { GSOMIA_LANG: lang } })).stdout, lang).toBe(english.stdout);
    }
  });

  it('English is the default, and --lang en gives it too', async () => {
    for (const argv of Object.values(COMMANDS)) {
      const english = await runIn(argv);
      expect((await runIn([...argv, '--lang', 'en'])).stdout).toBe(english.stdout);
      expect((await runIn(argv, { env: { GSOMIA_LANG: '' } })).stdout).toBe(english.stdout);
    }
  });
});

describe('choosing the language', () => {
  it('takes GSOMIA_LANG, and --lang over it', async () => {
    const ko = await runIn(['status', '--on', '2020-08-24'], { env: { GSOMIA_LANG: 'ko' } });
    expect(ko.stdout).toContain('2020년 8월 24일');
    const zh = await runIn(['status', '--on', '2020-08-24', '--lang', 'zh'], { env: { GSOMIA_LANG: 'ko' } });
    expect(zh.stdout).toContain('星期一');
    expect(zh.stdout).not.toContain('2020년');
  });

  it('refuses an unknown code with one line naming the codes, exit 2, as JSON under --json', async () => {
    const text = await runIn(['status', '--on', '2020-08-24', '--lang', 'fr']);
    expect(text).toMatchObject({ code: 2, stdout: '' });
    expect(text.stderr).toBe('gsomia: unknown language "fr" in --lang: the languages are en, ja, ko, zh\n');
    const json = await runIn(['status', '--on', '2020-08-24', '--json', '--lang', 'fr']);
    expect(json).toMatchObject({ code: 2, stdout: '' });
    expect(JSON.parse(json.stderr)).toEqual({
      error: { code: 2, message: 'unknown language "fr" in --lang: the languages are en, ja, ko, zh' },
    });
    const env = await runIn(['list'], { env: { GSOMIA_LANG: 'EN' } });
    expect(env).toMatchObject({ code: 2, stderr: 'gsomia: unknown language "EN" in GSOMIA_LANG: the languages are en, ja, ko, zh\n' });
  });
});

describe('errors in the language', () => {
  const cases: [string[], Record<(typeof LANGS)[number], string>][] = [
    [
      ['status', '--on', '2020-13-01'],
      {
        ja: '--onの日付"2020-13-01"が無効',
        ko: '--on 날짜 "2020-13-01"이(가) 잘못됨',
        zh: '--on的日期"2020-13-01"无效',
      },
    ],
    [['deadlines', '--within', 'P0D'], { ja: '--withinの期間"P0D"が無効', ko: '--within 기간 "P0D"', zh: '--within的期间"P0D"无效' }],
    [['status', '--agreement', 'nope'], { ja: '協定"nope"が見つからない', ko: '협정 "nope"을(를) 찾을 수 없음', zh: '找不到协定"nope"' }],
    [
      ['status', '--tz', 'Mars/Base'],
      { ja: '--tzのタイムゾーン"Mars/Base"が無効', ko: '--tz 시간대 "Mars/Base"', zh: '--tz的时区"Mars/Base"无效' },
    ],
    [
      ['status', '--assume', 'nonsense'],
      { ja: '--assume "nonsense"を解釈できない', ko: '--assume "nonsense"을(를) 해석할 수 없음', zh: '无法解析--assume "nonsense"' },
    ],
    [
      ['status', '--onn', '2020-08-24'],
      {
        ja: '不明なオプション--onn（--onのことか）',
        ko: '알 수 없는 옵션 --onn (--on을(를) 의도했나요?)',
        zh: '未知选项--onn（是否要用--on？）',
      },
    ],
    [['status', '--agreement', '/nonexistent/file.json'], { ja: 'ファイルがない', ko: '파일이 없음', zh: '文件不存在' }],
    [
      ['deadlines', '--remind', 'P1D'],
      { ja: '--remindは--format icsでのみ使える', ko: '--remind은(는) --format ics에서만', zh: '--remind只适用于--format ics' },
    ],
    [['timeline', '--width', '5'], { ja: '--width "5"が無効：40～', ko: '--width "5"이(가) 잘못됨', zh: '--width "5"无效' }],
    [['list', '--data', '/nonexistent'], { ja: 'ディレクトリがない', ko: '디렉터리가 없음', zh: '目录不存在' }],
  ];

  it.each(LANGS)('%s: the CLI’s own errors, one line, exit 2', async (lang) => {
    for (const [argv, expected] of cases) {
      const run = await runIn([...argv, '--lang', lang]);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(run.stderr, argv.join(' ')).toContain(expected[lang]);
      if (argv[0] === 'timeline') continue; // it has no --json
      const json = await runIn([...argv, '--lang', lang, '--json']);
      expect(JSON.parse(json.stderr).error.message, argv.join(' ')).toContain(expected[lang]);
    }
  });
});

describe('no line wider than --width, in every language', () => {
  it.each(LANGS)('%s: timeline at 40, 60 and 100 columns', async (lang) => {
    for (const width of ['40', '60', '100']) {
      for (const argv of [
        COMMANDS.timeline,
        ['timeline', '--from', '2020-08-01', '--until', '2020-12-31'],
        ['timeline', '--agreement', 'paris', '--party', 'US'],
      ]) {
        const { stdout, code } = await runIn([...(argv ?? []), '--width', width, '--lang', lang]);
        expect(code).toBe(0);
        for (const line of stdout.split('\n')) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(Number(width));
      }
    }
  });

  it.each(LANGS)('%s: the explanation wraps to the terminal', async (lang) => {
    const run = await runIn(['status', '--on', '2020-08-24', '--explain', '--lang', lang], { stdout: { isTTY: true, columns: 60 } });
    const why = run.stdout.slice(run.stdout.indexOf('\n\n') + 2);
    // the clause is English, and an English word longer than the line is never cut
    // the line naming the reading explained (SPEC §7) is printed whole, in every language, as in English
    const wrapped = why.split('\n').filter((line) => !/'seoul'/.test(line));
    for (const line of wrapped) if (!/[A-Za-z]{12,}/.test(line)) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    expect(why.split('\n').length).toBeGreaterThan(12);
  });
});
