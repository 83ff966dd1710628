import type { Day } from '../calendar/day.js';
import type { CompiledAgreement, PlannedEvent } from './compiled-agreement.js';
import { earliestNoticeDay } from './notice-effect.js';
import { insideWindows } from './notice-windows.js';
import { type NoticeRecord, situationOn } from './situation.js';
import { survivesUntil } from './status.js';
import { deadlineBinds, noticeDeadline } from './terms.js';

/** A stretch of days, `from` through `to` inclusive. */
export interface Span {
  readonly from: Day;
  readonly to: Day;
}

export interface TimelineTerm extends Span {
  readonly number: number;
}

export interface TimelineEvent {
  readonly day: Day;
  readonly type: PlannedEvent['type'];
  readonly party: string | null;
}

/** Obligations that outlive a withdrawal (`termination.survives`): from its first day out through their last day, clipped to the window. */
export interface SurvivalSpan extends Span {
  /** their last day, whether or not the window reaches it */
  readonly lastDay: Day;
}

export interface NoticeSpan extends Span {
  readonly party: string;
  readonly state: 'pending' | 'suspended';
}

/**
 * What a timeline picture shows, for one window, in plain days: the renderers (text and
 * SVG) only place it. Everything comes from the situation at the window's end and the
 * rules status and deadlines use (deadlines, earliest notice, when a deadline binds).
 */
export interface Timeline {
  readonly name: string;
  readonly from: Day;
  readonly until: Day;
  readonly today: Day;
  readonly party: string | null;
  /** in force (for the party when one is given) */
  readonly inForce: readonly Span[];
  /** the fixed terms overlapping the window (at most MAX_TERMS of them) */
  readonly terms: readonly TimelineTerm[];
  /** stretches of indefinite duration */
  readonly indefinite: readonly Span[];
  /** when notice may be given and (end of term) still stops the next renewal */
  readonly windows: readonly Span[];
  readonly deadlines: readonly { readonly day: Day; readonly term: number }[];
  /** first days of renewed terms */
  readonly renewals: readonly Day[];
  readonly events: readonly TimelineEvent[];
  /** notices from receipt to effect, suspension or retraction */
  readonly notices: readonly NoticeSpan[];
  /** first days out of force (an end by notice, expiry or consent, past or scheduled) */
  readonly ends: readonly Day[];
  /** what survives the subject's withdrawal, after it takes effect (empty without the clause, and for a whole multilateral agreement) */
  readonly survival: readonly SurvivalSpan[];
}

/** More terms than any picture has columns for: beyond this the fill alone shows them. */
const MAX_TERMS = 20000;

/** The timeline of `compiled` from `from` through `until` (inclusive), for `party` or the agreement. */
export function timelineOf(compiled: CompiledAgreement, from: Day, until: Day, today: Day, party: string | null): Timeline {
  const situation = situationOn(compiled, until);
  const { terms } = situation;
  const agreementEnd = situation.endedOn ?? Infinity;
  const stints =
    compiled.multilateral && party !== null
      ? (situation.stints.get(party) ?? []).map((stint) => ({ from: stint.from, until: Math.min(stint.until ?? Infinity, agreementEnd) }))
      : [{ from: compiled.start, until: agreementEnd }];
  const pendingEnds = situation.notices
    .filter((n) => n.state === 'pending' && n.effectiveOn !== null && (!compiled.multilateral || n.party === party))
    .map((n) => n.effectiveOn as Day);
  const scheduledEnd = Math.min(...pendingEnds, terms.expiresOn ?? Infinity);
  const inForce = stints
    .map((stint) => ({ from: Math.max(stint.from, from), to: Math.min(stint.until, scheduledEnd, until + 1) - 1 }))
    .filter((span) => span.from <= span.to);
  const lastInForce = Math.max(...inForce.map((span) => span.to), -Infinity);
  // The last day in force whatever the range: a window is drawn where it overlaps the range,
  // even when its deadline (or its term's end) lies outside it.
  const lastEver = Math.max(...stints.map((stint) => Math.min(stint.until, scheduledEnd) - 1), -Infinity);

  const termList: TimelineTerm[] = [];
  const deadlines: { day: Day; term: number }[] = [];
  const renewals: Day[] = [];
  const windows: Span[] = [];
  const earliest = (joined: Day) => earliestNoticeDay(compiled, joined) ?? joined;
  const perTermWindows = deadlineBinds(compiled, terms);
  if (terms.count > 0 && inForce.length > 0) {
    const firstDay = Math.max(from, compiled.start);
    let k = terms.containing(firstDay) ?? (firstDay < compiled.start ? 1 : terms.count + 1);
    for (; k <= terms.count && termList.length < MAX_TERMS; k += 1) {
      const start = terms.boundary(k - 1);
      if (start > Math.min(until, lastInForce)) break;
      const end = Math.min(terms.boundary(k) - 1, lastInForce);
      termList.push({ number: k, from: start, to: end });
      const deadline = noticeDeadline(compiled, terms, k);
      const opens = Math.max(start, ...stints.filter((s) => s.from <= deadline).map((s) => earliest(s.from)));
      const termLast = Math.min(terms.boundary(k) - 1, lastEver);
      if (deadline <= termLast && deadline >= opens && deadline >= from && deadline <= until) deadlines.push({ day: deadline, term: k });
      if (perTermWindows && deadline <= termLast && opens <= deadline && deadline >= from) {
        windows.push(...insideWindows(compiled, opens, deadline));
      }
      const next = terms.boundary(k);
      if (compiled.then === 'renew' && next <= lastInForce && next >= from && next <= until) renewals.push(next);
    }
  }
  if (!perTermWindows) {
    // A withdrawal (or notice in an indefinite phase) may be given any day once allowed.
    for (const span of inForce) {
      const stint = stints.find((s) => s.from <= span.from && span.from < s.until);
      const opens = Math.max(span.from, earliest(stint?.from ?? compiled.start));
      if (opens <= span.to) windows.push(...insideWindows(compiled, opens, span.to));
    }
  }

  const indefinite: Span[] = [];
  if (terms.indefiniteFrom !== null) {
    for (const span of inForce) {
      const start = Math.max(span.from, terms.indefiniteFrom);
      if (start <= span.to) indefinite.push({ from: start, to: span.to });
    }
  }

  const concerns = (who: string | null) => party === null || !compiled.multilateral || who === null || who === party;
  const events = compiled.events
    .filter((event) => event.day >= from && event.day <= until && concerns(event.party))
    .map((event) => ({ day: event.day, type: event.type, party: event.party }));

  const notices: NoticeSpan[] = [];
  for (const record of situation.notices) {
    if (concerns(record.party)) notices.push(...noticeSpans(record, Math.min(agreementEnd, until + 1)));
  }
  const clipped = notices.map((n) => ({ ...n, from: Math.max(n.from, from), to: Math.min(n.to, until) })).filter((n) => n.from <= n.to);

  const ends = [...new Set([...stints.map((s) => s.until), ...(Number.isFinite(scheduledEnd) ? [scheduledEnd] : [])])]
    .filter((day) => Number.isFinite(day) && day >= from && day <= until && day <= scheduledEnd)
    .sort((a, b) => a - b);

  const survival: SurvivalSpan[] = [];
  // Stryker disable next-line ConditionalExpression: without the clause nothing survives
  if (compiled.survives !== null && (!compiled.multilateral || party !== null)) {
    for (const record of situation.notices) {
      const out = record.effectiveOn;
      if (!concerns(record.party) || out === null || (record.state !== 'effective' && record.state !== 'pending')) continue;
      // A withdrawal an expiry overtakes is no withdrawal: nothing survives it.
      if (out >= (terms.expiresOn ?? Infinity)) continue;
      const lastDay = survivesUntil(compiled, out) as Day;
      const span = { from: Math.max(out, from), to: Math.min(lastDay, until), lastDay };
      if (span.from <= span.to) survival.push(span);
    }
  }

  return {
    name: compiled.name,
    from,
    until,
    today,
    party,
    inForce,
    terms: termList,
    indefinite,
    windows,
    deadlines,
    renewals,
    events,
    notices: clipped,
    ends,
    survival,
  };
}

/**
 * A notice's stretches from receipt, pending or suspended, each to the day before its
 * next stage (an extension that moves the effect continues the same stretch); the last
 * open one runs to its effect, or to `open` when none is due.
 */
function noticeSpans(record: NoticeRecord, open: Day): NoticeSpan[] {
  const spans: NoticeSpan[] = [];
  const { stages } = record;
  stages.forEach((stage, i) => {
    if (stage.state !== 'pending' && stage.state !== 'suspended') return;
    const next = stages[i + 1];
    const to = (next ? next.from : (record.effectiveOn ?? open)) - 1;
    const last = spans[spans.length - 1];
    if (last && last.state === stage.state && last.to === stage.from - 1) spans[spans.length - 1] = { ...last, to };
    else spans.push({ party: record.party, state: stage.state, from: stage.from, to });
  });
  return spans;
}
