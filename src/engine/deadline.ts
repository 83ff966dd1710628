import type { Day } from '../calendar/day.js';
import type { Weekday } from '../calendar/weekday.js';
import type { CompiledAgreement } from './compiled-agreement.js';
import type { NonWorkingDay } from './deadline-day.js';

// What a deadline is: its kinds, the facts each kind carries, and the order they are listed
// in. deadlines.ts finds them.

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
export type DeadlineFacts = Deadline extends infer D ? (D extends unknown ? Omit<D, keyof DeadlineBase> : never) : never;

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
