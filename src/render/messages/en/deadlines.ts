import type { Day } from '../../../calendar/day.js';
import type { Duration } from '../../../calendar/duration.js';
import type { NonWorkingDay } from '../../../calendar/working-days.js';
import type { Deadline } from '../../../engine/deadline.js';
import { day, dayWithWeekday, duration, nonWorking, relativeDays, untilMidnight } from './words.js';

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
      const outcome =
        deadline.ends === 'participation' ? `${deadline.party} is no longer a party` : `${deadline.name} is no longer in force`;
      return `${deadline.party}'s notice of ${day(deadline.received)} takes effect: ${outcome}`;
    }
    case 'earliest-notice': {
      const notice = deadline.effect === 'after-notice' ? 'withdrawal' : 'termination';
      return `first day ${deadline.party ?? 'a party'} may give notice of ${notice}`;
    }
    case 'window-opens':
      return `window ${deadline.window} for notice opens: notice may be given through ${day(deadline.lastDay)}`;
    case 'window-closes':
      return `last day to give notice in window ${deadline.window} (open since ${day(deadline.opens)})`;
    case 'survival-ends':
      return `${deadline.what} ends for ${deadline.party ?? 'a party'} (out from ${day(deadline.outOn)}): it applied through ${day(deadline.lastDay)}`;
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
    case 'window-opens':
      return `${name}: window ${deadline.window} for notice opens`;
    case 'window-closes':
      return `${name}: last day to give notice in window ${deadline.window}`;
    case 'survival-ends':
      return `${name}: ${deadline.party === null ? 'surviving' : `${deadline.party}'s surviving`} obligations end`;
  }
}

export const deadlines = {
  heading: (p: { from: Day; until: Day }) => `Deadlines from ${day(p.from)} through ${day(p.until)}`,
  none: 'none',
  kind: {
    'notice-deadline': 'notice deadline',
    renewal: 'renewal',
    expiry: 'expiry',
    effective: 'notice takes effect',
    'earliest-notice': 'notice possible from',
    'window-opens': 'window opens',
    'window-closes': 'window closes',
    'survival-ends': 'survival ends',
  } satisfies Record<Deadline['kind'], string>,
  description: deadlineDescription,
  /** `--format github`: one annotation a deadline, "GSOMIA notice deadline" over "2020-08-24 (today): last day …" */
  annotation: {
    title: (deadline: Deadline) => `${deadline.name} ${deadlines.kind[deadline.kind]}`,
    message: (deadline: Deadline) => `${day(deadline.date)} (${relativeDays(deadline.daysUntil)}): ${deadlineDescription(deadline)}`,
  },
  /** after the description of a deadline on a weekend or holiday */
  nonWorking: (p: NonWorkingDay) => `; ${nonWorking(p)}`,
};

export const calendar = {
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
  rule: (p: { notice: Duration; effect: 'end-of-term' | 'after-notice' }) => {
    const when = p.effect === 'end-of-term' ? 'before the end of a term' : 'after which withdrawal takes effect';
    return `Notice period ${duration(p.notice)}, ${when}.`;
  },
  reminder: (p: { before: Duration; summary: string }) => `In ${duration(p.before)}: ${p.summary}`,
  /** after the event's sentence: a notice deadline's last moment */
  endsAt: (p: { day: Day; zone: string; endsAt: number }) => `Notice is in time ${untilMidnight(p)}.`,
  /** after it, for a deadline on a weekend or holiday */
  nonWorking: (p: NonWorkingDay & { day: Day }) => `${dayWithWeekday(p.day)} is ${nonWorking(p)}.`,
};
