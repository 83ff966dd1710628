import type { Day } from '../calendar/day.js';
import { addDuration, addMonthsAndDays, type Duration, latestNoticeDay } from '../calendar/duration.js';
import { monthDayOnOrBefore, monthStartOnOrBefore } from '../calendar/month-day.js';
import type { AgreementRules } from './rules.js';

/**
 * The fixed terms of an agreement. Term k runs from boundary(k − 1) through the day
 * before boundary(k); every boundary is computed from entry into force, never by
 * chaining: b0 = S, bk = S + (I + (k − 1)·R).
 */
export interface Terms {
  /** how many fixed terms there are: Infinity when it renews, 0 when indefinite from the start */
  readonly count: number;
  /** the first day of the indefinite phase, or null when there is none */
  readonly indefiniteFrom: Day | null;
  /** the first day out of force when the last term simply expires, else null */
  readonly expiresOn: Day | null;
  /** boundary(k), 0 ≤ k ≤ count: GSOMIA boundary(4) → 2020-11-23 */
  boundary(k: number): Day;
  /** the number of the fixed term holding `day`, or null outside the fixed terms */
  containing(day: Day): number | null;
}

/** Average days in a month over the 400-year Gregorian cycle (146097 / 4800). */
const MEAN_MONTH = 30.436875;

/** An extension: a term counted from the current end, or (a Day) the new last day in force. */
export type ExtensionTerm = Duration | Day;

/**
 * The terms of a compiled; `extensions` are the extension terms known so far (expiring
 * agreements only), in order. A fixed last day (`duration.until`, an extension's `until`)
 * becomes the origin the extensions after it count from: SORT, last day 2012-12-31 →
 * expiry 2013-01-01.
 */
export function termsOf(compiled: AgreementRules, extensions: readonly ExtensionTerm[] = []): Terms {
  const { start, initial } = compiled;
  if (initial === null) return new NoFixedTerms(start);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the schema gives a renewal exactly when then is "renew"; the second test narrows the type
  if (compiled.then === 'renew' && compiled.renewal) return new RenewingTerms(start, initial, compiled.renewal);
  // Sums run from the last fixed origin: S, or the day after a fixed last day.
  let origin = compiled.fixedEnd ?? start;
  let months = compiled.fixedEnd === null ? initial.months : 0;
  let days = compiled.fixedEnd === null ? initial.days : 0;
  const boundaries = [start, addMonthsAndDays(origin, months, days)];
  for (const term of extensions) {
    if (typeof term === 'number') {
      origin = term + 1;
      months = 0;
      days = 0;
    } else {
      months += term.months;
      days += term.days;
    }
    boundaries.push(addMonthsAndDays(origin, months, days));
  }
  return new SummedTerms(start, boundaries, compiled.then);
}

// The three shapes of terms are small classes whose fields are set in the constructor
// (declared, not initialised, so that the bundle defines no field twice): a scan compiles
// 10,000 agreements, and objects sharing their methods allocate no closures of their own.

/** Indefinite from entry into force: no fixed term. */
class NoFixedTerms implements Terms {
  declare readonly count: number;
  declare readonly indefiniteFrom: Day;
  declare readonly expiresOn: null;
  constructor(start: Day) {
    this.count = 0;
    this.indefiniteFrom = start;
    this.expiresOn = null;
  }
  boundary(): Day {
    return this.indefiniteFrom;
  }
  containing(): null {
    return null;
  }
}

/** Fixed terms whose boundaries are all known: the initial term and its extensions. */
class SummedTerms implements Terms {
  declare readonly count: number;
  declare readonly indefiniteFrom: Day | null;
  declare readonly expiresOn: Day | null;
  declare private readonly start: Day;
  declare private readonly end: Day;
  declare private readonly boundaries: readonly Day[];
  constructor(start: Day, boundaries: readonly Day[], then: AgreementRules['then']) {
    const count = boundaries.length - 1;
    const end = boundaries[count] as Day;
    this.count = count;
    this.indefiniteFrom = then === 'indefinite' ? end : null;
    this.expiresOn = then === 'expire' ? end : null;
    this.start = start;
    this.end = end;
    this.boundaries = boundaries;
  }
  boundary(k: number): Day {
    return this.boundaries[k] as Day;
  }
  containing(day: Day): number | null {
    if (day < this.start || day >= this.end) return null;
    let k = 1;
    while ((this.boundaries[k] as Day) <= day) k += 1;
    return k;
  }
}

/** Terms renewing without end: boundary k is S + (I + (k − 1)·R). */
class RenewingTerms implements Terms {
  declare readonly count: number;
  declare readonly indefiniteFrom: null;
  declare readonly expiresOn: null;
  declare private readonly start: Day;
  declare private readonly initial: Duration;
  declare private readonly renewal: Duration;
  declare private readonly firstRenewal: Day;
  declare private readonly meanRenewal: number;
  constructor(start: Day, initial: Duration, renewal: Duration) {
    this.count = Infinity;
    this.indefiniteFrom = null;
    this.expiresOn = null;
    this.start = start;
    this.initial = initial;
    this.renewal = renewal;
    this.firstRenewal = addMonthsAndDays(start, initial.months, initial.days);
    this.meanRenewal = renewal.months * MEAN_MONTH + renewal.days;
  }
  boundary(k: number): Day {
    const { start, initial, renewal } = this;
    return k === 0 ? start : addMonthsAndDays(start, initial.months + (k - 1) * renewal.months, initial.days + (k - 1) * renewal.days);
  }
  containing(day: Day): number | null {
    if (day < this.start) return null;
    if (day < this.firstRenewal) return 1;
    // Closed form: estimate from the mean term length, then correct by a step or two
    // (month lengths only wobble around the mean), so term 2,958,463 costs what term 2 does.
    // Stryker disable next-line ArithmeticOperator: an estimate a few terms off only costs the loops below a few steps
    let k = Math.floor((day - this.firstRenewal) / this.meanRenewal) + 2;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: stepping down too far is undone by the loop after it
    while (k > 2 && this.boundary(k - 1) > day) k -= 1;
    while (this.boundary(k) <= day) k += 1;
    return k;
  }
}

/** The last day of term k: GSOMIA term 4 → 2020-11-22. */
export function termEnd(terms: Terms, k: number): Day {
  return terms.boundary(k) - 1;
}

/** What `limit` is: the term's last day, or (withdrawals) the latest day one may take effect. */
export type DeadlineLimit = 'last-day' | 'first-day-after' | 'day-before-first-day-after';

/** A term's notice deadline and the day it is counted back from. */
export interface TermDeadline {
  readonly deadline: Day;
  readonly limit: Day;
  readonly limitRole: DeadlineLimit;
  /** a withdrawal with `roundTo`: the last anchor day on or before the term's end that it must reach, else null */
  readonly anchor: Day | null;
}

/**
 * The last day a notice can be received and still end the agreement when term k ends:
 * the latest D with D + N ≤ limit. End of term (SPEC forward rule): the limit is the
 * term's last day; GSOMIA term 4: 2020-11-22 − 90 days → 2020-08-24. After notice: the
 * withdrawal takes effect no later than the day after the term (D + N + lapse ≤ boundary(k)).
 */
export function termDeadline(compiled: AgreementRules, terms: Terms, k: number): TermDeadline {
  const lastDay = termEnd(terms, k);
  const endOfTerm = compiled.effect === 'end-of-term';
  const limit = endOfTerm ? lastDay : lastDay + 1 - compiled.lapseDays;
  const limitRole: DeadlineLimit = endOfTerm ? 'last-day' : compiled.lapseDays === 1 ? 'day-before-first-day-after' : 'first-day-after';
  if (endOfTerm || compiled.roundTo === null) return { deadline: latestNoticeDay(limit, compiled.notice), limit, limitRole, anchor: null };
  const { deadline, anchor } = roundedDeadline(compiled, lastDay + 1);
  return { deadline, limit, limitRole, anchor };
}

/**
 * A withdrawal that `roundTo` moves forward takes effect by `firstDayAfter` exactly when
 * D + N (+ lapse) reaches no later than the last anchor A on or before it, and (`noticeBy`)
 * D is on or before A's cut-off. UNESCO, an initial term ending 2020-12-31: A = 2020-12-31
 * (not 2021-01-01, which is no anchor), so the deadline is 2019-12-31.
 */
function roundedDeadline(compiled: AgreementRules, firstDayAfter: Day): { deadline: Day; anchor: Day } {
  const { roundTo, noticeBy } = compiled;
  const byYear = roundTo !== 'month-start' && roundTo !== null;
  const anchor = byYear ? monthDayOnOrBefore(firstDayAfter, roundTo) : monthStartOnOrBefore(firstDayAfter);
  const deadline = latestNoticeDay(anchor - compiled.lapseDays, compiled.notice);
  return { deadline: noticeBy === null ? deadline : Math.min(deadline, monthDayOnOrBefore(anchor, noticeBy)), anchor };
}

/** termDeadline's day alone: GSOMIA term 4 → 2020-08-24. */
export function noticeDeadline(compiled: AgreementRules, terms: Terms, k: number): Day {
  return termDeadline(compiled, terms, k).deadline;
}

/**
 * Whether missing a term's deadline means the notice cannot stop that term's end: only a
 * renewal or an expiry can be missed. A withdrawal takes effect N after receipt whenever
 * it is given, and so does a late notice in an initial term followed by indefinite duration.
 */
export function deadlineBinds(compiled: AgreementRules, terms: Terms): boolean {
  return compiled.effect === 'end-of-term' && terms.indefiniteFrom === null;
}

/**
 * The first term deadline on or after `day`, from term `number` on, in closed form:
 * deadline(k) ≥ day exactly when term k's limit is at or after day + N (the forward rule).
 * GSOMIA from 2020-08-25, term 4 → 2021-08-24.
 */
export function nextDeadlineFrom(compiled: AgreementRules, terms: Terms, number: number, day: Day): Day | null {
  const reach = addDuration(day, compiled.notice) + (compiled.effect === 'after-notice' ? compiled.lapseDays - 1 : 0);
  const k = terms.containing(reach);
  if (k === null) return null;
  let term = Math.max(k, number);
  // Rounded forward, an effect day can leave the term D + N lies in: the closed form
  // does not hold, so step to the first term whose deadline is still ahead.
  while (compiled.roundTo !== null && term <= terms.count && noticeDeadline(compiled, terms, term) < day) term += 1;
  // The last term of an expiring agreement has no deadline that matters (deadlineMatters).
  if (term > terms.count || !deadlineMatters(compiled, terms, term)) return null;
  return noticeDeadline(compiled, terms, term);
}

/**
 * Whether term k's notice deadline can change anything: not for the last term of an
 * expiring agreement, which ends then anyway (a notice received by that deadline takes
 * effect on the expiry at the latest). New START's term 2, expiring 2026-02-05 → false.
 */
export function deadlineMatters(rules: AgreementRules, terms: Terms, k: number): boolean {
  return !(rules.then === 'expire' && k === terms.count);
}
