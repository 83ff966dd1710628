import type { Day } from '../../calendar/day.js';
import type { Duration } from '../../calendar/duration.js';
import type { CompiledAgreement } from '../compiled-agreement.js';
import type { History } from '../history.js';
import type { NoticeRecord } from '../situation.js';
import type { Span } from './spans.js';

/**
 * One step of an explanation: what kind of reasoning it is, the days it speaks of (as day
 * numbers, by role) and the other values its sentence needs as data: a period of the
 * definition as its Duration (P90D), a distance from entry into force as a Span
 * ({ months: 36, days: 0 }). Renderers turn a step into a sentence; the engine never writes one.
 */
export type Step =
  | StepOf<'clause', never, { clause: string }>
  | StepOf<'rule', never, RuleValues, 'until'>
  | StepOf<'windows-rule', 'origin', { every: Duration; length: Duration }>
  | StepOf<'survives-rule', never, { for: Duration; what: string }>
  | StepOf<'entry-into-force', 'start', { party: string | null; accession: boolean; fixedTerms: boolean }>
  | StepOf<'not-yet-in-force', 'on' | 'start', Record<never, never>>
  | StepOf<'not-a-party', 'on', { party: string; leftOn: Day | null }>
  | StepOf<'ended', 'endedOn' | 'on', { reason: string | null; party: string | null; noticeParty: string | null }, 'noticeReceived'>
  | StepOf<'term', 'origin' | 'start' | 'end', TermValues, 'on' | 'until'>
  | StepOf<'indefinite', 'origin' | 'from', { initial: Duration | null }, 'on'>
  | StepOf<'expiry', 'origin' | 'expiresOn', { span: Span; clamped: boolean }, 'until'>
  | StepOf<'extension', 'on', { term: Duration }>
  | StepOf<'extension-until', 'on' | 'until', Record<never, never>>
  | StepOf<'deadline', 'limit' | 'deadline' | 'plainSubtraction', DeadlineValues>
  | StepOf<'earliest', 'joined' | 'earliest' | 'on', { earliest: Duration; party: string | null; allowed: boolean }>
  | StepOf<'notice-today', 'on' | 'reach' | 'last' | 'deadline', { notice: Duration; daysLeft: number; timely: boolean; number: number }>
  | StepOf<'window', 'on' | 'opens' | 'lastDay', { number: number; inside: boolean; party: string | null }>
  | StepOf<'effect', 'on' | 'reach' | 'effectiveOn', EffectValues, 'lapsed' | 'expiresOn' | 'initialEnd' | ClauseDate>
  | StepOf<'renewal', 'next', { number: number }>
  | StepOf<'notice-pending', 'received' | 'effectiveOn', PendingValues, 'resumed' | 'sent' | 'reach' | 'lapsed' | ClauseDate>
  | StepOf<'notice-suspended', 'received' | 'suspended' | 'wouldHave', { party: string; remaining: number }>
  | StepOf<'history-term', 'origin' | 'start' | 'end' | 'limit' | 'deadline' | 'withdrawalBy', HistoryTermValues, 'next' | 'until'>
  | StepOf<
      'history-notice',
      'received',
      HistoryNoticeValues,
      'effectiveOn' | 'suspended' | 'wouldHave' | 'resumed' | 'retracted' | 'sent' | 'requested'
    >
  | StepOf<'survival', 'outOn' | 'lastDay', { for: Duration; what: string; party: string | null }>
  | StepOf<'participation', 'from', { party: string }, 'until'>;

/**
 * The days SPEC §6 adds to a notice's effect, each only where its field is used: `rounded`
 * (roundTo moved the day there), `cutOff` (noticeBy's day for that anchor), `nextAnchor`
 * (the anchor a notice after the cut-off reaches), `requested` (the day the notice asked for).
 */
export type ClauseDate = 'rounded' | 'cutOff' | 'nextAnchor' | 'requested';

/** The values that go with them: the fields as written, and what the rule made of them. */
export interface ClauseValues {
  /** `termination.roundTo` as written: "month-start", "year-start" or "--MM-DD" */
  readonly roundTo?: string;
  /** `termination.noticeBy` as written: "--MM-DD" */
  readonly noticeBy?: string;
  /** received after the cut-off, so moved to the next anchor */
  readonly missedCutOff?: boolean;
  /** the day asked for is on or after the rule's day, so it is the day */
  readonly requestHonoured?: boolean;
}

export interface StepOf<K extends string, D extends string, V, O extends string = never> {
  readonly kind: K;
  readonly dates: Readonly<Record<D, Day> & Partial<Record<O, Day>>>;
  readonly values: Readonly<V>;
}

export type StepKind = Step['kind'];

/** The one step of a kind: `StepOfKind<'term'>` has term dates and term values. */
export type StepOfKind<K extends StepKind> = Extract<Step, { kind: K }>;

export interface RuleValues extends Pick<ClauseValues, 'roundTo' | 'noticeBy'> {
  readonly initial: Duration | null;
  readonly then: CompiledAgreement['then'];
  readonly renewal: Duration | null;
  readonly notice: Duration;
  readonly effect: CompiledAgreement['effect'];
  readonly nextDay: boolean;
  readonly earliest: Duration | null;
  readonly multilateral: boolean;
}

export interface TermValues {
  readonly number: number;
  /** how far the term's first day lies from entry into force, null for term 1 */
  readonly startSpan: Span | null;
  /** how far the first day after the term lies from entry into force */
  readonly endSpan: Span;
  /** the day of the month did not exist in the target month and was clamped to its end */
  readonly startClamped: boolean;
  readonly endClamped: boolean;
}

export interface DeadlineValues {
  readonly number: number;
  readonly notice: Duration;
  /** what `limit` is: the term's last day, or (withdrawals) the latest day one may take effect */
  readonly limitRole: 'last-day' | 'first-day-after' | 'day-before-first-day-after';
  /** the deadline differs from a plain subtraction because of the month clamp */
  readonly clamped: boolean;
}

export interface EffectValues extends ClauseValues {
  readonly effect: CompiledAgreement['effect'];
  readonly notice: Duration;
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

export interface HistoryTermValues extends TermValues {
  readonly notice: Duration;
  readonly limitRole: DeadlineValues['limitRole'];
  readonly clamped: boolean;
  readonly outcome: History['terms'][number]['outcome'];
  /** the term ended before the last day it was scheduled for (terminated, or the agreement expired): its scheduled end is not its end */
  readonly endedEarly: boolean;
}

export interface PendingValues extends ClauseValues {
  readonly party: string;
  readonly notice: Duration;
  readonly resumed: boolean;
  readonly remaining: number | null;
}

export interface HistoryNoticeValues extends Pick<ClauseValues, 'requestHonoured'> {
  readonly party: string;
  readonly notice: Duration;
  readonly state: NoticeRecord['state'];
  readonly remaining: number | null;
}
