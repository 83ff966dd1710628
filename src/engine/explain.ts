import { civilFromDay, type Day } from '../calendar/day.js';
import { addDuration, addMonthsAndDays, describeDuration, type Duration } from '../calendar/duration.js';
import type { History } from './history.js';
import { effectOfNotice } from './notice-effect.js';
import type { Plan } from './plan.js';
import { situationOn, type NoticeRecord, type Situation } from './situation.js';
import { noticesFor, standingOn, type Status } from './status.js';
import { noticeDeadline, termsOf, type Terms } from './terms.js';

/**
 * One step of an explanation: what kind of reasoning it is, the days it speaks of (as day
 * numbers, by role) and the other values its sentence needs, already in words ("90
 * days", "3 years"). Renderers turn a step into a sentence; the engine never writes one.
 */
export type Step =
  | StepOf<'clause', never, { clause: string }>
  | StepOf<'rule', never, RuleValues>
  | StepOf<'entry-into-force', 'start', { party: string | null; accession: boolean; fixedTerms: boolean }>
  | StepOf<'not-yet-in-force', 'on' | 'start', {}>
  | StepOf<'not-a-party', 'on', { party: string; leftOn: Day | null }>
  | StepOf<'ended', 'endedOn' | 'on', { reason: string | null; party: string | null; noticeParty: string | null }, 'noticeReceived'>
  | StepOf<'term', 'origin' | 'start' | 'end', TermValues, 'on'>
  | StepOf<'indefinite', 'origin' | 'from', { initial: string | null }, 'on'>
  | StepOf<'expiry', 'origin' | 'expiresOn', { span: string; clamped: boolean }>
  | StepOf<'extension', 'on', { term: string }>
  | StepOf<'deadline', 'limit' | 'deadline' | 'plainSubtraction', DeadlineValues>
  | StepOf<'earliest', 'joined' | 'earliest' | 'on', { earliest: string; party: string | null; allowed: boolean }>
  | StepOf<'notice-today', 'on' | 'reach' | 'last' | 'deadline', { notice: string; daysLeft: number; timely: boolean; number: number }>
  | StepOf<'effect', 'on' | 'reach' | 'effectiveOn', EffectValues, 'lapsed' | 'expiresOn' | 'initialEnd'>
  | StepOf<'renewal', 'next', { number: number }>
  | StepOf<'notice-pending', 'received' | 'effectiveOn', { party: string; notice: string; resumed: boolean; remaining: number | null }, 'resumed'>
  | StepOf<'notice-suspended', 'received' | 'suspended' | 'wouldHave', { party: string; remaining: number }>
  | StepOf<'history-term', 'origin' | 'start' | 'end' | 'limit' | 'deadline', HistoryTermValues, 'next'>
  | StepOf<'history-notice', 'received', HistoryNoticeValues, 'effectiveOn' | 'suspended' | 'wouldHave' | 'resumed' | 'retracted'>
  | StepOf<'participation', 'from', { party: string }, 'until'>;

interface StepOf<K extends string, D extends string, V, O extends string = never> {
  readonly kind: K;
  readonly dates: Readonly<Record<D, Day> & Partial<Record<O, Day>>>;
  readonly values: Readonly<V>;
}

export type StepKind = Step['kind'];

interface RuleValues {
  readonly initial: string | null;
  readonly then: Plan['then'];
  readonly renewal: string | null;
  readonly notice: string;
  readonly effect: Plan['effect'];
  readonly nextDay: boolean;
  readonly earliest: string | null;
  readonly multilateral: boolean;
}

interface TermValues {
  readonly number: number;
  /** how far the term's first day lies from entry into force, null for term 1 */
  readonly startSpan: string | null;
  /** how far the first day after the term lies from entry into force */
  readonly endSpan: string;
  /** the day of the month did not exist in the target month and was clamped to its end */
  readonly startClamped: boolean;
  readonly endClamped: boolean;
}

interface DeadlineValues {
  readonly number: number;
  readonly notice: string;
  /** what `limit` is: the term's last day, or (withdrawals) the latest day one may take effect */
  readonly limitRole: 'last-day' | 'first-day-after' | 'day-before-first-day-after';
  /** the deadline differs from a plain subtraction because of the month clamp */
  readonly clamped: boolean;
}

interface EffectValues {
  readonly effect: Plan['effect'];
  readonly notice: string;
  /** the term at whose end an end-of-term notice takes effect */
  readonly number: number | null;
  readonly nextDay: boolean;
  /** moved to the end of a fixed initial term, which a withdrawal never cuts short */
  readonly heldToInitialTerm: boolean;
  /** the agreement expires before the notice would take effect */
  readonly cutByExpiry: boolean;
  readonly party: string | null;
  readonly multilateral: boolean;
}

interface HistoryTermValues extends TermValues {
  readonly notice: string;
  readonly limitRole: DeadlineValues['limitRole'];
  readonly clamped: boolean;
  readonly outcome: History['terms'][number]['outcome'];
}

interface HistoryNoticeValues {
  readonly party: string;
  readonly notice: string;
  readonly state: NoticeRecord['state'];
  readonly remaining: number | null;
}

/**
 * The reasoning behind `statusOn(plan, on, party)`, step by step. GSOMIA on 2020-08-24:
 * the clause, entry into force 2016-11-23, term 4 = 2016-11-23 + 3 years … + 4 years − 1
 * day (2019-11-23 … 2020-11-22), deadline 2020-11-22 − 90 days = 2020-08-24, notice that
 * day timely with 0 days left, effective 2020-11-23, and KR's suspended notice.
 */
export function explainStatus(plan: Plan, status: Status): Step[] {
  const { on, party } = status;
  const situation = situationOn(plan, on);
  const { terms } = situation;
  const steps: Step[] = [...preamble(plan)];
  if (status.phase === 'not-yet-in-force') {
    steps.push({ kind: 'not-yet-in-force', dates: { on, start: plan.start }, values: {} });
    return steps;
  }
  const standing = standingOn(plan, situation, party, on);
  steps.push({ kind: 'entry-into-force', dates: { start: standing.joined }, values: { party: plan.multilateral ? party : null, accession: standing.joined !== plan.start, fixedTerms: plan.initial !== null } });
  if (status.phase === 'ended') {
    steps.push(endedStep(plan, situation, status, null));
    return steps;
  }
  if (status.phase === 'not-a-party' && party !== null) {
    steps.push({ kind: 'not-a-party', dates: { on }, values: { party, leftOn: status.endedOn } });
    return steps;
  }
  if (status.term !== null) {
    const term = termStep(plan, terms, status.term.number);
    steps.push({ ...term, dates: { ...term.dates, on } });
  }
  else if (terms.indefiniteFrom !== null) steps.push(indefiniteStep(plan, terms.indefiniteFrom, on));
  if (terms.expiresOn !== null) steps.push(...extensionSteps(plan, on), expiryStep(plan, terms));
  if (status.term !== null && status.notice.deadline !== null) steps.push(deadlineStep(plan, terms, status.term.number));
  const { notice } = status;
  if (notice.earliestOn !== null) {
    steps.push({
      kind: 'earliest',
      dates: { joined: standing.joined, earliest: notice.earliestOn, on },
      values: { earliest: describeDuration(plan.earliest as Duration), party: plan.multilateral ? party : null, allowed: on >= notice.earliestOn },
    });
  }
  const deadlineBinds = plan.effect === 'end-of-term' && terms.indefiniteFrom === null;
  const reach = addDuration(on, plan.notice);
  if (notice.effectiveOn !== null && status.term !== null && notice.deadline !== null && deadlineBinds) {
    steps.push({
      kind: 'notice-today',
      dates: { on, reach, last: status.term.end, deadline: notice.deadline },
      values: { notice: describeDuration(plan.notice), daysLeft: notice.deadline - on, timely: on <= notice.deadline, number: status.term.number },
    });
  }
  if (notice.effectiveOn !== null) steps.push(effectStep(plan, terms, on, notice.effectiveOn, party));
  if (status.nextRenewal !== null && status.term !== null) {
    steps.push({ kind: 'renewal', dates: { next: status.nextRenewal }, values: { number: status.term.number + 1 } });
  }
  for (const record of noticesFor(plan, situation.notices, party)) {
    if (record.state === 'pending' && record.effectiveOn !== null) steps.push(pendingStep(plan, record));
    if (record.state === 'suspended' && record.remainingDays !== null) steps.push(suspendedStep(record));
  }
  return steps;
}

/**
 * The reasoning behind `historyUntil`: for every term how its boundaries and deadline
 * were derived and what became of it, then what became of every notice. GSOMIA term 4:
 * 2016-11-23 + 3 years = 2019-11-23 … 2020-11-22, 2020-11-22 − 90 days = 2020-08-24,
 * renewed; KR's notice of 2019-08-23 suspended, then retracted 2023-03-21.
 */
export function explainHistory(plan: Plan, history: History): Step[] {
  const situation = situationOn(plan, history.until);
  const { terms } = situation;
  const steps: Step[] = [...preamble(plan), { kind: 'entry-into-force', dates: { start: plan.start }, values: { party: null, accession: false, fixedTerms: plan.initial !== null } }];
  if (history.until < plan.start) {
    steps.push({ kind: 'not-yet-in-force', dates: { on: history.until, start: plan.start }, values: {} });
    return steps;
  }
  for (const record of history.terms) {
    const term = termStep(plan, terms, record.number);
    const deadline = deadlineStep(plan, terms, record.number);
    const next = record.outcome === 'renewed' ? { next: terms.boundary(record.number) } : {};
    steps.push({
      kind: 'history-term',
      dates: { ...term.dates, end: record.end, limit: deadline.dates.limit, deadline: record.noticeDeadline, ...next },
      values: { ...term.values, notice: deadline.values.notice, limitRole: deadline.values.limitRole, clamped: deadline.values.clamped, outcome: record.outcome },
    });
  }
  const indefinite = history.phases.find((phase) => phase.kind === 'indefinite');
  if (indefinite) steps.push(indefiniteStep(plan, indefinite.start, null));
  if (terms.expiresOn !== null) steps.push(...extensionSteps(plan, history.until), expiryStep(plan, terms));
  for (const stint of history.participation) {
    steps.push({ kind: 'participation', dates: { from: stint.from, ...(stint.until === null ? {} : { until: stint.until }) }, values: { party: stint.party } });
  }
  for (const record of noticesFor(plan, situation.notices, history.party)) steps.push(historyNoticeStep(plan, record));
  if (history.endedOn !== null) {
    steps.push(endedStep(plan, situation, { on: history.until, endedOn: history.endedOn, endReason: history.endReason }, history.party));
  }
  return steps;
}

function preamble(plan: Plan): Step[] {
  const steps: Step[] = [];
  const { clause } = plan.definition;
  if (clause !== undefined) steps.push({ kind: 'clause', dates: {}, values: { clause } });
  steps.push({
    kind: 'rule',
    dates: {},
    values: {
      initial: plan.initial && describeDuration(plan.initial),
      then: plan.then,
      renewal: plan.renewal && describeDuration(plan.renewal),
      notice: describeDuration(plan.notice),
      effect: plan.effect,
      nextDay: plan.lapseDays === 1,
      earliest: plan.earliest && describeDuration(plan.earliest),
      multilateral: plan.multilateral,
    },
  });
  return steps;
}

/** The months and days from entry into force to boundary k: I + (k − 1)·R, summed at once. */
function offsetOf(plan: Plan, terms: Terms, k: number): { months: number; days: number } {
  if (k === 0) return { months: 0, days: 0 };
  const { initial, renewal } = plan;
  if (initial === null) return { months: 0, days: 0 };
  if (plan.then === 'renew' && renewal) return { months: initial.months + (k - 1) * renewal.months, days: initial.days + (k - 1) * renewal.days };
  // Expiring agreements: boundaries past the initial term come from extensions, which
  // termsOf has already summed; recover the span from the boundary itself.
  if (k === 1) return { months: initial.months, days: initial.days };
  return spanBetween(plan.start, terms.boundary(k));
}

/** A whole-month span when one fits exactly (clamps aside), else days. */
function spanBetween(from: Day, to: Day): { months: number; days: number } {
  const a = civilFromDay(from);
  const b = civilFromDay(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonthsAndDays(from, months, 0) === to) return { months, days: 0 };
  return { months: 0, days: to - from };
}

/** spanText(36, 0) → "3 years"; spanText(18, 0) → "1 year 6 months"; spanText(0, 90) → "90 days" */
export function spanText(months: number, days: number): string {
  const years = Math.floor(months / 12);
  const parts: string[] = [];
  const add = (count: number, word: string) => count && parts.push(`${count} ${word}${count === 1 ? '' : 's'}`);
  add(years, 'year');
  add(months - years * 12, 'month');
  add(days, 'day');
  return parts.length === 0 ? '0 days' : parts.join(' ');
}

/** True when adding `months` to `from` had to clamp the day to the month's end. */
function clampedBy(from: Day, months: number): boolean {
  return months !== 0 && civilFromDay(addMonthsAndDays(from, months, 0)).day !== civilFromDay(from).day;
}

function termStep(plan: Plan, terms: Terms, k: number): Extract<Step, { kind: 'term' }> {
  const before = offsetOf(plan, terms, k - 1);
  const after = offsetOf(plan, terms, k);
  return {
    kind: 'term',
    dates: { origin: plan.start, start: terms.boundary(k - 1), end: terms.boundary(k) - 1 },
    values: {
      number: k,
      startSpan: k === 1 ? null : spanText(before.months, before.days),
      endSpan: spanText(after.months, after.days),
      startClamped: k > 1 && clampedBy(plan.start, before.months),
      endClamped: clampedBy(plan.start, after.months),
    },
  };
}

function deadlineStep(plan: Plan, terms: Terms, k: number): Extract<Step, { kind: 'deadline' }> {
  const last = terms.boundary(k) - 1;
  const deadline = noticeDeadline(plan, terms, k);
  // The deadline is the latest D with D + N ≤ limit (terms.ts): the term's last day for
  // an end-of-term rule, the first day after the term (less the next-day lapse) for a withdrawal.
  const limitRole = plan.effect === 'end-of-term' ? 'last-day' : plan.lapseDays === 1 ? 'day-before-first-day-after' : 'first-day-after';
  const limit = plan.effect === 'end-of-term' ? last : last + 1 - plan.lapseDays;
  const plainSubtraction = addMonthsAndDays(limit, -plan.notice.months, -plan.notice.days);
  return {
    kind: 'deadline',
    dates: { limit, deadline, plainSubtraction },
    values: { number: k, notice: describeDuration(plan.notice), limitRole, clamped: plainSubtraction !== deadline },
  };
}

function indefiniteStep(plan: Plan, from: Day, on: Day | null): Extract<Step, { kind: 'indefinite' }> {
  return {
    kind: 'indefinite',
    dates: { origin: plan.start, from, ...(on === null ? {} : { on }) },
    values: { initial: plan.initial && describeDuration(plan.initial) },
  };
}

function expiryStep(plan: Plan, terms: Terms): Extract<Step, { kind: 'expiry' }> {
  const expiresOn = terms.expiresOn as Day;
  const span = spanBetween(plan.start, expiresOn);
  return {
    kind: 'expiry',
    dates: { origin: plan.start, expiresOn },
    values: { span: spanText(span.months, span.days), clamped: clampedBy(plan.start, span.months) },
  };
}

function extensionSteps(plan: Plan, asOf: Day): Step[] {
  return plan.events
    .filter((event) => event.type === 'extension' && event.term !== null && event.day <= asOf)
    .map((event) => ({ kind: 'extension', dates: { on: event.day }, values: { term: describeDuration(event.term as Duration) } }));
}

function effectStep(plan: Plan, terms: Terms, on: Day, effectiveOn: Day, party: string | null): Extract<Step, { kind: 'effect' }> {
  const reach = addDuration(on, plan.notice);
  const natural = plan.effect === 'after-notice' ? reach + plan.lapseDays : (() => {
    const k = terms.containing(reach);
    return k === null ? reach : terms.boundary(k);
  })();
  const initialEnd = terms.indefiniteFrom;
  const heldToInitialTerm = plan.effect === 'after-notice' && initialEnd !== null && on < initialEnd && natural < initialEnd;
  const cutByExpiry = terms.expiresOn !== null && terms.expiresOn < (heldToInitialTerm ? (initialEnd as Day) : natural);
  return {
    kind: 'effect',
    dates: {
      on,
      reach,
      effectiveOn,
      ...(plan.lapseDays === 1 ? { lapsed: reach + 1 } : {}),
      ...(cutByExpiry ? { expiresOn: terms.expiresOn as Day } : {}),
      ...(heldToInitialTerm ? { initialEnd: initialEnd as Day } : {}),
    },
    values: {
      effect: plan.effect,
      notice: describeDuration(plan.notice),
      number: plan.effect === 'end-of-term' ? terms.containing(reach) : null,
      nextDay: plan.lapseDays === 1,
      heldToInitialTerm,
      cutByExpiry,
      party,
      multilateral: plan.multilateral,
    },
  };
}

function pendingStep(plan: Plan, record: NoticeRecord): Extract<Step, { kind: 'notice-pending' }> {
  const resumption = [...record.acts].reverse().find((act) => act.type === 'resumption');
  return {
    kind: 'notice-pending',
    dates: { received: record.received, effectiveOn: record.effectiveOn as Day, ...(resumption ? { resumed: resumption.day } : {}) },
    values: {
      party: record.party,
      notice: describeDuration(plan.notice),
      resumed: resumption !== undefined,
      remaining: resumption ? (record.effectiveOn as Day) - resumption.day : null,
    },
  };
}

function suspendedStep(record: NoticeRecord): Extract<Step, { kind: 'notice-suspended' }> {
  const suspension = [...record.acts].reverse().find((act) => act.type === 'suspension');
  const suspended = suspension?.day ?? record.received;
  const remaining = record.remainingDays as number;
  return {
    kind: 'notice-suspended',
    dates: { received: record.received, suspended, wouldHave: suspended + remaining },
    values: { party: record.party, remaining },
  };
}

function historyNoticeStep(plan: Plan, record: NoticeRecord): Extract<Step, { kind: 'history-notice' }> {
  const dates: Partial<Record<'effectiveOn' | 'suspended' | 'wouldHave' | 'resumed' | 'retracted', Day>> = {};
  let remaining: number | null = null;
  // Replay the acts on this notice alone to recover the dates it had along the way.
  let effective: Day | null = effectOfNotice(plan, termsOf(plan), record.received);
  for (const act of record.acts.slice(1)) {
    if (act.type === 'suspension' && effective !== null) {
      dates.suspended = act.day;
      dates.wouldHave = effective;
      remaining = effective - act.day;
      effective = null;
    } else if (act.type === 'resumption' && remaining !== null) {
      dates.resumed = act.day;
      effective = act.day + remaining;
    } else if (act.type === 'retraction') {
      dates.retracted = act.day;
    }
  }
  if (record.effectiveOn !== null) dates.effectiveOn = record.effectiveOn;
  else if (dates.wouldHave === undefined && effective !== null) dates.wouldHave = effective;
  return {
    kind: 'history-notice',
    dates: { received: record.received, ...dates },
    values: { party: record.party, notice: describeDuration(plan.notice), state: record.state, remaining },
  };
}

function endedStep(
  plan: Plan,
  situation: Situation,
  status: { on: Day; endedOn: Day | null; endReason: string | null },
  party: string | null,
): Extract<Step, { kind: 'ended' }> {
  const endedOn = status.endedOn as Day;
  const notice = situation.notices.find((n) => n.state === 'effective' && n.effectiveOn === endedOn && (party === null || !plan.multilateral || n.party === party));
  return {
    kind: 'ended',
    dates: { endedOn, on: status.on, ...(notice ? { noticeReceived: notice.received } : {}) },
    values: { reason: status.endReason, party, noticeParty: notice?.party ?? null },
  };
}
