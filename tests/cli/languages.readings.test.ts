import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/calendar/day.js';
import { messagesFor } from '../../src/render/messages/index.js';
import { runIn } from '../helpers/cli.js';

// Issue 12 over the readings of SPEC §7: where the record disagrees, in Japanese, Korean and
// Chinese. The days are the README's and the reference's (GSOMIA 2020, the DPRK and the
// NPT, the ABM Treaty's end); a reading's id and title are the file's own and stay English.

const LANGS = ['ja', 'ko', 'zh'] as const;
const READING = { ja: '解釈', ko: '해석', zh: '解释' };
const MAIN = { ja: '主たる解釈', ko: '주된 해석', zh: '主要解释' };

/** The words of three or more Latin letters a text has, but the zone, UTC and the readings' names. */
const englishWords = (text: string) =>
  text
    .replace(/Asia\/Tokyo|UTC/g, '')
    .replace(/'[a-z-]+' ?[（(][^）)]*[）)]/g, '')
    .match(/[A-Za-z]{3,}/g) ?? [];

describe.each(LANGS)('readings in --lang %s', (lang) => {
  const inWords = async (year: number, month: number, day: number) => (await messagesFor(lang)).day(dayFromCivil(year, month, day));

  it("GSOMIA on 2020-08-25: Tokyo's reading ends it sooner, from 2021-11-23", async () => {
    const run = await runIn(['status', '--on', '2020-08-25', '--lang', lang]);
    expect(run.code).toBe(0);
    const line = run.stdout.split('\n').find((text) => text.includes("'tokyo'")) ?? '';
    expect(line).toContain(READING[lang]);
    expect(line).toContain(await inWords(2021, 11, 23));
    expect(englishWords(run.stdout)).toEqual([]);
  });

  it('--reading tokyo says first which reading answers, and compares no other', async () => {
    const run = await runIn(['status', '--on', '2020-08-25', '--reading', 'tokyo', '--lang', lang]);
    const [first, ...rest] = run.stdout.split('\n');
    expect(first).toContain("'tokyo'");
    expect(first).toContain(READING[lang]);
    expect(first).not.toContain(MAIN[lang]);
    expect(rest.join('\n')).not.toContain("'");
    const main = await runIn(['status', '--on', '2020-08-25', '--reading', 'seoul', '--lang', lang]);
    expect(main.stdout.split('\n')[0]).toContain(MAIN[lang]);
  });

  it('--explain names the reading it explains', async () => {
    const run = await runIn(['status', '--on', '2020-08-25', '--explain', '--lang', lang]);
    const why = run.stdout.slice(run.stdout.indexOf('\n\n') + 2);
    expect(why.split('\n')[0]).toContain(`${MAIN[lang]}`);
    expect(why.split('\n')[0]).toContain("'seoul'");
  });

  it('the NPT in 2004: under the generally held view, KP a party until 2003-04-09', async () => {
    const run = await runIn(['status', '--agreement', 'npt', '--on', '2004-01-01', '--lang', lang]);
    const line = run.stdout.split('\n').find((text) => text.includes("'fresh-notice'")) ?? '';
    expect(line).toContain('KP');
    expect(line).toContain(await inWords(2003, 4, 9));
    // the NPT has no title in these languages: its name is the file's own
    expect(englishWords(run.stdout.replaceAll('NPT', ''))).toEqual([]);
  });

  it("the ABM Treaty: the Defense Department's reading, out of force from 2002-06-14", async () => {
    const run = await runIn(['history', '--agreement', 'abm', '--until', '2003-01-01', '--from', '2002-01-01', '--lang', lang]);
    const line = run.stdout.split('\n').find((text) => text.includes("'defense-department'")) ?? '';
    expect(line).toContain(await inWords(2002, 6, 14));
    expect(line).toContain(await inWords(2001, 12, 13));
    expect(englishWords(line)).toEqual([]);
  });

  it('list counts the readings, the main one with them', async () => {
    const run = await runIn(['list', '--lang', lang]);
    const gsomia = run.stdout.split('\n').find((text) => text.startsWith('gsomia')) ?? '';
    expect(gsomia).toContain(READING[lang]);
    expect(gsomia).toContain('2');
  });

  it('an unknown reading: exit 2, the ids in the language', async () => {
    const run = await runIn(['status', '--reading', 'osaka', '--lang', lang]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"osaka"');
    expect(run.stderr).toContain('seoul');
    expect(run.stderr).toContain('tokyo');
    expect(run.stderr).toContain(MAIN[lang]);
    expect(englishWords(run.stderr.replace(/seoul|tokyo|osaka|gsomia|GSOMIA/g, ''))).toEqual([]);
    const none = await runIn(['status', '--agreement', 'inf', '--reading', 'tokyo', '--lang', lang]);
    expect(none.code).toBe(2);
    expect(englishWords(none.stderr.replace(/tokyo|gsomia|INF Treaty/g, ''))).toEqual([]);
  });
});
