import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDuration, parseDuration } from '../../src/calendar/duration.js';
import { deadlinesBetween, type Deadline } from '../../src/engine/deadlines.js';
import { spanText } from '../../src/engine/explain.js';
import { LANGUAGES, messagesFor, neutral } from '../../src/render/messages/index.js';
import { cataloguePlan } from '../helpers/agreement.js';

const en = messagesFor('en');

describe('the English message table', () => {
  it('gives the engine explanation words for every span of a grid, so steps can carry spans instead of words', () => {
    for (let months = 0; months <= 40; months += 1) {
      for (const days of [0, 1, 2, 7, 30, 31, 90, 365]) expect(en.span({ months, days })).toBe(spanText(months, days));
    }
  });

  it('writes durations as the calendar module does: P1Y6M → "1 year 6 months", P2W3D → "2 weeks 3 days"', () => {
    for (const text of ['P1Y', 'P2Y', 'P90D', 'P1D', 'P1Y6M', 'P3M', 'P1M', 'P2W3D', 'P1W', 'P10Y1M1W1D']) {
      expect(en.duration(parseDuration(text))).toBe(describeDuration(parseDuration(text)));
    }
    expect(en.duration(parseDuration('P2W3D'))).toBe('2 weeks 3 days');
  });

  it('says 0 days as "today", 1 as "tomorrow", -1 as "yesterday", and counts the rest', () => {
    expect([0, 1, -1, 269, -3].map(en.relativeDays)).toEqual(['today', 'tomorrow', 'yesterday', 'in 269 days', '3 days ago']);
  });

  it('is the table of every language there is for now, and the one JSON and CSV use', () => {
    expect(LANGUAGES).toEqual(['en']);
    expect(neutral).toBe(en);
  });
});

describe('the words of every deadline of the catalogue', () => {
  const ids = readdirSync(new URL('../../data/', import.meta.url)).map((name) => name.replace(/\.json$/, ''));
  const all: Deadline[] = ids.flatMap((id) => {
    const compiled = cataloguePlan(id);
    // Deadlines are as known on the window's first day: windows all along bring in the
    // pending notices of each period.
    const starts = Array.from({ length: 80 }, (_, k) => compiled.start + k * 183);
    return starts.flatMap((from) => deadlinesBetween(compiled, from, from + 200));
  });

  it('lists deadlines of every kind to check', () => {
    expect(new Set(all.map((d) => d.kind))).toEqual(new Set(['notice-deadline', 'renewal', 'expiry', 'effective', 'earliest-notice']));
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
