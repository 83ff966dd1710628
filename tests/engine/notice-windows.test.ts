import { describe, expect, it } from 'vitest';
import { insideWindows, noticeOpening, noticeRefusal, noticeWindow, windowFrom } from '../../src/engine/notice-windows.js';
import { compiledOf, type DefinitionFields, day, show } from '../helpers/agreement.js';

// The windows rule of SPEC §6: window k ≥ 1 runs from S + k·every through the day before
// S + k·every + length, S being the agreement's entry into force. The entries into force
// below are settings (the rule is what is tested); each expected day is worked out by hand
// from the rule beside it.

const withWindows = (
  entryIntoForce: string,
  every: string,
  length: string,
  extra: Partial<NonNullable<DefinitionFields['termination']>> = {},
) =>
  compiledOf({
    entryIntoForce,
    duration: { initial: null, then: 'indefinite' },
    termination: { notice: 'P1Y', effect: 'after-notice', windows: { every, length }, ...extra },
  });

/** ILO-shaped: in force 1951-01-01, a one-year window every ten years. */
const ilo = withWindows('1951-01-01', 'P10Y', 'P1Y');
const windows = (rules: typeof ilo) => rules.windows ?? expect.unreachable('the definition has windows');
const span = (window: { number: number; opens: number; closes: number }) => [window.number, show(window.opens), show(window.closes)];

describe('noticeWindow', () => {
  it.each([
    [1, '1961-01-01', '1962-01-01'],
    [2, '1971-01-01', '1972-01-01'],
    [100, '2951-01-01', '2952-01-01'],
  ])('gives window %i of an ILO convention from %s, the first day after it %s', (k, opens, closes) => {
    expect(span(noticeWindow(ilo.start, windows(ilo), k))).toEqual([k, opens, closes]);
  });

  it('counts every boundary from entry into force, days as well as months: 2000-01-01 + 300 days … + 310', () => {
    const daily = withWindows('2000-01-01', 'P100D', 'P10D');
    expect(span(noticeWindow(daily.start, windows(daily), 3))).toEqual([3, '2000-10-27', '2000-11-06']);
  });
});

describe('windowFrom', () => {
  it.each([
    ['1951-06-01', 1, '1961-01-01'],
    ['1960-12-31', 1, '1961-01-01'],
    ['1961-01-01', 1, '1961-01-01'],
    ['1961-12-31', 1, '1961-01-01'],
    ['1962-01-01', 2, '1971-01-01'],
    ['1965-06-01', 2, '1971-01-01'],
    ['2950-12-31', 100, '2951-01-01'],
    ['2951-06-30', 100, '2951-01-01'],
  ])('finds, from %s, window %i opening %s (the one holding the day, or the next)', (from, k, opens) => {
    const window = windowFrom(ilo.start, windows(ilo), day(from));
    expect([window.number, show(window.opens)]).toEqual([k, opens]);
  });

  it('steps back when the estimate overshoots: six long months from 2000-07-01 run to 2001-01-01', () => {
    // 183 days from 2000-07-01 to 2000-12-31 against 6 × 30.44 = 182.6: on 2000-12-31 the
    // estimate is window 6, which opens 2001-01-01, after the day; window 5 (2000-12-01 for
    // 28 days, through 2000-12-28) has closed, so window 6 is the next one after all. On
    // 2000-12-28 window 5 holds the day.
    const monthly = withWindows('2000-07-01', 'P1M', 'P28D');
    expect(span(windowFrom(monthly.start, windows(monthly), day('2000-12-31')))).toEqual([6, '2001-01-01', '2001-01-29']);
    expect(span(windowFrom(monthly.start, windows(monthly), day('2000-12-28')))).toEqual([5, '2000-12-01', '2000-12-29']);
  });

  it('moves on to the next window once one has closed, from a day-count estimate', () => {
    const daily = withWindows('2000-01-01', 'P100D', 'P10D');
    expect(span(windowFrom(daily.start, windows(daily), day('2000-11-06')))).toEqual([4, '2001-02-04', '2001-02-14']);
  });
});

describe('noticeOpening', () => {
  it('is null with neither an earliest day nor windows', () => {
    expect(noticeOpening(compiledOf({ duration: { initial: null, then: 'indefinite' } }), day('2016-11-23'), day('2020-01-01'))).toBeNull();
  });

  it('is the earliest day without windows: 2016-11-04 + P3Y → 2019-11-04', () => {
    const paris = compiledOf({
      entryIntoForce: '2016-11-04',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
    });
    expect(show(noticeOpening(paris, paris.start, day('2017-01-01')))).toBe('2019-11-04');
  });

  it.each([
    ['1965-06-01', '1971-01-01'],
    ['1971-03-01', '1971-01-01'],
  ])('is, on %s, the opening of the window holding the day or of the next: %s', (on, opening) => {
    expect(show(noticeOpening(ilo, ilo.start, day(on)))).toBe(opening);
  });

  it('takes the next window after an earliest day that falls between windows: 1966-01-01 → 1971-01-01', () => {
    const late = withWindows('1951-01-01', 'P10Y', 'P1Y', { earliest: 'P15Y' });
    expect(show(noticeOpening(late, late.start, day('1955-01-01')))).toBe('1971-01-01');
  });

  it.each([
    ['1955-01-01', '1961-07-01'],
    ['1961-09-01', '1961-07-01'],
  ])('takes, on %s, an earliest day inside a window over its opening: %s', (on, opening) => {
    const inside = withWindows('1951-01-01', 'P10Y', 'P1Y', { earliest: 'P10Y6M' });
    expect(show(noticeOpening(inside, inside.start, day(on)))).toBe(opening);
  });
});

describe('noticeRefusal', () => {
  it('says a notice before the earliest day is refused, naming that day', () => {
    const late = withWindows('1951-01-01', 'P10Y', 'P1Y', { earliest: 'P15Y' });
    expect(noticeRefusal(late, late.start, day('1961-06-01'))).toBe(
      'notice on 1961-06-01 is before the earliest day notice may be given, 1966-01-01',
    );
  });

  it('says a notice outside the windows is refused, naming the next opening', () => {
    expect(noticeRefusal(ilo, ilo.start, day('1962-01-01'))).toBe(
      'notice on 1962-01-01 is outside the windows for notice: the next one opens on 1971-01-01',
    );
  });

  it.each(['1961-01-01', '1961-12-31', '1971-06-30'])('accepts a notice inside a window: %s', (on) => {
    expect(noticeRefusal(ilo, ilo.start, day(on))).toBeNull();
  });

  it('accepts any notice with no earliest day and no windows', () => {
    expect(noticeRefusal(compiledOf({ duration: { initial: null, then: 'indefinite' } }), day('2016-11-23'), day('2016-11-23'))).toBeNull();
  });
});

describe('insideWindows', () => {
  const pieces = (rules: typeof ilo, from: string, to: string) =>
    insideWindows(rules, day(from), day(to)).map((p) => [show(p.from), show(p.to)]);

  it('is the whole stretch without windows', () => {
    expect(pieces(compiledOf(), '2017-01-01', '2017-12-31')).toEqual([['2017-01-01', '2017-12-31']]);
  });

  it('gives the windows of 1960-06-01 … 1972-06-30: all of 1961 and all of 1971', () => {
    expect(pieces(ilo, '1960-06-01', '1972-06-30')).toEqual([
      ['1961-01-01', '1961-12-31'],
      ['1971-01-01', '1971-12-31'],
    ]);
  });

  it('cuts the windows at both ends of the stretch', () => {
    expect(pieces(ilo, '1961-06-01', '1971-03-31')).toEqual([
      ['1961-06-01', '1961-12-31'],
      ['1971-01-01', '1971-03-31'],
    ]);
  });

  it('gives a stretch of one day inside a window as that day', () => {
    expect(pieces(ilo, '1961-06-01', '1961-06-01')).toEqual([['1961-06-01', '1961-06-01']]);
  });

  it("gives the window's first day alone to a stretch that ends on it", () => {
    expect(pieces(ilo, '1965-01-01', '1971-01-01')).toEqual([['1971-01-01', '1971-01-01']]);
  });

  it('is empty when no window opens in the stretch', () => {
    expect(pieces(ilo, '1962-01-01', '1970-12-31')).toEqual([]);
  });

  it('stops at 1,000 pieces, more than any picture can show', () => {
    const everyOther = withWindows('2000-01-01', 'P2D', 'P1D');
    expect(insideWindows(everyOther, day('2000-01-01'), day('2020-01-01'))).toHaveLength(1000);
  });
});
