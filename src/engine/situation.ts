import type { Day } from '../calendar/day.js';
import type { CompiledAgreement } from './compiled-agreement.js';
import { type Course, type EndReason, type NoticeRecord, type NoticeStage, noticeRecord, type Stint } from './course.js';
import type { Terms } from './terms.js';

export type { EndReason, NoticeRecord, NoticeState, Stint } from './course.js';

export type Phase = 'not-yet-in-force' | 'fixed-term' | 'indefinite' | 'ended' | 'not-a-party';

/**
 * Where an agreement stands on one day, as known that day (later events are not yet
 * known): its terms, notices and end, each party's participation, and the standing of the
 * subject asked about, a party or (null) the agreement as a whole.
 */
export interface Situation {
  readonly asOf: Day;
  readonly party: string | null;
  readonly terms: Terms;
  /** the agreement's first day out of force, once it is on or before asOf */
  readonly endedOn: Day | null;
  readonly endReason: EndReason | null;
  readonly notices: readonly NoticeRecord[];
  /** each party's participation (multilateral agreements; empty for bilateral ones) */
  readonly stints: ReadonlyMap<string, readonly Stint[]>;
  /** the subject is in force on asOf */
  readonly inForce: boolean;
  readonly phase: Phase;
  /** when it last entered into force for the subject */
  readonly joined: Day;
  /** when the subject went out of force (the agreement's end, or the party's withdrawal) */
  readonly outOn: Day | null;
  readonly outReason: EndReason | null;
}

/**
 * The situation on `asOf` for `party` (null: the agreement), read from the course its
 * events ran when it was compiled; the standing is the one on `on` (asOf unless said).
 * GSOMIA on 2020-08-24: term 4, KR's notice of 2019-08-23 suspended with 1 day remaining.
 */
export function situationOn(compiled: CompiledAgreement, asOf: Day = Infinity, party: string | null = null, on: Day = asOf): Situation {
  const { course } = compiled;
  const settled = asOf >= course.settledFrom;
  const ended = course.endedOn !== null && course.endedOn <= asOf;
  const endedOn = ended ? course.endedOn : null;
  const terms = termsOn(course, asOf);
  const stints = settled || !compiled.multilateral ? course.stints : stintsOn(course, asOf);
  // One object, written out: a scan of 10,000 files asks for 10,000 situations.
  let inForce = true;
  let phase: Phase;
  let joined = compiled.start;
  let outOn: Day | null = null;
  let outReason: EndReason | null = null;
  if (on < compiled.start) {
    inForce = false;
    phase = 'not-yet-in-force';
  } else if (endedOn !== null) {
    inForce = false;
    phase = 'ended';
    outOn = endedOn;
    outReason = course.endReason;
  } else {
    phase = terms.containing(on) === null ? 'indefinite' : 'fixed-term';
    if (compiled.multilateral && party !== null) {
      // Stryker disable next-line ArrayDeclaration: any list without a stint on the day answers the same as none
      const own = stints.get(party) ?? [];
      const stint = stintOn(own, on);
      const last = own[own.length - 1];
      if (stint) joined = stint.from;
      else {
        inForce = false;
        phase = 'not-a-party';
        joined = last?.from ?? compiled.start;
        outOn = last?.until ?? null;
        outReason = outOn === null ? null : 'notice';
      }
    }
  }
  return {
    asOf,
    party,
    terms,
    endedOn,
    endReason: ended ? course.endReason : null,
    notices: settled ? course.settledNotices : noticesOn(course, asOf),
    stints,
    inForce,
    phase,
    joined,
    outOn,
    outReason,
  };
}

/** Notices that concern the subject: all of them for the agreement, one party's otherwise. */
export function noticesFor(compiled: CompiledAgreement, notices: readonly NoticeRecord[], party: string | null): readonly NoticeRecord[] {
  return compiled.multilateral && party !== null ? notices.filter((n) => n.party === party) : notices;
}

/** The stint of `party` holding `day`, if the party was in on that day. */
export function stintOn(stints: readonly Stint[], day: Day): Stint | undefined {
  return stints.find((stint) => stint.from <= day && (stint.until === null || day < stint.until));
}

function termsOn(course: Course, asOf: Day): Terms {
  let terms = (course.terms[0] as Course['terms'][number]).terms;
  for (const version of course.terms) if (version.from <= asOf) terms = version.terms;
  return terms;
}

function noticesOn(course: Course, asOf: Day): NoticeRecord[] {
  const records: NoticeRecord[] = [];
  for (const notice of course.notices) {
    if (notice.received > asOf) break;
    const stages = notice.stages.filter((stage) => stage.from <= asOf);
    records.push(
      noticeRecord(
        notice,
        stages[stages.length - 1] as NoticeStage,
        notice.acts.filter((act) => act.day <= asOf),
        stages,
      ),
    );
  }
  return records;
}

/** Participation as known on asOf: later accessions unknown, later withdrawals still ahead. */
function stintsOn(course: Course, asOf: Day): Map<string, Stint[]> {
  const known = new Map<string, Stint[]>();
  for (const [party, stints] of course.stints) {
    known.set(
      party,
      // A party in from entry into force is known to be, even asked about a day before it.
      stints
        .filter((stint, i) => stint.from <= asOf || (i === 0 && !course.joinLater.has(party)))
        .map((stint) => (stint.until !== null && stint.until > asOf ? { from: stint.from, until: null } : stint)),
    );
  }
  return known;
}
