import type { Day } from '../../../calendar/day.js';
import type { Duration } from '../../../calendar/duration.js';
import type { MonthDay } from '../../../calendar/month-day.js';
import type { NonWorkingDay } from '../../../calendar/working-days.js';
import type { EventType } from '../../../engine/planned-event.js';
import type { EndReason } from '../../../engine/situation.js';
import { eventType } from './timeline.js';
import { day, days, dayWithWeekday, duration, monthDay, nonWorking, relativeDays, untilMidnight } from './words.js';

/** "2020年11月23日（91日後）": a day and how far it is from the day asked about. */
const dayAway = (p: { day: Day; from: Day }) => `${day(p.day)}（${relativeDays(p.day - p.from)}）`;

const endReason: Record<EndReason, string> = { notice: '通告', termination: '合意による終了', expiry: '期間満了' };

/** Why it is out of force, after the day it went out. */
const endedBy: Record<EndReason, string> = { expiry: '期間満了', termination: '合意による終了', notice: '通告による終了' };

/** "；次の期限は2021年8月24日（火）（365日後）", or nothing */
const nextDeadline = (p: { next: Day | null; on: Day }) =>
  p.next === null ? '' : `；次の期限は${dayWithWeekday(p.next)}（${relativeDays(p.next - p.on)}）`;

const forParty = (party: string | null) => (party ? `（${party}について）` : '');

/** The words of `status`: a heading, labelled lines, what a notice would do. */
export const status = {
  heading: (p: { name: string; party: string | null; on: Day }) => `${p.name}${forParty(p.party)}　${day(p.on)}現在`,
  todayIn: (p: { zone: string }) => `（${p.zone}の今日）`,
  survives: (p: { what: string; until: Day }) => `${p.what}：${day(p.until)}まで`,
  label: {
    inForce: '効力',
    survives: '存続',
    ends: '終了',
    expires: '期間満了',
    nextRenewal: '次の自動延長',
    notice: '通告',
    ifGiven: '通告した場合',
    pending: '係属中の通告',
    workingDay: '執務日',
  },
  endsOnNotice: (p: { on: Day; from: Day; party: string | null; received: Day | null }) =>
    `${dayAway({ day: p.on, from: p.from })}${p.party === null || p.received === null ? '' : `：${day(p.received)}付の${p.party}の通告による`}`,
  noticeNotNeeded: '不要：既に通告により終了する',
  expiresAnyway: (p: { on: Day }) => `不要：いずれにせよ${day(p.on)}に期間満了となる`,
  dayAway,
  notYetInForce: (p: { start: Day }) => `まだ生じていない：${day(p.start)}に効力を生ずる`,
  outOfForce: (p: { endedOn: Day | null; reason: EndReason | null }) => {
    const ended = p.endedOn === null ? '' : `：${day(p.endedOn)}から失効`;
    return `なし${ended}${p.reason === null ? '' : `（${endedBy[p.reason]}）`}`;
  },
  yes: '有効',
  inTerm: (p: { number: number; start: Day; end: Day }) => `、第${p.number}期（${day(p.start)}～${day(p.end)}）`,
  indefinitely: '、無期限',
  notApplicable: '該当なし',
  noticeNotYet: (p: { earliestOn: Day; on: Day; blocked: string | null }) =>
    `まだできない：${dayAway({ day: p.earliestOn, from: p.on })}から通告できる${p.blocked === null ? '' : `；${p.blocked}`}`,
  cannotStop: (p: { renews: boolean; next: Day | null; on: Day }) =>
    `${p.renews ? '次の自動延長は止められない' : 'この期間を終了させる通告はできない'}${nextDeadline(p)}`,
  beforeEntryIntoForce: (p: { cannotStop: string; next: Day | null; on: Day }) =>
    `${p.cannotStop}：通告期限が効力発生前にあたる${nextDeadline(p)}`,
  anyTime: 'いつでも可能',
  /** windows for notice (`termination.windows`): possible today only because one is open */
  inWindow: (p: { lastDay: Day; on: Day }) =>
    `この通告可能期間内は可能：${dayWithWeekday(p.lastDay)}（${relativeDays(p.lastDay - p.on)}）まで`,
  /** outside every window: the next one's first day */
  outsideWindows: (p: { opens: Day; on: Day }) =>
    `現在は不可：通告可能期間外。次の通告可能期間は${dayAway({ day: p.opens, from: p.on })}から`,
  deadlinePassed: '可能（この期間の期限は過ぎている。通告の効力が生ずる日を参照）',
  possible: '可能',
  possibleUntil: (p: { possible: string; until: string }) => `${p.possible}：${p.until}`,
  lastDayToday: (p: { deadline: Day; ends: string }) => `今日${dayWithWeekday(p.deadline)}が最終日、${p.ends}`,
  until: (p: { deadline: Day; daysLeft: number; ends: string }) =>
    `${dayWithWeekday(p.deadline)}（${relativeDays(p.daysLeft)}）の${p.ends}`,
  untilMidnight,
  deadlineNonWorking: (p: NonWorkingDay) => `期限は${nonWorking(p)}`,
  tooLate: (p: { renews: boolean }) => (p.renews ? '次の自動延長を止めるには遅すぎる' : 'この期間には間に合わない'),
  deadlineWas: (p: { tooLate: string; deadline: Day; daysLeft: number; next: Day | null; on: Day }) =>
    `${p.tooLate}：期限は${dayWithWeekday(p.deadline)}（${relativeDays(p.daysLeft)}）だった${nextDeadline(p)}`,
  ifGiven: (p: { ends: 'agreement' | 'participation'; party: string | null; effectiveOn: Day; on: Day }) => {
    const out =
      p.ends === 'agreement'
        ? `${dayAway({ day: p.effectiveOn, from: p.on })}から効力を失う`
        : `${p.party ?? '通告した締約国'}は${dayAway({ day: p.effectiveOn, from: p.on })}から締約国でなくなる`;
    return `${out}（${day(p.on)}に受領された通告の場合）`;
  },
  noticeOf: (p: { party: string; received: Day }) => `${day(p.received)}付の${p.party}の通告`,
  pendingNotice: (p: { notice: string; effectiveOn: Day; on: Day }) =>
    `${p.notice}は${dayAway({ day: p.effectiveOn, from: p.on })}に効力を生ずる`,
  suspendedNotice: (p: { notice: string; remaining: number }) =>
    `${p.notice}は残り${days(p.remaining)}で停止中：V日に再開されればV + ${days(p.remaining)}に効力を生ずる`,
};

/** The words of `history`: the table of terms, phases, participation and events. */
export const history = {
  heading: (p: { name: string; party: string | null; until: Day }) => `${p.name}${forParty(p.party)}：${day(p.until)}までの経過`,
  termsHeader: { term: '期', start: '開始', end: '終了', noticeBy: '通告期限', outcome: '結果' },
  noDeadline: '—',
  outcome: { renewed: '自動延長', continued: '満了後も存続', current: '現在の期間', terminated: '終了', expired: '期間満了' },
  indefinite: (p: { start: Day; end: Day | null }) =>
    `${day(p.start)}から無期限に効力を有する${p.end === null ? '' : `（${day(p.end)}まで）`}`,
  participation: '締約国としての参加',
  stint: (p: { from: Day; until: Day | null }) =>
    `${day(p.from)} … ${p.until === null ? '現在' : `${day(p.until - 1)}（${day(p.until)}から非締約国）`}`,
  outOfForce: (p: { endedOn: Day; reason: EndReason | null }) =>
    `${day(p.endedOn)}から失効（${p.reason === null ? '' : endReason[p.reason]}）`,
  events: '出来事',
  eventType,
  noticeState: { pending: '効力発生待ち', suspended: '停止中', retracted: '撤回', effective: '効力発生' },
  /** a notice's dispatch, when the file gives it: receipt is what counts */
  sent: (p: { sent: Day; received: Day }) => `${day(p.sent)}発出、${day(p.received)}受領（基準は受領日）`,
  /** the first day out a notice asked for itself (its effectiveOn), and whether it was honoured */
  requested: (p: { requested: Day; requestHonoured: boolean | null; effectiveOn: Day | null }) => {
    if (p.requestHonoured === null) return `${day(p.requested)}を指定`;
    if (p.requestHonoured) return `${day(p.requested)}を指定（認められた：規定の日以後）`;
    const rule = p.effectiveOn === null ? '' : `${day(p.effectiveOn)}`;
    return `${day(p.requested)}を指定（認められない：規定の日${rule}より前）`;
  },
  /** an extension by a new last day (`until`) */
  extendedUntil: (p: { until: Day }) => `${day(p.until)}まで延長（新たな効力の最終日）`,
};

const agreementKind = { bilateral: '二国間', multilateral: '多数国間' };

/** The words of `list`: one agreement a line, its rule in short. */
export const list = {
  row: (p: { name: string; kind: 'bilateral' | 'multilateral'; entryIntoForce: Day; rule: string }) =>
    `${p.name}（${agreementKind[p.kind]}、${day(p.entryIntoForce)}発効）：${p.rule}`,
  /** "1年、以後1年ごとに自動延長；通告は期間満了の90日前まで" */
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
        ? `${day(p.lastDay)}まで、その後失効`
        : p.initial === null
          ? '無期限'
          : p.then === 'renew' && p.renewal
            ? `${duration(p.initial)}、以後${duration(p.renewal)}ごとに自動延長`
            : p.then === 'expire'
              ? `${duration(p.initial)}、その後失効`
              : `${duration(p.initial)}、その後無期限`;
    const notice = duration(p.notice);
    const when =
      p.effect === 'end-of-term' ? `は期間満了の${notice}前まで` : p.nextDay ? `から${notice}後の翌日に効力` : `から${notice}後に効力`;
    const rounded = p.roundTo === null ? '' : p.roundTo === 'month-start' ? '（翌月1日）' : `（次の${monthDay(p.roundTo)}）`;
    const rule = p.noticeBy === null ? `通告${when}${rounded}` : `通告は${monthDay(p.noticeBy)}まで${rounded}`;
    const earliest = p.earliest ? `、効力発生から${duration(p.earliest)}を経過するまでは不可` : '';
    return `${term}；${rule}${earliest}`;
  },
};

/** The words that mark an answer given for events not in the file (`--assume`). */
export const assumed = {
  event: (p: { type: EventType; day: Day; party: string | null; notYetOn: Day | null }) => {
    const later = p.notYetOn === null ? '' : `；${day(p.notYetOn)}より後のため、まだ知られていない`;
    return `${day(p.day)}付の${p.party === null ? '' : `${p.party}の`}${eventType[p.type]}（記録にない${later}）`;
  },
  line: (event: string) => `仮定：${event}`,
  annotationTitle: '仮定',
};
