import type { Day } from '../calendar/day.js';
import type { Stint } from './course.js';
import type { AgreementRules } from './rules.js';

/** A stint while the events are replayed: open (until null) while the party is in. */
export type OpenStint = { from: Day; until: Day | null };

/** Shared by every bilateral course: participation is tracked for multilateral ones only. */
const NO_STINTS: ReadonlyMap<string, Stint[]> = new Map();

/**
 * Each party's participation as the replay starts (event-replay.ts): from entry into force,
 * except for the parties that join later (joining-later.ts), which have none yet. Empty for
 * a bilateral agreement, whose own end is every party's.
 * NATO (S 1949-08-24), none joining later → NL: [{ from: 1949-08-24, until: null }], …
 */
export function initialStints(rules: AgreementRules, joinLater: ReadonlySet<string>): Map<string, OpenStint[]> {
  if (!rules.multilateral) return NO_STINTS as Map<string, OpenStint[]>;
  const stints = new Map<string, OpenStint[]>();
  for (const party of rules.parties) stints.set(party, joinLater.has(party) ? [] : [{ from: rules.start, until: null }]);
  return stints;
}

/** The stint `party` is in now, if it is in: NATO's FR before any event → { from: 1949-08-24, until: null }. */
export function currentStint(stints: ReadonlyMap<string, OpenStint[]>, party: string): OpenStint | undefined {
  // Stryker disable next-line ArrayDeclaration: every listed party has an entry; events naming others are rejected before
  const own = stints.get(party) ?? [];
  const last = own[own.length - 1];
  return last && last.until === null ? last : undefined;
}

/** The agreement ends on `day`: every stint still running ends then too ({ from: S, until: null } → until: day). */
export function endStints(stints: ReadonlyMap<string, OpenStint[]>, parties: readonly string[], day: Day): void {
  // By the parties' list: no Map iterator for the many agreements that end.
  for (const party of parties) {
    const own = stints.get(party);
    // Stryker disable next-line ConditionalExpression: a bilateral course tracks no stints, a multilateral one every party's
    if (own === undefined) continue;
    const last = own[own.length - 1];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a stint that has ended ended on or before the day time has reached
    if (last && (last.until === null || last.until > day)) last.until = day;
  }
}
