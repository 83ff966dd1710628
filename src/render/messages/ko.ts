import { calendar, deadlines } from './ko/deadlines.js';
import { errors } from './ko/errors.js';
import { explain } from './ko/explain.js';
import { readings } from './ko/readings.js';
import { assumed, history, list, status } from './ko/status.js';
import { eventLetter, eventType, timeline, timelineSvg } from './ko/timeline.js';
import { day, days, dayWithWeekday, duration, nonWorking, relativeDays, span, untilMidnight } from './ko/words.js';
import type { Messages } from './messages.js';

// The Korean message table (`--lang ko`): the same keys as English (./en.ts), in the
// usual Korean terms for the agreement (통보, 종료, 자동 연장). A lazy chunk of the bin:
// it loads, with date-fns's ko locale, only when asked for. Not reviewed by a native
// speaker: every phrase is here and in ./ko/, the one place to correct it.

export const ko = {
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

export const koErrors = errors;
