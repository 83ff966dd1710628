import { assumed } from './en/assumed.js';
import { calendar, deadlines } from './en/deadlines.js';
import { explain } from './en/explain.js';
import { readings } from './en/readings.js';
import { history, list, status } from './en/status.js';
import { eventLetter, eventType, timeline, timelineSvg } from './en/timeline.js';
import { day, days, dayWithWeekday, duration, nonWorking, relativeDays, span, untilMidnight } from './en/words.js';

// The English message table: every word the renderers print. Each entry is a string or a
// function of typed values (the shape of an ICU MessageFormat catalogue): a language is
// another table with the same keys (type Messages, ./messages.ts), never another renderer.
// The entries live by subject in ./en/; this is the one table they make.

export const en = {
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
};
