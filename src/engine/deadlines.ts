import type { Day } from '../calendar/day.js';
import { type Weekday, weekdayOf } from '../calendar/weekday.js';
import type { CompiledAgreement } from './compiled-agreement.js';
import { type DeadlineCalendar, deadlineDay, type NonWorkingDay, WEEKENDS_ONLY } from './deadline-day.js';
import { cannotStop, earliestNoticeDay } from './notice-effect.js';
import { windowFrom } from './notice-windows.js';
import { noticesFor, type Situation, situationOn, stintOn } from './situation.js';
import { survivesUntil } from './status.js';
import { deadlineMatters, noticeDeadline } from './terms.js';

export type DeadlineKind =
  | 'notice-deadline'
  | 'renewal'
  | 'expiry'
  | 'effective'
  | 'earliest-notice'
  | 'window-opens'
  | 'window-closes'
  | 'survival-ends';

interface DeadlineBase {
  readonly date: Day;
  readonly agreement: string;
  /** the agreement's short name, for the sentences a renderer writes about it */
  readonly name: string;
  readonly daysUntil: number;
  readonly party: string | null;
  /** the term it concerns: the term that ends (notice-deadline) or begins (renewal) */
  readonly term: number | null;
  readonly weekday: Weekday;
  /** a notice deadline's (or a window's last day's) end, 24:00 in the agreement's zone (ms since 1970 UTC); null for the other kinds, which are first days */
  readonly endsAt: number | null;
  /** a notice deadline (or a window's last day) on a weekend or holiday, with the last working day before it; else null */
  readonly nonWorking: NonWorkingDay | null;
}

/**
 * A date that matters, as facts and codes: the render layer's message table turns it
 * into words (render/deadline-words.ts), so the engine writes no sentence.
 */
export type Deadline =
  | (DeadlineBase & {
      readonly kind: 'notice-deadline';
      /** what a timely notice prevents: the renewal, the expiry's continuation, the indefinite phase */
      readonly then: CompiledAgreement['then'];
      /** the first day after the term (term `term` ends the day before) */
      readonly boundary: Day;
    })
  | (DeadlineBase & { readonly kind: 'renewal' | 'expiry' })
  | (DeadlineBase & {
      readonly kind: 'effective';
      /** the day the notice was received */
      readonly received: Day;
      /** a multilateral notice ends the party's participation, a bilateral one the agreement */
      readonly ends: 'agreement' | 'participation';
    })
  | (DeadlineBase & { readonly kind: 'earliest-notice'; readonly effect: CompiledAgreement['effect'] })
  | (DeadlineBase & {
      /** a window for notice (`termination.windows`) opens, or has its last day (`window-closes` is inside it) */
      readonly kind: 'window-opens' | 'window-closes';
      /** k ≥ 1, the window's number */
      readonly window: number;
      /** the window's first and last days */
      readonly opens: Day;
      readonly lastDay: Day;
    })
  | (DeadlineBase & {
      /** the first day the obligations that survive a withdrawal (`termination.survives`) no longer apply */
      readonly kind: 'survival-ends';
      readonly what: string;
      /** the withdrawal's first day out of force, and the last day the obligations applied */
      readonly outOn: Day;
      readonly lastDay: Day;
    });

const KIND_ORDER: Record<DeadlineKind, number> = {
  'window-opens': 0,
  'earliest-notice': 1,
  'window-closes': 2,
  'notice-deadline': 3,
  effective: 4,
  expiry: 5,
  renewal: 6,
  'survival-ends': 7,
};

// Ids and party codes are ASCII: plain code-unit order is stable everywhere, and unlike
// localeCompare it needs no collation tables.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The facts of one kind of deadline, without the fields every deadline has. */
type DeadlineFacts = Deadline extends infer D ? (D extends unknown ? Omit<D, keyof DeadlineBase> : never) : never;

/** The weekday of any listed day; the end and the working-day check only for a last day to act: a notice deadline, a window's last day. */
function dayFacts(date: Day, kind: DeadlineKind, timeZone: string, calendar: DeadlineCalendar) {
  if (kind !== 'notice-deadline' && kind !== 'window-closes') return { weekday: weekdayOf(date), endsAt: null, nonWorking: null };
  return deadlineDay(date, timeZone, calendar);
}

/** The fields deadlines are ordered by. */
export type DeadlineOrder = Pick<Deadline, 'date' | 'agreement' | 'kind' | 'party'>;

/** Soonest first; on one day by kind, then agreement and party, so output is stable. */
export function compareDeadlines(a: DeadlineOrder, b: DeadlineOrder): number {
  return (
    a.date - b.date ||
    byCodeUnits(a.agreement, b.agreement) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    byCodeUnits(a.party ?? '', b.party ?? '')
  );
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
  const out: Deadline[] = [];
  // Only dates inside the window are kept; the facts of each are what its sentence needs.
  const add = (date: Day, facts: DeadlineFacts, who: string | null = null, term: number | null = null) => {
    if (date < from || date > until) return;
    const { weekday, endsAt, nonWorking } = dayFacts(date, facts.kind, compiled.timeZone, calendar);
    // Fields written out and the facts assigned: cheaper than two spreads (measured on a
    // 10,000-file scan), in the same key order.
    out.push(
      Object.assign(
        { date, agreement: compiled.id, name: compiled.name, daysUntil: date - from, party: who, term, weekday, endsAt, nonWorking },
        facts,
      ),
    );
  };
  // Stryker disable next-line ConditionalExpression: without the clause there is nothing to list
  if (compiled.survives !== null) survivalEnds(compiled, situation, party, add);
  if (!situation.inForce) return out;

  const bilateralEnd = !compiled.multilateral || party !== null;
  let stop = Infinity;
  for (const notice of noticesFor(compiled, situation.notices, party)) {
    // Stryker disable next-line ConditionalExpression: a pending notice always has its day; the second test only narrows the type
    if (notice.state !== 'pending' || notice.effectiveOn === null) continue;
    const isExpiry = terms.expiresOn !== null && notice.effectiveOn >= terms.expiresOn;
    if (!isExpiry) {
      const ends = compiled.multilateral ? 'participation' : 'agreement';
      add(notice.effectiveOn, { kind: 'effective', received: notice.received, ends }, notice.party);
    }
    if (bilateralEnd) stop = Math.min(stop, notice.effectiveOn);
  }

  const earliestFor = (who: string | null, joined: Day) => {
    const day = earliestNoticeDay(compiled, joined);
    // With windows, a day outside them opens nothing: the next window's opening is listed instead.
    if (day !== null && !outsideWindows(compiled, day)) add(day, { kind: 'earliest-notice', effect: compiled.effect }, who);
  };
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
      else earliestFor(who, stint.from);
    }
    if (founders) earliestFor(null, compiled.start);
  } else {
    earliestFor(compiled.multilateral ? party : null, situation.joined);
  }

  if (compiled.windows !== null) windowDays(compiled, situation, Math.min(until, stop - 1), add);

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
        add(deadline, { kind: 'notice-deadline', then: compiled.then, boundary }, null, k);
      }
      if (renews && boundary < stop) add(boundary, { kind: 'renewal' }, null, k + 1);
    }
    if (terms.expiresOn !== null && terms.expiresOn <= stop) add(terms.expiresOn, { kind: 'expiry' }, null, terms.count);
  }
  return out.sort(compareDeadlines);
}

/** True when the agreement has windows for notice and `day` is in none of them. */
function outsideWindows(compiled: CompiledAgreement, day: Day): boolean {
  return compiled.windows !== null && windowFrom(compiled.start, compiled.windows, day).opens > day;
}

type Add = (date: Day, facts: DeadlineFacts, who?: string | null, term?: number | null) => void;

/**
 * The windows for notice from the situation's day through `last`: each one's first day and
 * its last day, the last day notice may be given in it. A window that closes before the
 * first day notice may be given (`earliest`) is left out. ILO-style, in force 1950-01-01,
 * every P10Y for P1Y: window 1 opens 1960-01-01, its last day 1960-12-31.
 */
function windowDays(compiled: CompiledAgreement, situation: Situation, last: Day, add: Add): void {
  const windows = compiled.windows;
  if (windows === null) return;
  const earliest = earliestNoticeDay(compiled, situation.joined) ?? -Infinity;
  let window = windowFrom(compiled.start, windows, situation.asOf);
  while (window.opens <= last) {
    const lastDay = window.closes - 1;
    if (lastDay >= earliest) {
      const facts = { window: window.number, opens: window.opens, lastDay };
      add(window.opens, { kind: 'window-opens', ...facts });
      add(lastDay, { kind: 'window-closes', ...facts });
    }
    window = windowFrom(compiled.start, windows, window.closes);
  }
}

/**
 * The day after obligations that survive a withdrawal stop applying, for every notice that
 * took effect or will (not one an expiry overtakes). Energy Charter Treaty, P20Y: Italy out
 * from 2016-01-01 → survival ends 2036-01-01 (the last day covered, 2035-12-31).
 */
function survivalEnds(compiled: CompiledAgreement, situation: Situation, party: string | null, add: Add): void {
  const what = compiled.survives?.what ?? '';
  const { expiresOn } = situation.terms;
  for (const notice of noticesFor(compiled, situation.notices, party)) {
    if ((notice.state !== 'pending' && notice.state !== 'effective') || notice.effectiveOn === null) continue;
    if (expiresOn !== null && notice.effectiveOn >= expiresOn) continue;
    const lastDay = survivesUntil(compiled, notice.effectiveOn) as Day;
    add(lastDay + 1, { kind: 'survival-ends', what, outOn: notice.effectiveOn, lastDay }, notice.party);
  }
}
