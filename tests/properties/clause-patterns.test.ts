import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDay, type Day, dayFromCivil, formatDay } from '../../src/calendar/day.js';
import { addDuration } from '../../src/calendar/duration.js';
import { statusOn } from '../../src/engine/status.js';
import { compiledOf, durationText } from './arbitraries.js';

// The clause patterns of SPEC §6 against their definitions, day by day: the effect day is
// the first anchor on or after D + N (+ lapse) whose cut-off D meets; notice is possible
// exactly inside a window, and earliestOn names the first day of the next one.

const pad = (n: number) => String(n).padStart(2, '0');
/** A day of the year other than 29 February, as "--MM-DD". */
const yearDay = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }).map(({ month, day }) => {
  const longest = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return `--${pad(month)}-${pad(Math.min(day, longest))}`;
});
/** Days from entry into force to receipt. */
const receipt = fc.integer({ min: 0, max: 3000 });
const start = fc.integer({ min: dayFromCivil(1800, 1, 1), max: dayFromCivil(2200, 12, 31) });

/** Whether `day` is the day of the year `--MM-DD`, or the 1st of a month. */
function isAnchor(day: Day, roundTo: string): boolean {
  const civil = civilFromDay(day);
  if (roundTo === 'month-start') return civil.day === 1;
  if (roundTo === 'year-start') return civil.month === 1 && civil.day === 1;
  return formatDay(day).slice(4) === roundTo.slice(1);
}

/** The last `--MM-DD` day on or before `day`, walking back day by day. */
function lastOnOrBefore(day: Day, yearDayText: string): Day {
  let candidate = day;
  while (!isAnchor(candidate, yearDayText)) candidate -= 1;
  return candidate;
}

const indefinite = (entryIntoForce: Day, termination: Record<string, unknown>) => ({
  id: 'p',
  title: 'P',
  parties: ['AA', 'BB'],
  entryIntoForce: formatDay(entryIntoForce),
  duration: { initial: null, then: 'indefinite' },
  termination,
});

describe('roundTo and noticeBy, day by day', () => {
  it('take effect on the first anchor on or after D + N (+ lapse)', () => {
    const roundTo = fc.oneof(fc.constantFrom('month-start', 'year-start'), yearDay);
    fc.assert(
      fc.property(start, receipt, durationText(3), fc.boolean(), roundTo, (s, offset, notice, nextDay, anchor) => {
        const lapse = nextDay ? 'next-day' : 'same-day';
        const compiled = compiledOf(indefinite(s, { notice, effect: 'after-notice', lapse, roundTo: anchor }));
        const received = s + offset;
        const base = addDuration(received, compiled.notice) + (nextDay ? 1 : 0);
        const effect = statusOn(compiled, received).notice.effectiveOn as Day;
        expect(isAnchor(effect, anchor)).toBe(true);
        expect(effect).toBeGreaterThanOrEqual(base);
        for (let between = base; between < effect; between += 1) expect(isAnchor(between, anchor)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('with noticeBy, take effect on the first anchor whose cut-off the day of receipt meets', () => {
    fc.assert(
      fc.property(start, receipt, fc.constantFrom('P0D', 'P1M', 'P90D'), yearDay, yearDay, (s, offset, notice, anchor, cutOff) => {
        const compiled = compiledOf(indefinite(s, { notice, effect: 'after-notice', roundTo: anchor, noticeBy: cutOff }));
        const received = s + offset;
        let expected = addDuration(received, compiled.notice);
        while (!isAnchor(expected, anchor) || received > lastOnOrBefore(expected, cutOff)) expected += 1;
        expect(statusOn(compiled, received).notice.effectiveOn).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('windows, day by day', () => {
  it("allow notice exactly inside a window, and name the next window's first day outside one", () => {
    const every = fc.constantFrom('P10Y', 'P5Y', 'P18M', 'P400D');
    const length = fc.constantFrom('P1Y', 'P6M', 'P30D', 'P1D');
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 * 366 }), every, length, (s, offset, everyText, lengthText) => {
        const windows = { every: everyText, length: lengthText };
        const compiled = compiledOf(indefinite(s, { notice: 'P1Y', effect: 'after-notice', windows }));
        const on = s + offset;
        const notice = statusOn(compiled, on).notice;
        const opening = notice.earliestOn as Day;
        if (notice.possible) {
          expect(opening).toBeLessThanOrEqual(on);
          // every day from the window's opening to `on` is inside it, the day before is not
          for (let inside = opening; inside <= on; inside += 1) expect(statusOn(compiled, inside).notice.possible).toBe(true);
          expect(statusOn(compiled, opening - 1).notice.possible).toBe(false);
        } else {
          expect(opening).toBeGreaterThan(on);
          expect(statusOn(compiled, opening).notice.possible).toBe(true);
          expect(statusOn(compiled, opening - 1).notice.possible).toBe(false);
          expect(notice.effectiveOn).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
