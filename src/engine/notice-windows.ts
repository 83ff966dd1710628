import { type Day, formatDay } from '../calendar/day.js';
import { addDuration, periodicSpan } from '../calendar/duration.js';
import type { AgreementRules, NoticeWindows } from './rules.js';

/** One window for notice (`termination.windows`): from `opens` through the day before `closes`. */
export interface NoticeWindow {
  /** k ≥ 1 */
  readonly number: number;
  readonly opens: Day;
  /** the first day after the window */
  readonly closes: Day;
}

/** Average days in a month over the 400-year Gregorian cycle (146097 / 4800). */
const MEAN_MONTH = 30.436875;

/**
 * Window k of `windows`, counted from entry into force S (the agreement's, not a party's),
 * each boundary from S at once, as terms are: S + k·every through the day before
 * S + (k·every + length). ILO, in force 1951-01-01, P10Y/P1Y: window 1 → 1961-01-01 … 1961-12-31.
 */
export function noticeWindow(start: Day, windows: NoticeWindows, k: number): NoticeWindow {
  const { opens, closes } = periodicSpan(start, windows.every, windows.length, k);
  return { number: k, opens, closes };
}

/**
 * The window holding `day`, or else the first one after it. ILO (in force 1951-01-01,
 * every P10Y for P1Y): 1965-06-01 → window 2, 1971-01-01 … 1971-12-31 (the next one).
 */
export function windowFrom(start: Day, windows: NoticeWindows, day: Day): NoticeWindow {
  const mean = windows.every.months * MEAN_MONTH + windows.every.days;
  // From an estimate, a step or two each way: month lengths only wobble around the mean.
  let k = Math.max(1, Math.floor((day - start) / mean));
  while (k > 1 && noticeWindow(start, windows, k).opens > day) k -= 1;
  let window = noticeWindow(start, windows, k);
  while (window.closes <= day) {
    k += 1;
    window = noticeWindow(start, windows, k);
  }
  return window;
}

/** S + earliest for a party that joined on `joined`: Paris, 2016-11-04 + P3Y → 2019-11-04. */
export function earliestNoticeDay(rules: AgreementRules, joined: Day): Day | null {
  return rules.earliest === null ? null : addDuration(joined, rules.earliest);
}

/**
 * The first day notice may be given, as seen on `on`: the earliest day (`earliest`), and
 * with windows the opening of the window holding `on` (no later than `on`) or else of
 * the next one (after `on`, so notice is not possible on `on`). Null with neither rule.
 * ILO on 1965-06-01 → 1971-01-01; on 1971-03-01 → 1971-01-01.
 */
export function noticeOpening(rules: AgreementRules, joined: Day, on: Day): Day | null {
  const earliest = earliestNoticeDay(rules, joined);
  if (rules.windows === null) return earliest;
  const from = earliest === null ? on : Math.max(on, earliest);
  const window = windowFrom(rules.start, rules.windows, from);
  if (window.opens > from) return window.opens;
  return earliest === null ? window.opens : Math.max(window.opens, earliest);
}

/**
 * Why notice may not be given on `day` by a party that joined on `joined` (before
 * `earliest`, outside every window), or null when it may; the replay names the event.
 * Paris, 2019-11-03 → "notice on 2019-11-03 is before the earliest day notice may be given, 2019-11-04"
 */
export function noticeRefusal(rules: AgreementRules, joined: Day, day: Day): string | null {
  // Dates are formatted only once a notice is refused: most never are.
  const earliest = earliestNoticeDay(rules, joined);
  if (earliest !== null && day < earliest) {
    return `notice on ${formatDay(day)} is before the earliest day notice may be given, ${formatDay(earliest)}`;
  }
  if (rules.windows === null) return null;
  const window = windowFrom(rules.start, rules.windows, day);
  if (window.opens <= day) return null;
  return `notice on ${formatDay(day)} is outside the windows for notice: the next one opens on ${formatDay(window.opens)}`;
}

/** More pieces than any picture can show: a timeline of 1-day windows stops here. */
const MAX_PIECES = 1000;

/**
 * The parts of the days `from` … `to` (inclusive) inside the windows for notice: the
 * whole stretch when there are no windows. ILO (1951, P10Y/P1Y), 1960-06-01 … 1972-06-30 →
 * [1961-01-01 … 1961-12-31, 1971-01-01 … 1971-12-31].
 */
export function insideWindows(rules: AgreementRules, from: Day, to: Day): { from: Day; to: Day }[] {
  if (rules.windows === null) return [{ from, to }];
  const pieces: { from: Day; to: Day }[] = [];
  let day = from;
  while (day <= to && pieces.length < MAX_PIECES) {
    const window = windowFrom(rules.start, rules.windows, day);
    if (window.opens > to) break;
    pieces.push({ from: Math.max(window.opens, day), to: Math.min(window.closes - 1, to) });
    day = window.closes;
  }
  return pieces;
}
