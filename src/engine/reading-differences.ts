import type { Day } from '../calendar/day.js';
import type { CompiledAgreement } from './compiled-agreement.js';
import { compareDeadlines, type Deadline } from './deadline.js';
import type { DeadlineCalendar } from './deadline-day.js';
import { deadlinesBetween } from './deadlines.js';
import { type History, historyUntil } from './history.js';
import { type Reading, type ReadingName, readingsOf } from './readings.js';
import type { NoticeState } from './situation.js';
import { type Status, statusOn } from './status.js';

/**
 * Where another reading's answer differs from the main one (SPEC §7), as data: the
 * renderer words each kind (render/readings-text.ts).
 * - `party`: a party's first day out (its withdrawal in force or on the way), null while it stays
 * - `out`: the subject's first day out of force, null while in force
 * - `term`: a term that runs otherwise (the first that differs)
 * - `ends`: the end on the way (a pending notice's effect, the expiry), null when none
 * - `notice`: whether notice is possible, and its deadline
 * - `effect`: the effect of a notice received on the day
 * - `earliest-end`: the soonest end an action on the day could bring about
 * - `deadline`: the first deadline listed otherwise, or null when the reading lists fewer
 * - `notice-state`: what became of a notice (by party and day of receipt) otherwise
 */
export type Difference =
  | { readonly kind: 'party'; readonly party: string; readonly outOn: Day | null }
  | { readonly kind: 'out'; readonly outOn: Day | null }
  | { readonly kind: 'term'; readonly number: number; readonly start: Day; readonly end: Day }
  | { readonly kind: 'ends'; readonly on: Day | null; readonly reason: 'notice' | 'expiry' | null }
  | { readonly kind: 'notice'; readonly possible: boolean; readonly deadline: Day | null }
  | { readonly kind: 'effect'; readonly effectiveOn: Day | null }
  | { readonly kind: 'earliest-end'; readonly on: Day | null }
  | { readonly kind: 'deadline'; readonly deadline: Deadline | null }
  | {
      readonly kind: 'notice-state';
      readonly party: string;
      readonly received: Day;
      readonly state: NoticeState;
      readonly effectiveOn: Day | null;
    };

/** One reading whose answer differs, and how. */
export interface ReadingDifference {
  readonly reading: ReadingName;
  readonly differences: readonly Difference[];
}

/** A party's first day out as a status gives it: out already, or a withdrawal on the way. */
export type PartyOut = (party: string) => Day | null;

/**
 * How `other` (a reading's status for the same day and subject) differs from `main`.
 * GSOMIA on 2020-08-25, Tokyo's reading against Seoul's → [{ kind: 'earliest-end', on: 2021-11-23 }]
 */
export function statusDifferences(
  compiled: CompiledAgreement,
  main: Status,
  other: Status,
  mainPartyOut: PartyOut,
  otherPartyOut: PartyOut,
): Difference[] {
  const found: Difference[] = [];
  if (compiled.multilateral && main.party === null) {
    for (const party of compiled.parties) {
      const outOn = otherPartyOut(party);
      if (outOn !== mainPartyOut(party)) found.push({ kind: 'party', party, outOn });
    }
  }
  if (main.endedOn !== other.endedOn || main.inForce !== other.inForce) found.push({ kind: 'out', outOn: other.endedOn });
  // In force under one reading and not the other: the rest of the answer follows from that.
  if (main.inForce !== other.inForce) {
    if (other.scheduledEnd !== null) found.push({ kind: 'ends', on: other.scheduledEnd.on, reason: other.scheduledEnd.reason });
    return found;
  }
  if (other.term !== null && (main.term?.start !== other.term.start || main.term.end !== other.term.end))
    found.push({ kind: 'term', ...other.term });
  if (main.scheduledEnd?.on !== other.scheduledEnd?.on)
    found.push({ kind: 'ends', on: other.scheduledEnd?.on ?? null, reason: other.scheduledEnd?.reason ?? null });
  const [a, b] = [main.notice, other.notice];
  if (a.possible !== b.possible || a.deadline !== b.deadline) found.push({ kind: 'notice', possible: b.possible, deadline: b.deadline });
  // A notice that would take effect no sooner than the end on the way changes nothing.
  const effect = (notice: Status['notice']) => (notice.endsSooner ? notice.effectiveOn : null);
  if (effect(a) !== effect(b)) found.push({ kind: 'effect', effectiveOn: effect(b) });
  if (main.earliestEnd !== other.earliestEnd) found.push({ kind: 'earliest-end', on: other.earliestEnd });
  return found;
}

/**
 * How another reading's history differs: the end, each party's last withdrawal, the first
 * term that ran otherwise. ABM, the Defense Department's reading → [{ kind: 'out', outOn: 2002-06-14 }]
 */
export function historyDifferences(main: History, other: History): Difference[] {
  const found: Difference[] = [];
  const lastOut = (history: History, party: string) => history.participation.filter((p) => p.party === party).at(-1)?.until ?? null;
  const parties = new Set([...main.participation, ...other.participation].map((p) => p.party));
  for (const party of parties) {
    const outOn = lastOut(other, party);
    if (outOn !== lastOut(main, party)) found.push({ kind: 'party', party, outOn });
  }
  if (main.endedOn !== other.endedOn) found.push({ kind: 'out', outOn: other.endedOn });
  for (const notice of other.events) {
    if (notice.type !== 'notice' || notice.state === null || notice.party === null) continue;
    const same = main.events.find((event) => event.type === 'notice' && event.party === notice.party && event.date === notice.date);
    if (same?.state === notice.state && same.effectiveOn === notice.effectiveOn) continue;
    const { party, date: received, state, effectiveOn } = notice;
    found.push({ kind: 'notice-state', party, received, state, effectiveOn });
  }
  const term = other.terms.find((t, i) => main.terms[i]?.start !== t.start || main.terms[i]?.end !== t.end);
  if (term !== undefined) found.push({ kind: 'term', number: term.number, start: term.start, end: term.end });
  return found;
}

/** How another reading's deadlines differ: the first one listed otherwise (by day and kind). */
export function deadlineDifferences(main: readonly Deadline[], other: readonly Deadline[]): Difference[] {
  const same = (a: Deadline | undefined, b: Deadline | undefined) => a?.date === b?.date && a?.kind === b?.kind && a?.party === b?.party;
  const length = Math.max(main.length, other.length);
  for (let i = 0; i < length; i += 1) {
    if (!same(main[i], other[i])) return [{ kind: 'deadline', deadline: other[i] ?? null }];
  }
  return [];
}

/** Each other reading's status for the same day and subject, and how it differs from `main` (the main reading's). */
export function readingStatuses(
  compiled: CompiledAgreement,
  main: Status,
  calendar: DeadlineCalendar,
): (ReadingDifference & { readonly status: Status })[] {
  const readings = readingsOf(compiled);
  if (readings.length === 0) return [];
  const mainOut = partyOut(compiled, main.on, calendar);
  return readings.map((reading) => {
    const status = statusOn(reading.compiled, main.on, main.party, calendar);
    const differences = statusDifferences(compiled, main, status, mainOut, partyOut(reading.compiled, main.on, calendar));
    return { reading: nameOf(reading), status, differences };
  });
}

/** Each other reading's history over the same days, and how it differs from `main`. */
export function readingHistories(compiled: CompiledAgreement, main: History): ReadingDifference[] {
  return readingsOf(compiled).map((reading) => ({
    reading: nameOf(reading),
    differences: historyDifferences(main, historyUntil(reading.compiled, main.until, main.party, main.from)),
  }));
}

/** Each other reading's deadlines in the same window (those `keep` keeps, as `main` was chosen), and how they differ from `main`. */
export function readingDeadlines(
  compiled: CompiledAgreement,
  main: readonly Deadline[],
  window: { readonly from: Day; readonly until: Day; readonly party: string | null },
  calendar: DeadlineCalendar,
  keep: (deadline: Deadline) => boolean = () => true,
): ReadingDifference[] {
  return readingsOf(compiled).map((reading) => {
    const found = deadlinesBetween(reading.compiled, window.from, window.until, window.party, calendar).filter(keep).sort(compareDeadlines);
    return { reading: nameOf(reading), differences: deadlineDifferences(main, found) };
  });
}

const nameOf = (reading: Reading): ReadingName => ({ id: reading.id, title: reading.title });

/** A party's first day out as known on `on`: its withdrawal in force, or one on the way. */
function partyOut(compiled: CompiledAgreement, on: Day, calendar: DeadlineCalendar): PartyOut {
  return (party) => {
    const status = statusOn(compiled, on, party, calendar);
    return status.inForce ? (status.scheduledEnd?.on ?? null) : status.endedOn;
  };
}
