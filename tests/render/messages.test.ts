import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/calendar/duration.js';
import { compileAccepted } from '../../src/engine/compile.js';
import type { CompiledAgreement } from '../../src/engine/compiled-agreement.js';
import type { Deadline } from '../../src/engine/deadline.js';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { LANGUAGES, messagesFor, neutral } from '../../src/render/messages/index.js';
import { cataloguePlan } from '../helpers/agreement.js';

const en = await messagesFor('en');

describe('the English message table', () => {
  it('writes every span of a grid as years, months and days, the way the explanations always have: 18 months → "1 year 6 months"', () => {
    const yearWords = ['', '1 year', '2 years', '3 years'];
    const monthWords = [
      '',
      '1 month',
      '2 months',
      '3 months',
      '4 months',
      '5 months',
      '6 months',
      '7 months',
      '8 months',
      '9 months',
      '10 months',
      '11 months',
    ];
    const dayWords: Record<number, string> = {
      0: '',
      1: '1 day',
      2: '2 days',
      7: '7 days',
      30: '30 days',
      31: '31 days',
      90: '90 days',
      365: '365 days',
    };
    for (let months = 0; months <= 40; months += 1) {
      for (const days of [0, 1, 2, 7, 30, 31, 90, 365]) {
        const words = [yearWords[Math.floor(months / 12)], monthWords[months % 12], dayWords[days]].filter((part) => part !== '');
        expect(en.span({ months, days })).toBe(words.length === 0 ? '0 days' : words.join(' '));
      }
    }
    expect(en.span({ months: 36, days: 0 })).toBe('3 years');
    expect(en.span({ months: 0, days: 0 })).toBe('0 days');
  });

  it('writes durations by the parts they were written with: P1Y6M → "1 year 6 months", P2W3D → "2 weeks 3 days"', () => {
    const expected: Record<string, string> = {
      P1Y: '1 year',
      P2Y: '2 years',
      P90D: '90 days',
      P1D: '1 day',
      P1Y6M: '1 year 6 months',
      P3M: '3 months',
      P1M: '1 month',
      P2W3D: '2 weeks 3 days',
      P1W: '1 week',
      P10Y1M1W1D: '10 years 1 month 1 week 1 day',
      P12M: '12 months',
    };
    for (const [text, words] of Object.entries(expected)) expect(en.duration(parseDuration(text))).toBe(words);
  });

  it.each([
    ['P1Y6M', '1 year 6 months'],
    ['P90D', '90 days'],
    ['P1W', '1 week'],
    ['P2Y1M1W1D', '2 years 1 month 1 week 1 day'],
  ])('describes %s as "%s"', (text, words) => {
    expect(en.duration(parseDuration(text))).toBe(words);
  });

  it('says 0 days as "today", 1 as "tomorrow", -1 as "yesterday", and counts the rest', () => {
    expect([0, 1, -1, 269, -3].map(en.relativeDays)).toEqual(['today', 'tomorrow', 'yesterday', 'in 269 days', '3 days ago']);
  });

  it('is one of four languages, and the table JSON and CSV use', () => {
    expect(LANGUAGES).toEqual(['en', 'ja', 'ko', 'zh']);
    expect(neutral).toBe(en);
  });
});

describe('the words of every deadline of the catalogue', () => {
  const ids = readdirSync(new URL('../../data/', import.meta.url)).map((name) => name.replace(/\.json$/, ''));
  // No shipped agreement has windows for notice (ILO facts are not in the catalogue): the example has them.
  const ilo = compileAccepted(
    JSON.parse(readFileSync(new URL('../../examples/ilo-windows.json', import.meta.url), 'utf8')),
  ) as CompiledAgreement;
  const all: Deadline[] = [...ids.map(cataloguePlan), ilo].flatMap((compiled) => {
    // Deadlines are as known on the window's first day: windows all along bring in the
    // pending notices of each period.
    const starts = Array.from({ length: 80 }, (_, k) => compiled.start + k * 183);
    return starts.flatMap((from) => deadlinesBetween(compiled, from, from + 200));
  });

  it('lists deadlines of every kind to check', () => {
    expect(new Set(all.map((d) => d.kind))).toEqual(
      new Set(['notice-deadline', 'renewal', 'expiry', 'effective', 'earliest-notice', 'window-opens', 'window-closes', 'survival-ends']),
    );
  });

  it('writes a description, a calendar summary and event sentence with no missing value', () => {
    for (const deadline of all) {
      for (const text of [en.deadlines.description(deadline), en.calendar.summary(deadline), en.calendar.event(deadline)]) {
        expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      }
      expect(en.calendar.summary(deadline).startsWith(deadline.name)).toBe(true);
      if (deadline.party !== null) expect(en.deadlines.description(deadline)).toContain(deadline.party);
    }
  });
});
