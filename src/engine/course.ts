import type { Day } from '../calendar/day.js';
import type { PlannedEvent } from './planned-event.js';
import type { Terms } from './terms.js';

export type NoticeState = 'pending' | 'suspended' | 'retracted' | 'effective';

/** What a notice was from one day on, until its next stage. */
export interface NoticeStage {
  readonly from: Day;
  readonly state: NoticeState;
  /** the first day out of force it causes (pending) or caused (effective), else null */
  readonly effectiveOn: Day | null;
  /** days left when it was suspended, while it is suspended */
  readonly remainingDays: number | null;
}

/** What a notice itself says beside its receipt: when it was sent, and the day it asks for. */
export interface NoticeTerms {
  /** the day it was dispatched, when the file gives one (receipt is what counts) */
  readonly sent: Day | null;
  /** the first day out the notice itself asks for (`effectiveOn` in the file), or null */
  readonly requested: Day | null;
  /**
   * whether that day was honoured: it is when on or after the rule's day (Rome Statute,
   * "unless the notification specifies a later date"); an earlier request is not. Null
   * with no request.
   */
  readonly requestHonoured: boolean | null;
}

/** A notice and every stage it went through: received, suspended, resumed, retracted, effective. */
export interface Notice extends NoticeTerms {
  readonly index: number;
  readonly party: string;
  readonly received: Day;
  /** the events that acted on it, in order, the notice itself first */
  readonly acts: readonly PlannedEvent[];
  readonly stages: readonly NoticeStage[];
}

/** A notice as known on the situation's day: its stage then, and the acts and stages so far. */
export interface NoticeRecord extends NoticeStage, NoticeTerms {
  readonly index: number;
  readonly party: string;
  readonly received: Day;
  readonly acts: readonly PlannedEvent[];
  readonly stages: readonly NoticeStage[];
}

/** One stretch of a party's participation: from `from` to the day before `until`. */
export interface Stint {
  readonly from: Day;
  readonly until: Day | null;
}

export type EndReason = 'notice' | 'termination' | 'expiry';

/** A contradiction found while replaying events, for validation messages. */
export interface EventProblem {
  readonly index: number;
  readonly field: 'date' | 'party' | 'type' | 'term' | 'until';
  readonly message: string;
}

/**
 * What the events of an agreement did, replayed once when it is compiled: every notice
 * with its stages, the terms as extensions changed them, each party's participation and
 * the end. Every answer about a day reads this (situation.ts); none replays again.
 */
export interface Course {
  /** the terms from each day on: the first from entry into force, one more per extension */
  readonly terms: readonly { readonly from: Day; readonly terms: Terms }[];
  readonly notices: readonly Notice[];
  /** the notices as they finally stand, for answers on or after settledFrom (most of them) */
  readonly settledNotices: readonly NoticeRecord[];
  /** each party's participation (multilateral agreements; empty for bilateral ones) */
  readonly stints: ReadonlyMap<string, readonly Stint[]>;
  /** the parties whose first act is an accession: not in at entry into force */
  readonly joinLater: ReadonlySet<string>;
  /** the first day out of force, null while none is known */
  readonly endedOn: Day | null;
  readonly endReason: EndReason | null;
  /** from this day on nothing changes: an answer on or after it reads the course as it is */
  readonly settledFrom: Day;
  readonly problems: readonly EventProblem[];
}

/** A notice as known on a day: its stage then, with the acts and stages up to that day. */
export function noticeRecord(
  notice: Notice,
  stage: NoticeStage,
  acts: readonly PlannedEvent[],
  stages: readonly NoticeStage[],
): NoticeRecord {
  const { index, party, received, sent, requested, requestHonoured } = notice;
  const { from, state, effectiveOn, remainingDays } = stage;
  // Written out, not spread: every record then shares one hidden class.
  return { index, party, received, sent, requested, requestHonoured, from, state, effectiveOn, remainingDays, acts, stages };
}

/** A notice as the replay holds it: the notice with every stage so far, and the stage it is in. */
export interface OpenNotice {
  readonly notice: Notice & { readonly acts: PlannedEvent[]; readonly stages: NoticeStage[] };
  stage: NoticeStage;
}

// The course's notice lists are built by push, as situation.ts builds a day's: every list
// of notices then has one of two hidden classes (empty, or holding notices), where
// Array.prototype.map's results added others, and the code reading them was optimised
// again when one turned up late (V8's wrong-map deoptimisation).

/** The notices of a replay, in the order they were received: GSOMIA → [KR 2019-08-23]. */
export function noticesOf(opened: readonly OpenNotice[]): Notice[] {
  const notices: Notice[] = [];
  for (const open of opened) notices.push(open.notice);
  return notices;
}

/** Each notice of a replay as it finally stands: GSOMIA → [KR 2019-08-23, retracted from 2023-03-21]. */
export function settledNoticesOf(opened: readonly OpenNotice[]): NoticeRecord[] {
  const records: NoticeRecord[] = [];
  for (const { notice, stage } of opened) records.push(noticeRecord(notice, stage, notice.acts, notice.stages));
  return records;
}
