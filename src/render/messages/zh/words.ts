import { zhCN as locale } from 'date-fns/locale/zh-CN';
import type { Day } from '../../../calendar/day.js';
import type { MonthDay } from '../../../calendar/month-day.js';
import type { NonWorkingDay } from '../../../calendar/working-days.js';
import { localDay, utcClock } from '../local-days.js';
import { durationWords, spanWords } from '../unit-counts.js';

// The words every part of the Chinese (simplified) table uses: days (date-fns, its zh-CN
// locale), counts, durations, distances.

const OUTSIDE = { after: '9999年12月31日之后', before: '0001年1月1日之前' };

/** 18498 → "2020年8月24日" */
export const day = localDay(locale, 'y年M月d日', OUTSIDE);

/** 18498 → "2020年8月24日（星期一）" */
export const dayWithWeekday = localDay(locale, 'y年M月d日（EEEE）', OUTSIDE);

/** 1 → "1天", 90 → "90天" */
export const days = (count: number): string => `${count}天`;

const UNITS = { years: '年', months: '个月', weeks: '周', days: '天' } as const;

/** P1Y6M → "1年6个月"; P90D → "90天"; P0D → "0天" */
export const duration = durationWords(UNITS, '');

/** 0 → "今天", 1 → "明天", 269 → "269天后", -1 → "昨天", -3 → "3天前" */
export const relativeDays = (count: number): string =>
  count === 0 ? '今天' : count === 1 ? '明天' : count === -1 ? '昨天' : count > 0 ? `${count}天后` : `${-count}天前`;

/** { months: 36 } → "3年"; { months: 18 } → "1年6个月"; { days: 90 } → "90天" */
export const span = spanWords(UNITS, '');

/** "Asia/Tokyo时间24:00前（UTC 15:00）"; UTC 为另一天时加上日期 */
export const untilMidnight = (p: { day: Day; zone: string; endsAt: number }): string => {
  const { utcDay, time } = utcClock(p.endsAt);
  return `${p.zone}时间24:00前（UTC ${utcDay === p.day ? '' : `${day(utcDay)} `}${time}）`;
};

const WEEKDAY_NAMES = { saturday: '星期六', sunday: '星期日' } as const;

/** "星期六，此前最后一个工作日为2019年8月23日（星期五）"; 节假日有名称时一并写出 */
export const nonWorking = (p: NonWorkingDay): string => {
  const what = p.reason === 'holiday' ? `节假日${p.holiday === null ? '' : `（${p.holiday}）`}` : WEEKDAY_NAMES[p.reason];
  return `${what}，此前最后一个工作日为${dayWithWeekday(p.lastWorkingDay)}`;
};

/** { month: 12, day: 31 } → "12月31日" */
export const monthDay = (value: MonthDay): string => `${value.month}月${value.day}日`;
