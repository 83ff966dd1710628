import { ko as locale } from 'date-fns/locale/ko';
import type { Day } from '../../../calendar/day.js';
import type { MonthDay } from '../../../calendar/month-day.js';
import type { NonWorkingDay } from '../../../calendar/working-days.js';
import { localDay, utcClock } from '../local-days.js';
import { durationWords, spanWords } from '../unit-counts.js';

// The words every part of the Korean table uses: days (date-fns, its ko locale), counts,
// durations, distances.

const OUTSIDE = { after: '9999년 12월 31일 이후', before: '0001년 1월 1일 이전' };

/** 18498 → "2020년 8월 24일" */
export const day = localDay(locale, 'y년 M월 d일', OUTSIDE);

/** 18498 → "2020년 8월 24일 (월)" */
export const dayWithWeekday = localDay(locale, 'y년 M월 d일 (E)', OUTSIDE);

/** 1 → "1일", 90 → "90일" */
export const days = (count: number): string => `${count}일`;

const UNITS = { years: '년', months: '개월', weeks: '주', days: '일' } as const;

/** P1Y6M → "1년 6개월"; P90D → "90일"; P0D → "0일" */
export const duration = durationWords(UNITS, ' ');

/** 0 → "오늘", 1 → "내일", 269 → "269일 후", -1 → "어제", -3 → "3일 전" */
export const relativeDays = (count: number): string =>
  count === 0 ? '오늘' : count === 1 ? '내일' : count === -1 ? '어제' : count > 0 ? `${count}일 후` : `${-count}일 전`;

/** { months: 36 } → "3년"; { months: 18 } → "1년 6개월"; { days: 90 } → "90일" */
export const span = spanWords(UNITS, ' ');

/** "Asia/Tokyo 기준 24:00까지 (UTC 15:00)"; UTC로 다른 날이면 그 날짜도 */
export const untilMidnight = (p: { day: Day; zone: string; endsAt: number }): string => {
  const { utcDay, time } = utcClock(p.endsAt);
  return `${p.zone} 기준 24:00까지 (UTC ${utcDay === p.day ? '' : `${day(utcDay)} `}${time})`;
};

const WEEKDAY_NAMES = { saturday: '토요일', sunday: '일요일' } as const;

/** "토요일이며, 그 전 마지막 근무일은 2019년 8월 23일 (금)"; 공휴일은 이름이 있으면 함께 */
export const nonWorking = (p: NonWorkingDay): string => {
  const what = p.reason === 'holiday' ? `공휴일${p.holiday === null ? '' : `(${p.holiday})`}` : WEEKDAY_NAMES[p.reason];
  return `${what}이며, 그 전 마지막 근무일은 ${dayWithWeekday(p.lastWorkingDay)}`;
};

/** { month: 12, day: 31 } → "12월 31일" */
export const monthDay = (value: MonthDay): string => `${value.month}월 ${value.day}일`;
