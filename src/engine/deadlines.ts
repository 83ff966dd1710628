import type { Day } from '../calendar/day.js';
import { weekdayOf } from '../calendar/weekday.js';
import type { CompiledAgreement } from './compiled-agreement.js';
import { compareDeadlines, type Deadline, type DeadlineFacts, type DeadlineKind } from './deadline.js';
import { type DeadlineCalendar, deadlineDay, WEEKENDS_ONLY } from './deadline-day.js';
import { cannotStop, earliestNoticeDay } from './notice-effect.js';
import { windowFrom } from './notice-windows.js';
import { noticesFor, type Situation, situationOn, stintOn } from './situation.js';
import { survivesUntil } from './status.js';
import { deadlineMatters, noticeDeadline } from './terms.js';

/** The weekday of any listed day; the end and the working-day check only for a last day to act: a notice deadline, a window's last day. */
function dayFacts(date: Day, kind: DeadlineKind, timeZone: string, calendar: DeadlineCalendar) {
  if (kind !== 'notice-deadline' && kind !== 'window-closes') return { weekday: weekdayOf(date), endsAt: null, nonWorking: null };
  return deadlineDay(date, timeZone, calendar);
}

/**
 * The dates that matter from `from` through `until`, as known on `from` (events after
 * it are not yet known). GSOMIA from 2026-11-28: 2027-08-24 notice deadline, then
 * 2027-11-23 renewal. `calendar` gives the holidays a notice deadline is checked against.
 */
export function deadlinesBetween(
  compiled: CompiledAgreement,
  from: Day,
  until: Day,
  party: string | null = null,
  calendar: DeadlineCalendar = WEEKENDS_ONLY,
): Deadline[] {
  // Known as of `from`; before entry into force, the standing is the one it will enter with.
  const situation = situationOn(compiled, from, party, Math.max(from, compiled.start));
  const { terms } = situation;
  const list: DeadlineList = { compiled, from, until, calendar, out: [] };
  // Stryker disable next-line ConditionalExpression: without the clause there is nothing to list
  if (compiled.survives !== null) survivalEnds(list, situation, party);
  if (!situation.inForce) return list.out;

  const bilateralEnd = !compiled.multilateral || party !== null;
  let stop = Infinity;
  for (const notice of noticesFor(compiled, situation.notices, party)) {
    // Stryker disable next-line ConditionalExpression: a pending notice always has its day; the second test only narrows the type
    if (notice.state !== 'pending' || notice.effectiveOn === null) continue;
    const isExpiry = terms.expiresOn !== null && notice.effectiveOn >= terms.expiresOn;
    if (!isExpiry) {
      const ends = compiled.multilateral ? 'participation' : 'agreement';
      add(list, notice.effectiveOn, { kind: 'effective', received: notice.received, ends }, notice.party);
    }
    if (bilateralEnd) stop = Math.min(stop, notice.effectiveOn);
  }

  if (compiled.multilateral && party === null) {
    // The parties in since entry into force share one day (NATO's twelve: 1969-08-24):
    // list it once, and a separate day only for each party that joined later.
    let founders = false;
    // By the parties' list, the stints' order, without an entry array per party.
    for (const who of compiled.parties) {
      // Stryker disable next-line ArrayDeclaration: a multilateral course has stints for every listed party
      const stint = stintOn(situation.stints.get(who) ?? [], Math.max(from, compiled.start));
      if (!stint) continue;
      if (stint.from === compiled.start) founders = true;
      else earliestNotice(list, who, stint.from);
    }
    if (founders) earliestNotice(list, null, compiled.start);
  } else {
    earliestNotice(list, compiled.multilateral ? party : null, situation.joined);
  }

  if (compiled.windows !== null) windowDays(list, situation, Math.min(until, stop - 1));

  // Stryker disable next-line ConditionalExpression,EqualityOperator: with no fixed terms the loop runs zero times and nothing expires
  if (terms.count > 0) {
    const renews = compiled.then === 'renew';
    // From the term before the one holding `from`: a renewal on `from` itself is that
    // term's boundary and belongs in the list (daysUntil 0); its earlier dates are dropped by add().
    // Stryker disable next-line EqualityOperator,ArithmeticOperator,ConditionalExpression: starting at any earlier term lists only past dates, which add() drops (the start only keeps far dates cheap)
    for (let k = Math.max(1, (from < compiled.start ? 1 : (terms.containing(from) ?? terms.count + 1)) - 1); k <= terms.count; k += 1) {
      const boundary = terms.boundary(k);
      const deadline = noticeDeadline(compiled, terms, k);
      if (deadline > until) break; // and so is its boundary, which comes after the deadline
      if (deadline < stop && deadlineMatters(compiled, terms, k) && cannotStop(compiled, deadline, situation.joined) === null) {
        add(list, deadline, { kind: 'notice-deadline', then: compiled.then, boundary }, null, k);
      }
      if (renews && boundary < stop) add(list, boundary, { kind: 'renewal' }, null, k + 1);
    }
    if (terms.expiresOn !== null && terms.expiresOn <= stop) add(list, terms.expiresOn, { kind: 'expiry' }, null, terms.count);
  }
  return list.out.sort(compareDeadlines);
}

/**
 * The deadlines of one agreement in a window, as they are found. Module functions take it
 * rather than closures over it: a scan lists 10,000 agreements, and V8 optimises a call to
 * one function better than calls to a new closure each time.
 */
interface DeadlineList {
  readonly compiled: CompiledAgreement;
  readonly from: Day;
  readonly until: Day;
  readonly calendar: DeadlineCalendar;
  readonly out: Deadline[];
}

/** Lists a date if it falls inside the window, with the facts its sentence needs. */
function add(list: DeadlineList, date: Day, facts: DeadlineFacts, who: string | null = null, term: number | null = null): void {
  const { compiled, from } = list;
  if (date < from || date > list.until) return;
  const { weekday, endsAt, nonWorking } = dayFacts(date, facts.kind, compiled.timeZone, list.calendar);
  // Fields written out and the facts assigned: cheaper than two spreads (measured on a
  // 10,000-file scan), in the same key order.
  list.out.push(
    Object.assign(
      { date, agreement: compiled.id, name: compiled.name, daysUntil: date - from, party: who, term, weekday, endsAt, nonWorking },
      facts,
    ),
  );
}

/** The first day `who` (null: the agreement) may give notice, when it is in a window or there are none. */
function earliestNotice(list: DeadlineList, who: string | null, joined: Day): void {
  const { compiled } = list;
  const day = earliestNoticeDay(compiled, joined);
  // With windows, a day outside them opens nothing: the next window's opening is listed instead.
  if (day !== null && !outsideWindows(compiled, day)) add(list, day, { kind: 'earliest-notice', effect: compiled.effect }, who);
}

/** True when the agreement has windows for notice and `day` is in none of them. */
function outsideWindows(compiled: CompiledAgreement, day: Day): boolean {
  return compiled.windows !== null && windowFrom(compiled.start, compiled.windows, day).opens > day;
}

/**
 * The windows for notice from the situation's day through `last`: each one's first day and
 * its last day, the last day notice may be given in it. A window that closes before the
 * first day notice may be given (`earliest`) is left out. ILO-style, in force 1950-01-01,
 * every P10Y for P1Y: window 1 opens 1960-01-01, its last day 1960-12-31.
 */
function windowDays(list: DeadlineList, situation: Situation, last: Day): void {
  const { compiled } = list;
  const windows = compiled.windows;
  if (windows === null) return;
  const earliest = earliestNoticeDay(compiled, situation.joined) ?? -Infinity;
  let window = windowFrom(compiled.start, windows, situation.asOf);
  while (window.opens <= last) {
    const lastDay = window.closes - 1;
    if (lastDay >= earliest) {
      const facts = { window: window.number, opens: window.opens, lastDay };
      add(list, window.opens, { kind: 'window-opens', ...facts });
      add(list, lastDay, { kind: 'window-closes', ...facts });
    }
    window = windowFrom(compiled.start, windows, window.closes);
  }
}

/**
 * The day after obligations that survive a withdrawal stop applying, for every notice that
 * took effect or will (not one an expiry overtakes). Energy Charter Treaty, P20Y: Italy out
 * from 2016-01-01 → survival ends 2036-01-01 (the last day covered, 2035-12-31).
 */
function survivalEnds(list: DeadlineList, situation: Situation, party: string | null): void {
  const { compiled } = list;
  const what = compiled.survives?.what ?? '';
  const { expiresOn } = situation.terms;
  for (const notice of noticesFor(compiled, situation.notices, party)) {
    if ((notice.state !== 'pending' && notice.state !== 'effective') || notice.effectiveOn === null) continue;
    if (expiresOn !== null && notice.effectiveOn >= expiresOn) continue;
    const lastDay = survivesUntil(compiled, notice.effectiveOn) as Day;
    add(list, lastDay + 1, { kind: 'survival-ends', what, outOn: notice.effectiveOn, lastDay }, notice.party);
  }
}
