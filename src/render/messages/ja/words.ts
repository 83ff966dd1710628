import { ja as locale } from 'date-fns/locale/ja';
import type { Day } from '../../../calendar/day.js';
import type { MonthDay } from '../../../calendar/month-day.js';
import type { NonWorkingDay } from '../../../calendar/working-days.js';
import { localDay, utcClock } from '../local-days.js';
import { durationWords, spanWords } from '../unit-counts.js';

// The words every part of the Japanese table uses: days (date-fns, its ja locale), counts,
// durations, distances. Numbers stay in Arabic digits, as in news reports of the agreement.

const OUTSIDE = { after: '9999年12月31日より後', before: '0001年1月1日より前' };

/** 18498 → "2020年8月24日" */
export const day = localDay(locale, 'y年M月d日', OUTSIDE);

/** 18498 → "2020年8月24日（月）" */
export const dayWithWeekday = localDay(locale, 'y年M月d日（E）', OUTSIDE);

/** 1 → "1日", 90 → "90日" */
export const days = (count: number): string => `${count}日`;

const UNITS = { years: '年', months: 'か月', weeks: '週間', days: '日' } as const;

/** P1Y6M → "1年6か月"; P90D → "90日"; P0D → "0日" */
export const duration = durationWords(UNITS, '');

/** 0 → "今日", 1 → "明日", 269 → "269日後", -1 → "昨日", -3 → "3日前" */
export const relativeDays = (count: number): string =>
  count === 0 ? '今日' : count === 1 ? '明日' : count === -1 ? '昨日' : count > 0 ? `${count}日後` : `${-count}日前`;

/** { months: 36 } → "3年"; { months: 18 } → "1年6か月"; { days: 90 } → "90日" */
export const span = spanWords(UNITS, '');

/** "Asia/Tokyo時間の24:00まで（UTC 15:00）"; UTC で別の日になるときはその日付も */
export const untilMidnight = (p: { day: Day; zone: string; endsAt: number }): string => {
  const { utcDay, time } = utcClock(p.endsAt);
  return `${p.zone}時間の24:00まで（UTC ${utcDay === p.day ? '' : `${day(utcDay)} `}${time}）`;
};

const WEEKDAY_NAMES = {
  monday: '月曜日',
  tuesday: '火曜日',
  wednesday: '水曜日',
  thursday: '木曜日',
  friday: '金曜日',
  saturday: '土曜日',
  sunday: '日曜日',
} as const;

/** "土曜日で、その前の最後の執務日は2019年8月23日（金）"; 休日は名前があれば添えて */
export const nonWorking = (p: NonWorkingDay): string => {
  const what = p.reason === 'holiday' ? `休日${p.holiday === null ? '' : `（${p.holiday}）`}` : WEEKDAY_NAMES[p.reason];
  return `${what}で、その前の最後の執務日は${dayWithWeekday(p.lastWorkingDay)}`;
};

/** { month: 12, day: 31 } → "12月31日" */
export const monthDay = (value: MonthDay): string => `${value.month}月${value.day}日`;
