import type { Day } from '../../../calendar/day.js';
import type { EventType } from '../../../engine/planned-event.js';
import { eventType } from './timeline.js';
import { day } from './words.js';

/** The words that mark an answer given for events not in the file (`--assume`). */
export const assumed = {
  /**
   * "KR's notice of 2020-08-24 (not in the record)"; `notYetOn`: the day answered
   * for, when the event comes after it and so is not known yet (as a file's later event would not be)
   */
  event: (p: { type: EventType; day: Day; party: string | null; notYetOn: Day | null }) => {
    const later = p.notYetOn === null ? '' : `; after ${day(p.notYetOn)}, so not yet known`;
    return `${p.party === null ? '' : `${p.party}'s `}${eventType[p.type]} of ${day(p.day)} (not in the record${later})`;
  },
  /** the event above, as a line of text output */
  line: (event: string) => `Assumed: ${event}`,
  /** the title of the GitHub annotation that says what was assumed */
  annotationTitle: 'Assumed',
};
