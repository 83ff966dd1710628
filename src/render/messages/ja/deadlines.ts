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
          ? `${day(boundary)}の自動延長を止める`
          : then === 'expire'
            ? `${day(boundary)}の期間満了をもって${name}を終了させる`
            : `${day(boundary)}の当初の有効期間の満了とともに${name}を終了させる`;
      return `${consequence}通告の最終日（第${deadline.term}期は${day(boundary - 1)}に満了）`;
    }
    case 'renewal':
      return `${deadline.name}の自動延長：第${deadline.term}期が始まる`;
    case 'expiry':
      return `${deadline.name}の期間満了：効力を失う最初の日`;
    case 'effective': {
      const outcome = deadline.ends === 'participation' ? `${deadline.party}は締約国でなくなる` : `${deadline.name}は効力を失う`;
      return `${day(deadline.received)}付の${deadline.party}の通告が効力を生ずる：${outcome}`;
    }
    case 'earliest-notice': {
      const notice = deadline.effect === 'after-notice' ? '脱退' : '終了';
      return `${deadline.party ?? '締約国'}が${notice}の通告をすることができる最初の日`;
    }
    case 'window-opens':
      return `第${deadline.window}回の通告可能期間が始まる：${day(deadline.lastDay)}まで通告できる`;
    case 'window-closes':
      return `第${deadline.window}回の通告可能期間に通告できる最終日（${day(deadline.opens)}から）`;
    case 'survival-ends':
      return `${deadline.party ?? '締約国'}について${deadline.what}が終わる（${day(deadline.outOn)}から非締約国）：適用は${day(deadline.lastDay)}まで`;
  }
}

/** What a calendar shows in its grid: "GSOMIA：通告の最終日（第11期）". */
function calendarSummary(deadline: Deadline): string {
  const { name, term } = deadline;
  switch (deadline.kind) {
    case 'notice-deadline':
      return `${name}：通告の最終日${term === null ? '' : `（第${term}期）`}`;
    case 'renewal':
      return `${name}の自動延長${term === null ? '' : `（第${term}期の開始）`}`;
    case 'expiry':
      return `${name}の期間満了（効力を失う最初の日）`;
    case 'effective':
      return `${name}：${deadline.party === null ? '' : `${deadline.party}の`}通告が効力を生ずる`;
    case 'earliest-notice':
      return `${name}：${deadline.party ?? '締約国'}が通告できる最初の日`;
    case 'window-opens':
      return `${name}：第${deadline.window}回の通告可能期間の開始`;
    case 'window-closes':
      return `${name}：第${deadline.window}回の通告可能期間に通告できる最終日`;
    case 'survival-ends':
      return `${name}：${deadline.party === null ? '' : `${deadline.party}の`}存続する義務の終了`;
  }
}

export const deadlines = {
  heading: (p: { from: Day; until: Day }) => `${day(p.from)}から${day(p.until)}までの期限`,
  none: 'なし',
  kind: {
    'notice-deadline': '通告期限',
    renewal: '自動延長',
    expiry: '期間満了',
    effective: '通告の効力発生',
    'earliest-notice': '通告が可能になる日',
    'window-opens': '通告可能期間の開始',
    'window-closes': '通告可能期間の終了',
    'survival-ends': '存続する義務の終了',
  } satisfies Record<Deadline['kind'], string>,
  description: deadlineDescription,
  annotation: {
    title: (deadline: Deadline) => `${deadline.name} ${deadlines.kind[deadline.kind]}`,
    message: (deadline: Deadline) => `${day(deadline.date)}（${relativeDays(deadline.daysUntil)}）：${deadlineDescription(deadline)}`,
  },
  nonWorking: (p: NonWorkingDay) => `；${nonWorking(p)}`,
};

export const calendar = {
  name: (p: { name: string }) => `${p.name}の期限`,
  allName: '条約の期限',
  summary: calendarSummary,
  event: (deadline: Deadline) => `${deadlineDescription(deadline)}。`,
  rule: (p: { notice: Duration; effect: 'end-of-term' | 'after-notice' }) => {
    const when = p.effect === 'end-of-term' ? '期間満了の前まで' : 'その経過後に脱退が効力を生ずる';
    return `通告期間は${duration(p.notice)}（${when}）。`;
  },
  reminder: (p: { before: Duration; summary: string }) => `あと${duration(p.before)}：${p.summary}`,
  endsAt: (p: { day: Day; zone: string; endsAt: number }) => `${untilMidnight(p)}に受領された通告は期限内。`,
  nonWorking: (p: NonWorkingDay & { day: Day }) => `${dayWithWeekday(p.day)}は${nonWorking(p)}。`,
};
