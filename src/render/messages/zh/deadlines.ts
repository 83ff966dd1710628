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
          ? `阻止${day(boundary)}自动延长`
          : then === 'expire'
            ? `使${name}于${day(boundary)}期满时终止`
            : `使${name}随初始期限于${day(boundary)}届满而终止`;
      return `发出${consequence}的通知的最后一天（第${deadline.term}期于${day(boundary - 1)}届满）`;
    }
    case 'renewal':
      return `${deadline.name}自动延长：第${deadline.term}期开始`;
    case 'expiry':
      return `${deadline.name}期满：失效首日`;
    case 'effective': {
      const outcome = deadline.ends === 'participation' ? `${deadline.party}不再是缔约方` : `${deadline.name}失效`;
      return `${deadline.party}于${day(deadline.received)}发出的通知生效：${outcome}`;
    }
    case 'earliest-notice': {
      const notice = deadline.effect === 'after-notice' ? '退出' : '终止';
      return `${deadline.party ?? '缔约方'}可发出${notice}通知的第一天`;
    }
    case 'window-opens':
      return `第${deadline.window}个通知窗口期开始：截至${day(deadline.lastDay)}均可发出通知`;
    case 'window-closes':
      return `在第${deadline.window}个通知窗口期内发出通知的最后一天（自${day(deadline.opens)}起开放）`;
    case 'survival-ends':
      return `${deadline.what}对${deadline.party ?? '缔约方'}终止（自${day(deadline.outOn)}起退出）：适用至${day(deadline.lastDay)}`;
  }
}

/** What a calendar shows in its grid: "GSOMIA：发出通知的最后一天（第11期）". */
function calendarSummary(deadline: Deadline): string {
  const { name, term } = deadline;
  switch (deadline.kind) {
    case 'notice-deadline':
      return `${name}：发出通知的最后一天${term === null ? '' : `（第${term}期）`}`;
    case 'renewal':
      return `${name}自动延长${term === null ? '' : `（第${term}期开始）`}`;
    case 'expiry':
      return `${name}期满（失效首日）`;
    case 'effective':
      return `${name}：${deadline.party === null ? '' : deadline.party}通知生效`;
    case 'earliest-notice':
      return `${name}：${deadline.party ?? '缔约方'}可发出通知的第一天`;
    case 'window-opens':
      return `${name}：第${deadline.window}个通知窗口期开始`;
    case 'window-closes':
      return `${name}：第${deadline.window}个通知窗口期内发出通知的最后一天`;
    case 'survival-ends':
      return `${name}：${deadline.party === null ? '' : `${deadline.party}的`}存续义务结束`;
  }
}

export const deadlines = {
  heading: (p: { from: Day; until: Day }) => `${day(p.from)}至${day(p.until)}的期限`,
  none: '无',
  kind: {
    'notice-deadline': '通知期限',
    renewal: '自动延长',
    expiry: '期满',
    effective: '通知生效',
    'earliest-notice': '可发出通知之日',
    'window-opens': '通知窗口期开始',
    'window-closes': '通知窗口期结束',
    'survival-ends': '存续义务结束',
  } satisfies Record<Deadline['kind'], string>,
  description: deadlineDescription,
  annotation: {
    title: (deadline: Deadline) => `${deadline.name} ${deadlines.kind[deadline.kind]}`,
    message: (deadline: Deadline) => `${day(deadline.date)}（${relativeDays(deadline.daysUntil)}）：${deadlineDescription(deadline)}`,
  },
  nonWorking: (p: NonWorkingDay) => `；${nonWorking(p)}`,
};

export const calendar = {
  name: (p: { name: string }) => `${p.name}期限`,
  allName: '条约期限',
  summary: calendarSummary,
  event: (deadline: Deadline) => `${deadlineDescription(deadline)}。`,
  rule: (p: { notice: Duration; effect: 'end-of-term' | 'after-notice' }) => {
    const when = p.effect === 'end-of-term' ? '须在期满前' : '期满后退出生效';
    return `通知期${duration(p.notice)}（${when}）。`;
  },
  reminder: (p: { before: Duration; summary: string }) => `${duration(p.before)}后：${p.summary}`,
  endsAt: (p: { day: Day; zone: string; endsAt: number }) => `于${untilMidnight(p)}收到的通知均在期限内。`,
  nonWorking: (p: NonWorkingDay & { day: Day }) => `${dayWithWeekday(p.day)}为${nonWorking(p)}。`,
};
