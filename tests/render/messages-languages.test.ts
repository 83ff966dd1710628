import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/calendar/day.js';
import { compileAccepted } from '../../src/engine/compile.js';
import type { CompiledAgreement } from '../../src/engine/compiled-agreement.js';
import type { Deadline } from '../../src/engine/deadline.js';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { errorMessagesFor, LANGUAGES, messagesFor } from '../../src/render/messages/index.js';
import { cataloguePlan } from '../helpers/agreement.js';
import { runIn } from '../helpers/cli.js';

// Issue 12: every language is one table with the keys of English (tsc checks the types;
// this checks the shape, deeply, so a key added to English and forgotten elsewhere fails),
// and days in words as each language writes them (SPEC §8: 2020年8月24日, 2020년 8월 24일).

type Shape = string | { [key: string]: Shape };

/** The keys of a table, deeply, with the kind of each leaf (a string or a function). */
function shapeOf(value: unknown): Shape {
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]),
  );
}

const AUGUST_24 = dayFromCivil(2020, 8, 24);

describe('the four message tables', () => {
  it('have the same keys, deeply, with a string or a function at the same places', async () => {
    const english = shapeOf(await messagesFor('en'));
    for (const language of LANGUAGES) expect(shapeOf(await messagesFor(language)), language).toEqual(english);
  });

  it('have error tables with the same codes for every language but English', async () => {
    expect(await errorMessagesFor('en')).toBeNull();
    const ja = shapeOf(await errorMessagesFor('ja'));
    for (const language of ['ko', 'zh'] as const) expect(shapeOf(await errorMessagesFor(language)), language).toEqual(ja);
  });

  it('write 2020-08-24 as each language does, with its weekday (a Monday)', async () => {
    const [en, ja, ko, zh] = await Promise.all(LANGUAGES.map((language) => messagesFor(language)));
    expect([en?.day(AUGUST_24), en?.dayWithWeekday(AUGUST_24)]).toEqual(['2020-08-24', 'Mon 2020-08-24']);
    expect([ja?.day(AUGUST_24), ja?.dayWithWeekday(AUGUST_24)]).toEqual(['2020年8月24日', '2020年8月24日（月）']);
    expect([ko?.day(AUGUST_24), ko?.dayWithWeekday(AUGUST_24)]).toEqual(['2020년 8월 24일', '2020년 8월 24일 (월)']);
    expect([zh?.day(AUGUST_24), zh?.dayWithWeekday(AUGUST_24)]).toEqual(['2020年8月24日', '2020年8月24日（星期一）']);
  });

  it('write the first and last days of the calendar, and a day beyond it plainly', async () => {
    const ja = await messagesFor('ja');
    expect(ja.day(dayFromCivil(1, 1, 1))).toBe('1年1月1日');
    expect(ja.dayWithWeekday(dayFromCivil(9999, 12, 31))).toBe('9999年12月31日（金）');
    expect(ja.day(dayFromCivil(10000, 1, 1))).toBe('9999年12月31日より後');
    expect((await messagesFor('zh')).day(dayFromCivil(2024, 2, 29))).toBe('2024年2月29日');
    expect((await messagesFor('ko')).dayWithWeekday(dayFromCivil(2019, 8, 24))).toBe('2019년 8월 24일 (토)');
  });

  it('count days, durations and distances in each language', async () => {
    const [ja, ko, zh] = [await messagesFor('ja'), await messagesFor('ko'), await messagesFor('zh')];
    expect([0, 1, -1, 91, -3].map((n) => ja.relativeDays(n))).toEqual(['今日', '明日', '昨日', '91日後', '3日前']);
    expect([0, 1, -1, 91, -3].map((n) => ko.relativeDays(n))).toEqual(['오늘', '내일', '어제', '91일 후', '3일 전']);
    expect([0, 1, -1, 91, -3].map((n) => zh.relativeDays(n))).toEqual(['今天', '明天', '昨天', '91天后', '3天前']);
    expect([ja, ko, zh].map((table) => table.span({ months: 18, days: 0 }))).toEqual(['1年6か月', '1년 6개월', '1年6个月']);
  });
});

describe('every language, over the whole catalogue', () => {
  const ids = readdirSync(new URL('../../data/', import.meta.url)).map((name) => name.replace(/\.json$/, ''));
  const missing = /undefined|null|NaN|\[object/;
  // The examples of SPEC §6 the catalogue has no real agreement for (windows for notice, a requested day, an extension until).
  const examples = ['examples/ilo-windows.json', 'examples/rome-statute-style.json', 'examples/review-extension.json'];
  const exampleOf = (path: string) =>
    compileAccepted(JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'))) as CompiledAgreement;

  it('writes each deadline of every kind with no missing value', async () => {
    const all: Deadline[] = [...ids.map(cataloguePlan), ...examples.map(exampleOf)].flatMap((compiled) =>
      Array.from({ length: 80 }, (_, k) => compiled.start + k * 183).flatMap((from) => deadlinesBetween(compiled, from, from + 200)),
    );
    expect(new Set(all.map((d) => d.kind))).toEqual(
      new Set(['notice-deadline', 'renewal', 'expiry', 'effective', 'earliest-notice', 'window-opens', 'window-closes', 'survival-ends']),
    );
    for (const language of ['ja', 'ko', 'zh'] as const) {
      const table = await messagesFor(language);
      for (const deadline of all) {
        for (const text of [table.deadlines.description(deadline), table.calendar.summary(deadline), table.calendar.event(deadline)])
          expect(text, language).not.toMatch(missing);
        if (deadline.party !== null) expect(table.deadlines.description(deadline), language).toContain(deadline.party);
      }
    }
  });

  it('answers status and history, with their explanations, for every agreement with no missing value', async () => {
    for (const language of ['ja', 'ko', 'zh'] as const) {
      for (const id of [...ids, ...examples]) {
        for (const argv of [
          ['status', '--on', '2019-11-22', '--explain'],
          ['status', '--on', '2024-06-30', '--explain'],
          ['history', '--until', '2024-06-30', '--explain'],
        ]) {
          const run = await runIn([...argv, '--agreement', id, '--lang', language]);
          expect(run.code, `${id} ${argv.join(' ')}`).toBe(0);
          expect(run.stdout, `${language} ${id} ${argv.join(' ')}`).not.toMatch(missing);
        }
      }
    }
  });
});
