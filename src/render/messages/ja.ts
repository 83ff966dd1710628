import { calendar, deadlines } from './ja/deadlines.js';
import { errors } from './ja/errors.js';
import { explain } from './ja/explain.js';
import { readings } from './ja/readings.js';
import { assumed, history, list, status } from './ja/status.js';
import { eventLetter, eventType, timeline, timelineSvg } from './ja/timeline.js';
import { day, days, dayWithWeekday, duration, nonWorking, relativeDays, span, untilMidnight } from './ja/words.js';
import type { Messages } from './messages.js';

// The Japanese message table (`--lang ja`): the same keys as English (./en.ts), in the
// usual Japanese treaty terms (通告, 終了, 自動延長). A lazy chunk of the bin:
// it loads, with date-fns's ja locale, only when asked for. Not reviewed by a native
// speaker: every phrase is here and in ./ja/, the one place to correct it.

export const ja = {
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

export const jaErrors = errors;
