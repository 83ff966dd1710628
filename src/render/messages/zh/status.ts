import type { Day } from '../../../calendar/day.js';
import type { Duration } from '../../../calendar/duration.js';
import type { MonthDay } from '../../../calendar/month-day.js';
import type { NonWorkingDay } from '../../../calendar/working-days.js';
import type { EventType } from '../../../engine/planned-event.js';
import type { EndReason } from '../../../engine/situation.js';
import { eventType } from './timeline.js';
import { day, days, dayWithWeekday, duration, monthDay, nonWorking, relativeDays, untilMidnight } from './words.js';

/** "2020年11月23日（91天后）": a day and how far it is from the day asked about. */
const dayAway = (p: { day: Day; from: Day }) => `${day(p.day)}（${relativeDays(p.day - p.from)}）`;

const endReason: Record<EndReason, string> = { notice: '通知', termination: '经协议终止', expiry: '期满' };

/** Why it is out of force, after the day it went out. */
const endedBy: Record<EndReason, string> = { expiry: '期满', termination: '经协议终止', notice: '经通知终止' };

/** "；下一个期限为2021年8月24日（星期二）（365天后）", or nothing */
const nextDeadline = (p: { next: Day | null; on: Day }) =>
  p.next === null ? '' : `；下一个期限为${dayWithWeekday(p.next)}（${relativeDays(p.next - p.on)}）`;

const forParty = (party: string | null) => (party ? `（就${party}而言）` : '');

/** The words of `status`: a heading, labelled lines, what a notice would do. */
export const status = {
  heading: (p: { name: string; party: string | null; on: Day }) => `${p.name}${forParty(p.party)}　截至${day(p.on)}`,
  todayIn: (p: { zone: string }) => `（${p.zone}的今天）`,
  survives: (p: { what: string; until: Day }) => `${p.what}：至${day(p.until)}`,
  label: {
    inForce: '有效',
    survives: '继续有效',
    ends: '终止',
    expires: '期满',
    nextRenewal: '下次自动延长',
    notice: '通知',
    ifGiven: '如发出通知',
    pending: '待生效通知',
    workingDay: '工作日',
  },
  endsOnNotice: (p: { on: Day; from: Day; party: string | null; received: Day | null }) =>
    `${dayAway({ day: p.on, from: p.from })}${p.party === null || p.received === null ? '' : `：依据${p.party}于${day(p.received)}发出的通知`}`,
  noticeNotNeeded: '无需：已因通知而终止',
  expiresAnyway: (p: { on: Day }) => `无需：无论如何将于${day(p.on)}期满`,
  dayAway,
  notYetInForce: (p: { start: Day }) => `尚未生效：将于${day(p.start)}生效`,
  outOfForce: (p: { endedOn: Day | null; reason: EndReason | null }) => {
    const ended = p.endedOn === null ? '' : `：自${day(p.endedOn)}起失效`;
    return `否${ended}${p.reason === null ? '' : `（${endedBy[p.reason]}）`}`;
  },
  yes: '是',
  inTerm: (p: { number: number; start: Day; end: Day }) => `，第${p.number}期（${day(p.start)}至${day(p.end)}）`,
  indefinitely: '，无限期',
  notApplicable: '不适用',
  noticeNotYet: (p: { earliestOn: Day; on: Day; blocked: string | null }) =>
    `尚不可：自${dayAway({ day: p.earliestOn, from: p.on })}起可发出通知${p.blocked === null ? '' : `；${p.blocked}`}`,
  cannotStop: (p: { renews: boolean; next: Day | null; on: Day }) =>
    `${p.renews ? '下次自动延长无法阻止' : '任何通知都无法终止本期'}${nextDeadline(p)}`,
  beforeEntryIntoForce: (p: { cannotStop: string; next: Day | null; on: Day }) => `${p.cannotStop}：其通知期限早于生效日${nextDeadline(p)}`,
  anyTime: '随时可以',
  /** windows for notice (`termination.windows`): possible today only because one is open */
  inWindow: (p: { lastDay: Day; on: Day }) => `本窗口期内可以，截至${dayWithWeekday(p.lastDay)}（${relativeDays(p.lastDay - p.on)}）`,
  /** outside every window: the next one's first day */
  outsideWindows: (p: { opens: Day; on: Day }) => `目前不可：不在通知窗口期内；下一个窗口期于${dayAway({ day: p.opens, from: p.on })}开始`,
  deadlinePassed: '可以（本期期限已过；请看通知何时生效）',
  possible: '可以',
  possibleUntil: (p: { possible: string; until: string }) => `${p.possible}：${p.until}`,
  lastDayToday: (p: { deadline: Day; ends: string }) => `今天${dayWithWeekday(p.deadline)}是最后一天，${p.ends}`,
  until: (p: { deadline: Day; daysLeft: number; ends: string }) => `${dayWithWeekday(p.deadline)}（${relativeDays(p.daysLeft)}）${p.ends}`,
  untilMidnight,
  deadlineNonWorking: (p: NonWorkingDay) => `期限为${nonWorking(p)}`,
  tooLate: (p: { renews: boolean }) => (p.renews ? '已来不及阻止下次自动延长' : '本期已来不及'),
  deadlineWas: (p: { tooLate: string; deadline: Day; daysLeft: number; next: Day | null; on: Day }) =>
    `${p.tooLate}：期限为${dayWithWeekday(p.deadline)}（${relativeDays(p.daysLeft)}）${nextDeadline(p)}`,
  ifGiven: (p: { ends: 'agreement' | 'participation'; party: string | null; effectiveOn: Day; on: Day }) => {
    const out =
      p.ends === 'agreement'
        ? `自${dayAway({ day: p.effectiveOn, from: p.on })}起失效`
        : `${p.party ?? '发出通知的缔约方'}自${dayAway({ day: p.effectiveOn, from: p.on })}起不再是缔约方`;
    return `${out}（就${day(p.on)}收到的通知而言）`;
  },
  noticeOf: (p: { party: string; received: Day }) => `${p.party}于${day(p.received)}发出的通知`,
  pendingNotice: (p: { notice: string; effectiveOn: Day; on: Day }) => `${p.notice}于${dayAway({ day: p.effectiveOn, from: p.on })}生效`,
  suspendedNotice: (p: { notice: string; remaining: number }) =>
    `${p.notice}已中止，尚余${days(p.remaining)}：如于V日恢复，则于V + ${days(p.remaining)}生效`,
};

/** The words of `history`: the table of terms, phases, participation and events. */
export const history = {
  heading: (p: { name: string; party: string | null; until: Day }) => `${p.name}${forParty(p.party)}：截至${day(p.until)}的历程`,
  termsHeader: { term: '期', start: '开始', end: '结束', noticeBy: '通知期限', outcome: '结果' },
  noDeadline: '—',
  outcome: { renewed: '自动延长', continued: '期满后继续', current: '本期', terminated: '终止', expired: '期满' },
  indefinite: (p: { start: Day; end: Day | null }) => `自${day(p.start)}起无限期有效${p.end === null ? '' : `（至${day(p.end)}）`}`,
  participation: '缔约方资格',
  stint: (p: { from: Day; until: Day | null }) =>
    `${day(p.from)} … ${p.until === null ? '至今' : `${day(p.until - 1)}（自${day(p.until)}起退出）`}`,
  outOfForce: (p: { endedOn: Day; reason: EndReason | null }) =>
    `自${day(p.endedOn)}起失效（${p.reason === null ? '' : endReason[p.reason]}）`,
  events: '事件',
  eventType,
  noticeState: { pending: '待生效', suspended: '已中止', retracted: '已撤回', effective: '已生效' },
  /** a notice's dispatch, when the file gives it: receipt is what counts */
  sent: (p: { sent: Day; received: Day }) => `${day(p.sent)}发送；${day(p.received)}收到，以收到为准`,
  /** the first day out a notice asked for itself (its effectiveOn), and whether it was honoured */
  requested: (p: { requested: Day; requestHonoured: boolean | null; effectiveOn: Day | null }) => {
    if (p.requestHonoured === null) return `请求${day(p.requested)}`;
    if (p.requestHonoured) return `请求${day(p.requested)}（予以采纳：不早于规则所定日期）`;
    const rule = p.effectiveOn === null ? '' : day(p.effectiveOn);
    return `请求${day(p.requested)}（不予采纳：早于规则所定日期${rule}）`;
  },
  /** an extension by a new last day (`until`) */
  extendedUntil: (p: { until: Day }) => `延期至${day(p.until)}，为新的有效最后一天`,
};

const agreementKind = { bilateral: '双边', multilateral: '多边' };

/** The words of `list`: one agreement a line, its rule in short. */
export const list = {
  row: (p: { name: string; kind: 'bilateral' | 'multilateral'; entryIntoForce: Day; rule: string }) =>
    `${p.name}（${agreementKind[p.kind]}，${day(p.entryIntoForce)}生效）：${p.rule}`,
  /** "1年，此后每1年自动延长；须在期满前90天通知" */
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
        ? `至${day(p.lastDay)}，此后失效`
        : p.initial === null
          ? '无限期'
          : p.then === 'renew' && p.renewal
            ? `${duration(p.initial)}，此后每${duration(p.renewal)}自动延长`
            : p.then === 'expire'
              ? `${duration(p.initial)}，此后失效`
              : `${duration(p.initial)}，此后无限期`;
    const notice = duration(p.notice);
    const when = p.effect === 'end-of-term' ? `须在期满前${notice}通知` : p.nextDay ? `通知${notice}后的次日生效` : `通知${notice}后生效`;
    const rounded = p.roundTo === null ? '' : p.roundTo === 'month-start' ? '（下月1日）' : `（下一个${monthDay(p.roundTo)}）`;
    const rule = p.noticeBy === null ? `${when}${rounded}` : `须在${monthDay(p.noticeBy)}前通知${rounded}`;
    const earliest = p.earliest ? `，生效满${duration(p.earliest)}前不得通知` : '';
    return `${term}；${rule}${earliest}`;
  },
};

/** The words that mark an answer given for events not in the file (`--assume`). */
export const assumed = {
  event: (p: { type: EventType; day: Day; party: string | null; notYetOn: Day | null }) => {
    const later = p.notYetOn === null ? '' : `；在${day(p.notYetOn)}之后，因此尚不可知`;
    return `${p.party === null ? '' : `${p.party}于`}${day(p.day)}的${eventType[p.type]}（记录中没有${later}）`;
  },
  line: (event: string) => `假设：${event}`,
  annotationTitle: '假设',
};
