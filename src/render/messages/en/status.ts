import type { Day } from '../../../calendar/day.js';
import type { Duration } from '../../../calendar/duration.js';
import type { MonthDay } from '../../../calendar/month-day.js';
import type { NonWorkingDay } from '../../../calendar/working-days.js';
import type { EndReason } from '../../../engine/situation.js';
import { eventType } from './timeline.js';
import { day, days, dayWithWeekday, duration, monthDay, nonWorking, relativeDays, untilMidnight } from './words.js';

/** "2020-11-23 (in 91 days)": a day and how far it is from the day asked about. */
const dayAway = (p: { day: Day; from: Day }) => `${day(p.day)} (${relativeDays(p.day - p.from)})`;

const endReason: Record<EndReason, string> = { notice: 'notice', termination: 'termination', expiry: 'expiry' };

/** Why it is out of force, after the day it went out. */
const endedBy: Record<EndReason, string> = { expiry: 'expired', termination: 'terminated by consent', notice: 'after notice' };

/** "; next deadline 2021-08-24 (in 365 days)", or nothing */
const nextDeadline = (p: { next: Day | null; on: Day }) =>
  p.next === null ? '' : `; next deadline ${dayWithWeekday(p.next)} (${relativeDays(p.next - p.on)})`;

const forParty = (party: string | null) => (party ? ` for ${party}` : '');

/** The words of `status`: a heading, labelled lines, what a notice would do. */
export const status = {
  heading: (p: { name: string; party: string | null; on: Day }) => `${p.name}${forParty(p.party)} on ${day(p.on)}`,
  /** after the heading when the day is today: where "today" was judged */
  todayIn: (p: { zone: string }) => ` (today in ${p.zone})`,
  /** what continues after a withdrawal: "… (Art. 47(3)) through 2035-12-31" */
  survives: (p: { what: string; until: Day }) => `${p.what} through ${day(p.until)}`,
  label: {
    inForce: 'In force',
    survives: 'Survives',
    ends: 'Ends',
    expires: 'Expires',
    nextRenewal: 'Next renewal',
    notice: 'Notice',
    ifGiven: 'If given',
    pending: 'Pending',
    workingDay: 'Working day',
  },
  /** a pending notice's effect: "2019-11-23 (in 83 days): KR's notice of 2019-08-23" */
  endsOnNotice: (p: { on: Day; from: Day; party: string | null; received: Day | null }) =>
    `${dayAway({ day: p.on, from: p.from })}${p.party === null || p.received === null ? '' : `: ${p.party}'s notice of ${day(p.received)}`}`,
  noticeNotNeeded: 'not needed: a notice already ends it',
  expiresAnyway: (p: { on: Day }) => `not needed: it expires on ${day(p.on)} in any case`,
  dayAway,
  notYetInForce: (p: { start: Day }) => `not yet: enters into force ${day(p.start)}`,
  outOfForce: (p: { endedOn: Day | null; reason: EndReason | null }) => {
    const ended = p.endedOn === null ? '' : `: out of force since ${day(p.endedOn)}`;
    return `no${ended}${p.reason === null ? '' : ` (${endedBy[p.reason]})`}`;
  },
  yes: 'yes',
  /** after a coloured "yes" */
  inTerm: (p: { number: number; start: Day; end: Day }) => `, term ${p.number} (${day(p.start)} … ${day(p.end)})`,
  indefinitely: ', indefinitely',
  notApplicable: 'not applicable',
  /** `blocked`: this term cannot be stopped either (cannotStop) */
  noticeNotYet: (p: { earliestOn: Day; on: Day; blocked: string | null }) =>
    `not yet: notice may be given from ${dayAway({ day: p.earliestOn, from: p.on })}${p.blocked === null ? '' : `; ${p.blocked}`}`,
  /** no notice can meet this term's deadline; then the next real one */
  cannotStop: (p: { renews: boolean; next: Day | null; on: Day }) =>
    `${p.renews ? 'the next renewal cannot be stopped' : 'no notice can end this term'}${nextDeadline(p)}`,
  /** after a coloured cannotStop: why, then the next real deadline */
  beforeEntryIntoForce: (p: { cannotStop: string; next: Day | null; on: Day }) =>
    `${p.cannotStop}: its notice deadline falls before entry into force${nextDeadline(p)}`,
  anyTime: 'possible at any time',
  /** windows for notice (`termination.windows`): possible today only because one is open */
  inWindow: (p: { lastDay: Day; on: Day }) =>
    `possible in this window, until ${dayWithWeekday(p.lastDay)} (${relativeDays(p.lastDay - p.on)})`,
  /** outside every window: the next one's first day */
  outsideWindows: (p: { opens: Day; on: Day }) =>
    `not now: outside the windows for notice; the next window opens ${dayAway({ day: p.opens, from: p.on })}`,
  deadlinePassed: "possible (this term's deadline has passed; see when it would take effect)",
  possible: 'possible',
  /** a coloured "possible", then until when (itself coloured when near) */
  possibleUntil: (p: { possible: string; until: string }) => `${p.possible}: ${p.until}`,
  /** `ends`: the end of the day in the agreement's zone (untilMidnight) */
  lastDayToday: (p: { deadline: Day; ends: string }) => `today, ${dayWithWeekday(p.deadline)}, is the last day, ${p.ends}`,
  until: (p: { deadline: Day; daysLeft: number; ends: string }) =>
    `${p.ends} on ${dayWithWeekday(p.deadline)} (${relativeDays(p.daysLeft)})`,
  untilMidnight,
  /** the deadline falls on a weekend or holiday: it does not move, but offices are closed */
  deadlineNonWorking: (p: NonWorkingDay) => `the deadline is ${nonWorking(p)}`,
  tooLate: (p: { renews: boolean }): string => (p.renews ? 'too late to stop the next renewal' : 'too late for this term'),
  /** a coloured "too late …", then the deadline that passed and the next one */
  deadlineWas: (p: { tooLate: string; deadline: Day; daysLeft: number; next: Day | null; on: Day }) => {
    return `${p.tooLate}: the deadline was ${dayWithWeekday(p.deadline)} (${relativeDays(p.daysLeft)})${nextDeadline(p)}`;
  },
  /** a multilateral agreement's notice ends the notifying party's participation, not the agreement */
  ifGiven: (p: { ends: 'agreement' | 'participation'; party: string | null; effectiveOn: Day; on: Day }) => {
    const out = p.ends === 'agreement' ? 'no longer in force' : `${p.party ?? 'the notifying party'} would no longer be a party`;
    return `${out} from ${dayAway({ day: p.effectiveOn, from: p.on })}, for notice received ${day(p.on)}`;
  },
  noticeOf: (p: { party: string; received: Day }) => `${p.party}'s notice of ${day(p.received)}`,
  /** after the coloured noticeOf */
  pendingNotice: (p: { notice: string; effectiveOn: Day; on: Day }) =>
    `${p.notice} takes effect ${dayAway({ day: p.effectiveOn, from: p.on })}`,
  suspendedNotice: (p: { notice: string; remaining: number }) =>
    `${p.notice} is suspended with ${days(p.remaining)} remaining: resumed on a day V, it takes effect on V + ${days(p.remaining)}`,
};

/** The words of `history`: the table of terms, phases, participation and events. */
export const history = {
  heading: (p: { name: string; party: string | null; until: Day }) => `${p.name}${forParty(p.party)}: history until ${day(p.until)}`,
  /** the column heads of the table of terms (each column is as wide as its head and its widest cell) */
  termsHeader: { term: 'Term', start: 'Start', end: 'End', noticeBy: 'Notice by', outcome: 'Outcome' },
  /** in the notice-by column, when no notice could meet the term's deadline: as wide as a date with its weekday */
  noDeadline: '—             ',
  outcome: { renewed: 'renewed', continued: 'continued', current: 'current', terminated: 'terminated', expired: 'expired' },
  indefinite: (p: { start: Day; end: Day | null }) =>
    `In force indefinitely from ${day(p.start)}${p.end === null ? '' : ` through ${day(p.end)}`}`,
  participation: 'Participation',
  stint: (p: { from: Day; until: Day | null }) =>
    `${day(p.from)} … ${p.until === null ? 'now' : `${day(p.until - 1)} (out from ${day(p.until)})`}`,
  outOfForce: (p: { endedOn: Day; reason: EndReason | null }) =>
    `Out of force from ${day(p.endedOn)} (${p.reason === null ? '' : endReason[p.reason]})`,
  events: 'Events',
  eventType,
  noticeState: { pending: 'pending', suspended: 'suspended', retracted: 'retracted', effective: 'effective' },
  /** a notice's dispatch, when the file gives it: receipt is what counts */
  sent: (p: { sent: Day; received: Day }) => `sent ${day(p.sent)}; received ${day(p.received)}, which is what counts`,
  /** the first day out a notice asked for itself (its effectiveOn), and whether it was honoured */
  requested: (p: { requested: Day; requestHonoured: boolean | null; effectiveOn: Day | null }) => {
    if (p.requestHonoured === null) return `asked for ${day(p.requested)}`;
    if (p.requestHonoured) return `asked for ${day(p.requested)} (honoured: on or after the day the rule gives)`;
    const rule = p.effectiveOn === null ? '' : `, ${day(p.effectiveOn)}`;
    return `asked for ${day(p.requested)} (not honoured: earlier than the day the rule gives${rule})`;
  },
  /** an extension by a new last day (`until`) */
  extendedUntil: (p: { until: Day }) => `extended until ${day(p.until)}, the new last day in force`,
};

const agreementKind = { bilateral: 'bilateral', multilateral: 'multilateral' };

/** The words of `list`: one agreement a line, its rule in short. */
export const list = {
  row: (p: { name: string; kind: 'bilateral' | 'multilateral'; entryIntoForce: Day; rule: string }) =>
    `${p.name} (${agreementKind[p.kind]}, in force ${day(p.entryIntoForce)}): ${p.rule}`,
  /** "1 year, renews every 1 year; notice 90 days before a term ends" */
  rule: (p: {
    initial: Duration | null;
    lastDay: Day | null;
    then: 'renew' | 'expire' | 'indefinite';
    renewal: Duration | null;
    notice: Duration;
    effect: 'end-of-term' | 'after-notice';
    nextDay: boolean;
    earliest: Duration | null;
    roundTo: 'month-start' | MonthDay | null;
    noticeBy: MonthDay | null;
  }) => {
    const term =
      p.lastDay !== null
        ? `until ${day(p.lastDay)}, then expires`
        : p.initial === null
          ? 'indefinite'
          : p.then === 'renew' && p.renewal
            ? `${duration(p.initial)}, renews every ${duration(p.renewal)}`
            : p.then === 'expire'
              ? `${duration(p.initial)}, then expires`
              : `${duration(p.initial)}, then indefinite`;
    const when = p.effect === 'end-of-term' ? 'before a term ends' : p.nextDay ? 'ahead, out the day after' : 'ahead';
    const rounded =
      p.roundTo === null ? '' : p.roundTo === 'month-start' ? ', on the 1st of the next month' : `, on the next ${monthDay(p.roundTo)}`;
    const notice = p.noticeBy === null ? `notice ${duration(p.notice)} ${when}${rounded}` : `notice by ${monthDay(p.noticeBy)}${rounded}`;
    const earliest = p.earliest ? `, not before ${duration(p.earliest)} in force` : '';
    return `${term}; ${notice}${earliest}`;
  },
};
