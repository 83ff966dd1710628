import type { Day } from '../../../calendar/day.js';
import type { Duration } from '../../../calendar/duration.js';
import type { NonWorkingDay } from '../../../calendar/working-days.js';
import type { Deadline } from '../../../engine/deadline.js';
import { day, dayWithWeekday, duration, nonWorking, relativeDays, untilMidnight } from './words.js';

/** The deadline as one clause, no full stop: the text description. */
function deadlineDescription(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'notice-deadline': {
      const { then, boundary, name } = deadline;
      const consequence =
        then === 'renew'
          ? `${day(boundary)} 자동 연장을 막는`
          : then === 'expire'
            ? `${day(boundary)} 기간 만료로 ${name}을(를) 종료시키는`
            : `${day(boundary)} 최초 유효 기간 만료와 함께 ${name}을(를) 종료시키는`;
      return `${consequence} 통보의 마지막 날 (제${deadline.term}기는 ${day(boundary - 1)}에 만료)`;
    }
    case 'renewal':
      return `${deadline.name} 자동 연장: 제${deadline.term}기 시작`;
    case 'expiry':
      return `${deadline.name} 기간 만료: 효력을 잃는 첫날`;
    case 'effective': {
      const outcome =
        deadline.ends === 'participation' ? `${deadline.party}은(는) 당사국이 아니게 된다` : `${deadline.name}은(는) 효력을 잃는다`;
      return `${day(deadline.received)} ${deadline.party}의 통보가 효력을 발생한다: ${outcome}`;
    }
    case 'earliest-notice': {
      const notice = deadline.effect === 'after-notice' ? '탈퇴' : '종료';
      return `${deadline.party ?? '당사국'}이(가) ${notice} 통보를 할 수 있는 첫날`;
    }
    case 'window-opens':
      return `제${deadline.window}차 통보 가능 기간 시작: ${day(deadline.lastDay)}까지 통보할 수 있다`;
    case 'window-closes':
      return `제${deadline.window}차 통보 가능 기간에 통보할 수 있는 마지막 날 (${day(deadline.opens)}부터)`;
    case 'survival-ends':
      return `${deadline.party ?? '당사국'}에 대해 ${deadline.what}이(가) 끝난다 (${day(deadline.outOn)}부터 비당사국): ${day(deadline.lastDay)}까지 적용되었다`;
  }
}

/** What a calendar shows in its grid: "GSOMIA: 통보 마지막 날 (제11기)". */
function calendarSummary(deadline: Deadline): string {
  const { name, term } = deadline;
  switch (deadline.kind) {
    case 'notice-deadline':
      return `${name}: 통보 마지막 날${term === null ? '' : ` (제${term}기)`}`;
    case 'renewal':
      return `${name} 자동 연장${term === null ? '' : ` (제${term}기 시작)`}`;
    case 'expiry':
      return `${name} 기간 만료 (효력을 잃는 첫날)`;
    case 'effective':
      return `${name}: ${deadline.party === null ? '' : `${deadline.party}의 `}통보 효력 발생`;
    case 'earliest-notice':
      return `${name}: ${deadline.party ?? '당사국'}이(가) 통보할 수 있는 첫날`;
    case 'window-opens':
      return `${name}: 제${deadline.window}차 통보 가능 기간 시작`;
    case 'window-closes':
      return `${name}: 제${deadline.window}차 통보 가능 기간에 통보할 수 있는 마지막 날`;
    case 'survival-ends':
      return `${name}: ${deadline.party === null ? '' : `${deadline.party}의 `}존속하는 의무 종료`;
  }
}

export const deadlines = {
  heading: (p: { from: Day; until: Day }) => `${day(p.from)}부터 ${day(p.until)}까지의 기한`,
  none: '없음',
  kind: {
    'notice-deadline': '통보 기한',
    renewal: '자동 연장',
    expiry: '기간 만료',
    effective: '통보 효력 발생',
    'earliest-notice': '통보 가능 시작일',
    'window-opens': '통보 가능 기간 시작',
    'window-closes': '통보 가능 기간 종료',
    'survival-ends': '존속하는 의무 종료',
  } satisfies Record<Deadline['kind'], string>,
  description: deadlineDescription,
  annotation: {
    title: (deadline: Deadline) => `${deadline.name} ${deadlines.kind[deadline.kind]}`,
    message: (deadline: Deadline) => `${day(deadline.date)} (${relativeDays(deadline.daysUntil)}): ${deadlineDescription(deadline)}`,
  },
  nonWorking: (p: NonWorkingDay) => `; ${nonWorking(p)}`,
};

export const calendar = {
  name: (p: { name: string }) => `${p.name} 기한`,
  allName: '조약 기한',
  summary: calendarSummary,
  event: (deadline: Deadline) => `${deadlineDescription(deadline)}.`,
  rule: (p: { notice: Duration; effect: 'end-of-term' | 'after-notice' }) => {
    const when = p.effect === 'end-of-term' ? '기간 만료 전까지' : '경과 후 탈퇴가 효력을 발생';
    return `통보 기간 ${duration(p.notice)} (${when}).`;
  },
  reminder: (p: { before: Duration; summary: string }) => `${duration(p.before)} 후: ${p.summary}`,
  endsAt: (p: { day: Day; zone: string; endsAt: number }) => `${untilMidnight(p)} 접수된 통보는 기한 내.`,
  nonWorking: (p: NonWorkingDay & { day: Day }) => `${dayWithWeekday(p.day)}은(는) ${nonWorking(p)}.`,
};
