import type { Messages } from './messages.js';
import { calendar, deadlines } from './zh/deadlines.js';
import { errors } from './zh/errors.js';
import { explain } from './zh/explain.js';
import { readings } from './zh/readings.js';
import { assumed, history, list, status } from './zh/status.js';
import { eventLetter, eventType, timeline, timelineSvg } from './zh/timeline.js';
import { day, days, dayWithWeekday, duration, nonWorking, relativeDays, span, untilMidnight } from './zh/words.js';

// The Chinese (simplified) message table (`--lang zh`): the same keys as English (./en.ts), in the
// usual Chinese terms for the agreement (通知, 终止, 自动延长). A lazy chunk of the bin:
// it loads, with date-fns's zh-CN locale, only when asked for. Not reviewed by a native
// speaker: every phrase is here and in ./zh/, the one place to correct it.

export const zh = {
  day,
  dayWithWeekday,
  untilMidnight,
  nonWorking,
  days,
  duration,
  span,
  relativeDays,
  deadlines,
  calendar,
  status,
  history,
  list,
  explain,
  eventType,
  eventLetter,
  timeline,
  timelineSvg,
  assumed,
  readings,
} satisfies Messages;

export const zhErrors = errors;
