import { type Day, formatDay, isInRange } from '../calendar/day.js';
import { addMonthsAndDays, type Duration, parseDuration } from '../calendar/duration.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Deadline } from '../engine/deadline.js';
import type { Messages } from './messages/index.js';

/** The reminders a calendar gets unless `--remind` says otherwise. */
export const DEFAULT_REMINDERS = ['P30D', 'P7D'] as const;

export interface CalendarOptions {
  /** X-WR-CALNAME, e.g. "GSOMIA deadlines" */
  readonly name: string;
  /** the first day of the window: the deadlines are as known on this day */
  readonly from: Day;
  /** how long before each deadline to remind; [] for no alarms */
  readonly reminders: readonly Duration[];
  /** the words of summaries, descriptions and alarms */
  readonly messages: Messages;
}

/**
 * Deadlines as an RFC 5545 calendar: one all-day VEVENT per deadline, with alarms.
 * The same deadlines and options give byte-identical text, so importing the file again
 * updates the events instead of duplicating them.
 * GSOMIA 2027-08-24 → `DTSTART;VALUE=DATE:20270824`, `DTEND;VALUE=DATE:20270825`,
 * `SUMMARY:GSOMIA: last day to give notice (term 11)`, `TRIGGER:-P30D`, `TRIGGER:-P7D`.
 */
const EMPTY_CALENDAR_COMPONENT = [
  'BEGIN:VTIMEZONE',
  'TZID:UTC',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0000',
  'TZNAME:UTC',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function deadlinesIcs(
  deadlines: readonly Deadline[],
  agreements: ReadonlyMap<string, CompiledAgreement>,
  options: CalendarOptions,
): string {
  // DTSTAMP is the window's first day at midnight UTC, not the clock: the deadlines are
  // "as known on --from", so a later run stamps later (clients see an update) while the
  // same command line always gives the same bytes.
  const stamp = `${compactDay(options.from)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//gsomia//treaty deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  const { calendar } = options.messages;
  // RFC 5545 wants one or more components: a window with no deadlines gets the UTC time
  // zone, which puts nothing on anyone's calendar (a placeholder event would).
  if (deadlines.length === 0) lines.push(...EMPTY_CALENDAR_COMPONENT);
  for (const deadline of deadlines) {
    const compiled = agreements.get(deadline.agreement);
    const summary = calendar.summary(deadline);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidOf(deadline)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDay(deadline.date)}`,
      // DTEND is exclusive; with no DTEND an all-day event lasts its one day anyway.
      ...(isInRange(deadline.date + 1) ? [`DTEND;VALUE=DATE:${compactDay(deadline.date + 1)}`] : []),
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(descriptionOf(deadline, compiled, options.messages))}`,
      `CATEGORIES:${escapeText(deadline.kind)}`,
      'TRANSP:TRANSPARENT',
    );
    for (const reminder of options.reminders) {
      // A relative TRIGGER has no months or years (RFC 5545 dur-value): P1M becomes this
      // event's own day count by the month clamp, 31 days before 2027-08-24.
      const days = deadline.date - addMonthsAndDays(deadline.date, -reminder.months, -reminder.days);
      const alarm = escapeText(calendar.reminder({ before: reminder, summary }));
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-P${days}D`, `DESCRIPTION:${alarm}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** 2027-08-24 → "20270824" */
function compactDay(day: Day): string {
  return formatDay(day).replaceAll('-', '');
}

/** gsomia-notice-deadline-20270824@gsomia; the party keeps UIDs apart in multilateral files. */
function uidOf(deadline: Deadline): string {
  const party = deadline.party === null ? '' : `-${encodeURIComponent(deadline.party)}`;
  return `${deadline.agreement}-${deadline.kind}-${compactDay(deadline.date)}${party}@gsomia`;
}

/** The deadline in words, then the rule behind it: the clause when the file quotes one. */
function descriptionOf(deadline: Deadline, compiled: CompiledAgreement | undefined, messages: Messages): string {
  const { calendar } = messages;
  const when =
    deadline.endsAt === null || !compiled
      ? ''
      : ` ${calendar.endsAt({ day: deadline.date, zone: compiled.timeZone, endsAt: deadline.endsAt })}`;
  const closed = deadline.nonWorking === null ? '' : ` ${calendar.nonWorking({ day: deadline.date, ...deadline.nonWorking })}`;
  const sentence = `${calendar.event(deadline)}${when}${closed}`;
  if (!compiled) return sentence;
  const { definition } = compiled;
  const rule = definition.clause ?? messages.calendar.rule({ notice: compiled.notice, effect: compiled.effect });
  return `${sentence}\n\n${definition.title} (${compiled.id})\n\n${rule}`;
}

/**
 * RFC 5545 TEXT: backslash, semicolon, comma and newline escaped. Other control
 * characters are not allowed in TEXT at all, so they become spaces.
 * escapeText('a, b; c\\d') → 'a\\, b\\; c\\\\d'
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ');
}

const MAX_OCTETS = 75;

/**
 * Folds a content line into physical lines of at most 75 octets (RFC 5545 §3.1), the
 * continuation lines starting with a space. It breaks between code points, never
 * inside a UTF-8 sequence, so each physical line is valid UTF-8 on its own.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      // the leading space of a continuation line counts towards its 75 octets
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/**
 * `--remind P30D,P7D,P1D` → the reminder durations; `none` → []; undefined → the
 * default 30 and 7 days. A bad piece is named: `invalid --remind duration "P3X": …`.
 */
export function remindersOption(text: string | undefined): Duration[] {
  if (text === undefined) return DEFAULT_REMINDERS.map((piece) => parseDuration(piece));
  if (text.trim() === 'none') return [];
  const pieces = [...new Set(text.split(',').map((piece) => piece.trim()))];
  return pieces.map((piece) => parseDuration(piece, '--remind duration'));
}
