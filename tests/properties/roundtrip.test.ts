import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateProblem, FIRST_DAY, formatDay, LAST_DAY, parseDay } from '../../src/calendar/day.js';
import { parseDuration } from '../../src/calendar/duration.js';
import { earliestNoticeDay, effectOfNotice } from '../../src/engine/notice-effect.js';
import { termsOf } from '../../src/engine/terms.js';
import { Agreement } from '../../src/model/schema.js';
import { compiledOf, definition, durationText, fmt, HORIZON, withEvents } from './arbitraries.js';

const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Whether year-month-day exists, by the platform's UTC calendar (an independent oracle). */
function exists(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('round trips', () => {
  it('keep a definition, with its events, unchanged through JSON', () => {
    const file = fc
      .record({
        file: definition(),
        offset: fc.integer({ min: 0, max: HORIZON / 2 }),
        then: fc.constantFrom('none', 'suspend', 'suspend-resume', 'retract'),
        gap: fc.integer({ min: 0, max: 400 }),
      })
      .map(({ file, offset, then, gap }) => {
        const compiled = compiledOf(file);
        const terms = termsOf(compiled);
        const received = Math.max(compiled.start + offset, earliestNoticeDay(compiled, compiled.start) ?? compiled.start);
        if (terms.expiresOn !== null && received >= terms.expiresOn) return file;
        const effect = effectOfNotice(compiled, terms, received);
        const at = received + Math.floor((effect - received) / 2);
        const events: Record<string, unknown>[] = [{ type: 'notice', date: fmt(received), party: 'AA', note: 'by note verbale' }];
        if (then !== 'none' && at < effect)
          events.push({ type: then === 'retract' ? 'retraction' : 'suspension', date: fmt(at), party: 'AA' });
        if (then === 'suspend-resume' && at < effect && (terms.expiresOn === null || at + gap < terms.expiresOn))
          events.push({ type: 'resumption', date: fmt(at + gap), party: 'AA' });
        return withEvents(file, events);
      });
    fc.assert(
      fc.property(file, (input) => {
        const parsed = Agreement.parse(input);
        const again = Agreement.parse(JSON.parse(JSON.stringify(parsed)));
        expect(again).toEqual(parsed);
        expect(Agreement.parse(JSON.parse(JSON.stringify(input)))).toEqual(parsed);
      }),
      { numRuns: 150 },
    );
  });

  it('format every day of 0001–9999 as a date that parses back to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (day) => {
        expect(parseDay(formatDay(day))).toBe(day);
      }),
      { numRuns: 1000 },
    );
  });

  it('parse every real date and format it back to the same text', () => {
    const realDate = fc
      .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter(({ year, month, day }) => exists(year, month, day))
      .map(({ year, month, day }) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    fc.assert(
      fc.property(realDate, (text) => {
        expect(formatDay(parseDay(text))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('accept a YYYY-MM-DD string exactly when the day exists, never rolling it over', () => {
    const candidate = fc.tuple(digits(4), digits(2), fc.oneof(digits(2), fc.constantFrom('28', '29', '30', '31')));
    fc.assert(
      fc.property(candidate, ([year, month, day]) => {
        const text = `${year}-${month}-${day}`;
        const real = exists(Number(year), Number(month), Number(day));
        expect(dateProblem(text) === null).toBe(real);
        if (real) expect(formatDay(parseDay(text))).toBe(text);
        else expect(() => parseDay(text)).toThrow(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('read a duration back as the sum of its parts, keeping its text', () => {
    fc.assert(
      fc.property(durationText(50), (text) => {
        const { months, days, text: kept } = parseDuration(text);
        const part = (unit: string) => Number(new RegExp(`(\\d+)${unit}`).exec(text)?.[1] ?? 0);
        expect(kept).toBe(text);
        expect(months).toBe(part('Y') * 12 + part('M'));
        expect(days).toBe(part('W') * 7 + part('D'));
      }),
      { numRuns: 300 },
    );
  });
});
