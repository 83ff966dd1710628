import type { Day } from '../../../calendar/day.js';
import type { Duration } from '../../../calendar/duration.js';
import type { MonthDay } from '../../../calendar/month-day.js';
import type { NonWorkingDay } from '../../../calendar/working-days.js';
import type { EventType } from '../../../engine/planned-event.js';
import type { EndReason } from '../../../engine/situation.js';
import { eventType } from './timeline.js';
import { day, days, dayWithWeekday, duration, monthDay, nonWorking, relativeDays, untilMidnight } from './words.js';

/** "2020년 11월 23일 (91일 후)": a day and how far it is from the day asked about. */
const dayAway = (p: { day: Day; from: Day }) => `${day(p.day)} (${relativeDays(p.day - p.from)})`;

const endReason: Record<EndReason, string> = { notice: '통보', termination: '합의에 의한 종료', expiry: '기간 만료' };

/** Why it is out of force, after the day it went out. */
const endedBy: Record<EndReason, string> = { expiry: '기간 만료', termination: '합의에 의한 종료', notice: '통보에 의한 종료' };

/** "; 다음 기한 2021년 8월 24일 (화) (365일 후)", or nothing */
const nextDeadline = (p: { next: Day | null; on: Day }) =>
  p.next === null ? '' : `; 다음 기한 ${dayWithWeekday(p.next)} (${relativeDays(p.next - p.on)})`;

const forParty = (party: string | null) => (party ? ` (${party} 기준)` : '');

/** The words of `status`: a heading, labelled lines, what a notice would do. */
export const status = {
  heading: (p: { name: string; party: string | null; on: Day }) => `${p.name}${forParty(p.party)}, ${day(p.on)} 현재`,
  todayIn: (p: { zone: string }) => ` (${p.zone} 기준 오늘)`,
  survives: (p: { what: string; until: Day }) => `${p.what}: ${day(p.until)}까지`,
  label: {
    inForce: '효력',
    survives: '존속',
    ends: '종료',
    expires: '기간 만료',
    nextRenewal: '다음 자동 연장',
    notice: '통보',
    ifGiven: '통보할 경우',
    pending: '계류 중인 통보',
    workingDay: '근무일',
  },
  endsOnNotice: (p: { on: Day; from: Day; party: string | null; received: Day | null }) =>
    `${dayAway({ day: p.on, from: p.from })}${p.party === null || p.received === null ? '' : `: ${day(p.received)} ${p.party}의 통보에 따름`}`,
  noticeNotNeeded: '필요 없음: 이미 통보로 종료된다',
  expiresAnyway: (p: { on: Day }) => `필요 없음: 어차피 ${day(p.on)}에 기간이 만료된다`,
  dayAway,
  notYetInForce: (p: { start: Day }) => `아직 아님: ${day(p.start)}에 발효`,
  outOfForce: (p: { endedOn: Day | null; reason: EndReason | null }) => {
    const ended = p.endedOn === null ? '' : `: ${day(p.endedOn)}부터 효력 상실`;
    return `없음${ended}${p.reason === null ? '' : ` (${endedBy[p.reason]})`}`;
  },
  yes: '유효',
  inTerm: (p: { number: number; start: Day; end: Day }) => `, 제${p.number}기 (${day(p.start)} ~ ${day(p.end)})`,
  indefinitely: ', 무기한',
  notApplicable: '해당 없음',
  noticeNotYet: (p: { earliestOn: Day; on: Day; blocked: string | null }) =>
    `아직 불가: ${dayAway({ day: p.earliestOn, from: p.on })}부터 통보 가능${p.blocked === null ? '' : `; ${p.blocked}`}`,
  cannotStop: (p: { renews: boolean; next: Day | null; on: Day }) =>
    `${p.renews ? '다음 자동 연장은 막을 수 없다' : '이번 기간을 종료시키는 통보는 불가능하다'}${nextDeadline(p)}`,
  beforeEntryIntoForce: (p: { cannotStop: string; next: Day | null; on: Day }) =>
    `${p.cannotStop}: 통보 기한이 발효 전에 해당한다${nextDeadline(p)}`,
  anyTime: '언제든지 가능',
  /** windows for notice (`termination.windows`): possible today only because one is open */
  inWindow: (p: { lastDay: Day; on: Day }) =>
    `이번 통보 가능 기간에 가능, ${dayWithWeekday(p.lastDay)} (${relativeDays(p.lastDay - p.on)})까지`,
  /** outside every window: the next one's first day */
  outsideWindows: (p: { opens: Day; on: Day }) =>
    `지금은 불가: 통보 가능 기간 밖. 다음 통보 가능 기간은 ${dayAway({ day: p.opens, from: p.on })}부터`,
  deadlinePassed: '가능 (이번 기간의 기한은 지났다. 통보의 효력 발생일 참조)',
  possible: '가능',
  possibleUntil: (p: { possible: string; until: string }) => `${p.possible}: ${p.until}`,
  lastDayToday: (p: { deadline: Day; ends: string }) => `마지막 날인 오늘 ${dayWithWeekday(p.deadline)}, ${p.ends}`,
  until: (p: { deadline: Day; daysLeft: number; ends: string }) => `${dayWithWeekday(p.deadline)} (${relativeDays(p.daysLeft)}) ${p.ends}`,
  untilMidnight,
  deadlineNonWorking: (p: NonWorkingDay) => `기한은 ${nonWorking(p)}`,
  tooLate: (p: { renews: boolean }) => (p.renews ? '다음 자동 연장을 막기에는 늦었다' : '이번 기간에는 늦었다'),
  deadlineWas: (p: { tooLate: string; deadline: Day; daysLeft: number; next: Day | null; on: Day }) =>
    `${p.tooLate}: 기한(${dayWithWeekday(p.deadline)}, ${relativeDays(p.daysLeft)})이 지났다${nextDeadline(p)}`,
  ifGiven: (p: { ends: 'agreement' | 'participation'; party: string | null; effectiveOn: Day; on: Day }) => {
    const out =
      p.ends === 'agreement'
        ? `${dayAway({ day: p.effectiveOn, from: p.on })}부터 효력 상실`
        : `${p.party ?? '통보한 당사국'}은(는) ${dayAway({ day: p.effectiveOn, from: p.on })}부터 당사국이 아니게 된다`;
    return `${out} (${day(p.on)}에 접수된 통보의 경우)`;
  },
  noticeOf: (p: { party: string; received: Day }) => `${day(p.received)} ${p.party}의 통보`,
  pendingNotice: (p: { notice: string; effectiveOn: Day; on: Day }) =>
    `${p.notice}는 ${dayAway({ day: p.effectiveOn, from: p.on })}에 효력이 발생한다`,
  suspendedNotice: (p: { notice: string; remaining: number }) =>
    `${p.notice}는 ${days(p.remaining)}을 남기고 정지 중: V일에 재개되면 V + ${days(p.remaining)}에 효력이 발생한다`,
};

/** The words of `history`: the table of terms, phases, participation and events. */
export const history = {
  heading: (p: { name: string; party: string | null; until: Day }) => `${p.name}${forParty(p.party)}: ${day(p.until)}까지의 경과`,
  termsHeader: { term: '기', start: '시작', end: '종료', noticeBy: '통보 기한', outcome: '결과' },
  noDeadline: '—',
  outcome: { renewed: '자동 연장', continued: '만료 후 존속', current: '현재 기간', terminated: '종료', expired: '기간 만료' },
  indefinite: (p: { start: Day; end: Day | null }) => `${day(p.start)}부터 무기한 효력${p.end === null ? '' : ` (${day(p.end)}까지)`}`,
  participation: '당사국 참여',
  stint: (p: { from: Day; until: Day | null }) =>
    `${day(p.from)} … ${p.until === null ? '현재' : `${day(p.until - 1)} (${day(p.until)}부터 비당사국)`}`,
  outOfForce: (p: { endedOn: Day; reason: EndReason | null }) =>
    `${day(p.endedOn)}부터 효력 상실 (${p.reason === null ? '' : endReason[p.reason]})`,
  events: '사건',
  eventType,
  noticeState: { pending: '효력 발생 대기', suspended: '정지 중', retracted: '철회', effective: '효력 발생' },
  /** a notice's dispatch, when the file gives it: receipt is what counts */
  sent: (p: { sent: Day; received: Day }) => `${day(p.sent)} 발송, ${day(p.received)} 접수 (접수일 기준)`,
  /** the first day out a notice asked for itself (its effectiveOn), and whether it was honoured */
  requested: (p: { requested: Day; requestHonoured: boolean | null; effectiveOn: Day | null }) => {
    if (p.requestHonoured === null) return `${day(p.requested)} 지정`;
    if (p.requestHonoured) return `${day(p.requested)} 지정 (인정됨: 규정의 날 이후)`;
    const rule = p.effectiveOn === null ? '' : ` ${day(p.effectiveOn)}`;
    return `${day(p.requested)} 지정 (인정되지 않음: 규정의 날${rule}보다 이름)`;
  },
  /** an extension by a new last day (`until`) */
  extendedUntil: (p: { until: Day }) => `${day(p.until)}까지 연장 (새로운 효력 마지막 날)`,
};

const agreementKind = { bilateral: '양자', multilateral: '다자' };

/** The words of `list`: one agreement a line, its rule in short. */
export const list = {
  row: (p: { name: string; kind: 'bilateral' | 'multilateral'; entryIntoForce: Day; rule: string }) =>
    `${p.name} (${agreementKind[p.kind]}, ${day(p.entryIntoForce)} 발효): ${p.rule}`,
  /** "1년, 이후 1년마다 자동 연장; 기간 만료 90일 전까지 통보" */
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
        ? `${day(p.lastDay)}까지, 이후 효력 상실`
        : p.initial === null
          ? '무기한'
          : p.then === 'renew' && p.renewal
            ? `${duration(p.initial)}, 이후 ${duration(p.renewal)}마다 자동 연장`
            : p.then === 'expire'
              ? `${duration(p.initial)}, 이후 효력 상실`
              : `${duration(p.initial)}, 이후 무기한`;
    const notice = duration(p.notice);
    const when =
      p.effect === 'end-of-term'
        ? `기간 만료 ${notice} 전까지 통보`
        : p.nextDay
          ? `통보 ${notice} 후 다음 날 효력`
          : `통보 ${notice} 후 효력`;
    const rounded = p.roundTo === null ? '' : p.roundTo === 'month-start' ? ' (다음 달 1일)' : ` (다음 ${monthDay(p.roundTo)})`;
    const rule = p.noticeBy === null ? `${when}${rounded}` : `${monthDay(p.noticeBy)}까지 통보${rounded}`;
    const earliest = p.earliest ? `, 발효 후 ${duration(p.earliest)} 경과 전에는 불가` : '';
    return `${term}; ${rule}${earliest}`;
  },
};

/** The words that mark an answer given for events not in the file (`--assume`). */
export const assumed = {
  event: (p: { type: EventType; day: Day; party: string | null; notYetOn: Day | null }) => {
    const later = p.notYetOn === null ? '' : `; ${day(p.notYetOn)} 이후이므로 아직 알 수 없음`;
    return `${day(p.day)} ${p.party === null ? '' : `${p.party}의 `}${eventType[p.type]} (기록에 없음${later})`;
  },
  line: (event: string) => `가정: ${event}`,
  annotationTitle: '가정',
};
