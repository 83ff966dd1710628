import { formatDay, isInRange, LAST_DAY, type Day } from '../../calendar/day.js';
import { durationParts, type Duration } from '../../calendar/duration.js';
import type { Deadline } from '../../engine/deadlines.js';

// The English message table: every word the renderers print. Each entry is a string or a
// function of typed values (the shape of an ICU MessageFormat catalogue): a language is
// another table with the same keys (type Messages, ./messages.ts), never another renderer.

/** 2020-08-24 → "2020-08-24"; a computed day past 9999-12-31 is said plainly, never as NaN. */
const day = (value: Day): string => (isInRange(value) ? formatDay(value) : value > LAST_DAY ? 'beyond 9999-12-31' : 'before 0001-01-01');

/** 1 → "1 day", 3 → "3 days" */
const days = (count: number): string => `${count} ${count === 1 ? 'day' : 'days'}`;

const UNITS = { years: ['year', 'years'], months: ['month', 'months'], weeks: ['week', 'weeks'], days: ['day', 'days'] } as const;

/** P1Y6M → "1 year 6 months"; P90D → "90 days" */
const duration = (value: Duration): string =>
  Object.entries(durationParts(value))
    .filter(([, count]) => count !== 0)
    .map(([unit, count]) => `${count} ${UNITS[unit as keyof typeof UNITS][count === 1 ? 0 : 1]}`)
    .join(' ');

/** 0 → "today", 1 → "tomorrow", 269 → "in 269 days", -1 → "yesterday", -3 → "3 days ago" */
const relativeDays = (count: number): string =>
  count === 0 ? 'today' : count === 1 ? 'tomorrow' : count === -1 ? 'yesterday' : count > 0 ? `in ${count} days` : `${-count} days ago`;

/** The deadline as one clause, lower case, no full stop: the text, JSON and CSV description. */
function deadlineDescription(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'notice-deadline': {
      const { then, boundary, name } = deadline;
      const consequence =
        then === 'renew'
          ? `stops the ${day(boundary)} renewal`
          : then === 'expire'
            ? `ends ${name} when it expires on ${day(boundary)}`
            : `ends ${name} with its initial term on ${day(boundary)}`;
      return `last day to give notice that ${consequence} (term ${deadline.term} ends ${day(boundary - 1)})`;
    }
    case 'renewal':
      return `${deadline.name} renews: term ${deadline.term} begins`;
    case 'expiry':
      return `${deadline.name} expires: first day out of force`;
    case 'effective': {
      const outcome = deadline.ends === 'participation' ? `${deadline.party} is no longer a party` : `${deadline.name} is no longer in force`;
      return `${deadline.party}'s notice of ${day(deadline.received)} takes effect: ${outcome}`;
    }
    case 'earliest-notice':
      return `first day ${deadline.party ?? 'a party'} may give notice of ${deadline.effect === 'after-notice' ? 'withdrawal' : 'termination'}`;
  }
}

/** What a calendar shows in its grid: "GSOMIA: last day to give notice (term 11)". */
function calendarSummary(deadline: Deadline): string {
  const { name, term } = deadline;
  switch (deadline.kind) {
    case 'notice-deadline':
      return `${name}: last day to give notice${term === null ? '' : ` (term ${term})`}`;
    case 'renewal':
      return `${name} renews${term === null ? '' : ` (term ${term} begins)`}`;
    case 'expiry':
      return `${name} expires (first day out of force)`;
    case 'effective':
      return `${name}: ${deadline.party === null ? 'a' : `${deadline.party}'s`} notice takes effect`;
    case 'earliest-notice':
      return `${name}: first day ${deadline.party ?? 'a party'} may give notice`;
  }
}

export const en = {
  day,
  days,
  duration,
  relativeDays,
  deadlines: {
    heading: (p: { from: Day; until: Day }) => `Deadlines from ${day(p.from)} through ${day(p.until)}`,
    none: 'none',
    kind: {
      'notice-deadline': 'notice deadline',
      renewal: 'renewal',
      expiry: 'expiry',
      effective: 'notice takes effect',
      'earliest-notice': 'notice possible from',
    } satisfies Record<Deadline['kind'], string>,
    description: deadlineDescription,
  },
  calendar: {
    /** X-WR-CALNAME of one agreement's calendar, and of a whole catalogue's */
    name: (p: { name: string }) => `${p.name} deadlines`,
    allName: 'Treaty deadlines',
    summary: calendarSummary,
    /** the event's first paragraph: the deadline as a sentence */
    event: (deadline: Deadline) => {
      const text = deadlineDescription(deadline);
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    },
    /** the rule behind a deadline, when the file quotes no clause */
    rule: (p: { notice: Duration; effect: 'end-of-term' | 'after-notice' }) =>
      `Notice period ${duration(p.notice)}, ${p.effect === 'end-of-term' ? 'before the end of a term' : 'after which withdrawal takes effect'}.`,
    reminder: (p: { before: Duration; summary: string }) => `In ${duration(p.before)}: ${p.summary}`,
  },
};
