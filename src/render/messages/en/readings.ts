import type { Difference } from '../../../engine/reading-differences.js';
import { deadlines } from './deadlines.js';
import { day } from './words.js';

/** A reading as the text names it: 'tokyo' (Tokyo: the 2019 suspension spent the notice). */
const named = (p: { id: string; title: string }) => `'${p.id}' (${p.title})`;

const NOTICE_STATE = { pending: 'pending', suspended: 'suspended', retracted: 'retracted', effective: 'took effect' } as const;

/** One way another reading's answer differs, lower case: "KP a party until 2003-04-09". */
function difference(d: Difference): string {
  switch (d.kind) {
    case 'party':
      return d.outOn === null ? `${d.party} still a party` : `${d.party} a party until ${day(d.outOn - 1)}`;
    case 'out':
      return d.outOn === null ? 'in force' : `out of force from ${day(d.outOn)}`;
    case 'term':
      return `term ${d.number} ${day(d.start)} … ${day(d.end)}`;
    case 'ends':
      if (d.on === null) return 'no end on the way';
      return d.reason === 'expiry' ? `expires on ${day(d.on)}` : `a pending notice ends it on ${day(d.on)}`;
    case 'notice':
      if (d.possible) return d.deadline === null ? 'notice possible' : `notice possible until ${day(d.deadline)}`;
      return d.deadline === null ? 'notice not possible' : `notice no longer possible (the deadline was ${day(d.deadline)})`;
    case 'effect':
      return d.effectiveOn === null ? 'a notice that day changes nothing' : `a notice that day takes effect on ${day(d.effectiveOn)}`;
    case 'earliest-end':
      return d.on === null ? 'no action that day can end it sooner' : `the soonest an action that day can end it is ${day(d.on)}`;
    case 'notice-state': {
      const notice = `${d.party}'s notice of ${day(d.received)}`;
      const state = NOTICE_STATE[d.state];
      return d.effectiveOn === null ? `${notice} ${state}` : `${notice} ${state}, first day out ${day(d.effectiveOn)}`;
    }
    case 'deadline':
      return d.deadline === null ? 'fewer deadlines' : `first other deadline ${day(d.deadline.date)}, ${deadlines.kind[d.deadline.kind]}`;
  }
}

/** The words of readings (SPEC §7): where the record disagrees. */
export const readings = {
  /** "Under 'fresh-notice' (the generally held view): KP a party until 2003-04-09" */
  differs: (p: { id: string; title: string; differences: readonly Difference[] }) =>
    `Under ${named(p)}: ${p.differences.map(difference).join('; ')}`,
  /** the first line of an answer given under a reading chosen with --reading */
  under: (p: { id: string; title: string; main: boolean }) => `${p.main ? 'Under the main reading' : 'Under the reading'} ${named(p)}`,
  /** the first line of --explain, for an agreement with readings */
  explains: (p: { id: string; title: string; main: boolean } | null) =>
    p === null ? 'Explains the main reading' : `Explains ${p.main ? 'the main reading' : 'the reading'} ${named(p)}`,
  /** list: "[2 readings]", the main one counted */
  count: (count: number) => `[${count} readings]`,
};
