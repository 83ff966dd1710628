import { formatInstant } from '../calendar/instant.js';
import type { Deadline } from '../engine/deadline.js';
import { showDay } from './dates.js';
import { neutral } from './messages/index.js';

/**
 * The columns, in order: SPEC §4's deadline fields first, then party and term, then (added
 * at the end, so that columns read by position keep theirs) the weekday, a notice
 * deadline's end as a UTC instant, and why it is not a working day with the one before it.
 */
const HEADER = [
  'date',
  'agreement',
  'kind',
  'days_until',
  'description',
  'party',
  'term',
  'weekday',
  'ends_at',
  'non_working',
  'holiday',
  'last_working_day',
] as const;

/**
 * Deadlines as RFC 4180 CSV with CRLF line ends and a header row; party and term are
 * empty when they do not apply. CSV is the same in every language: its words are English.
 * GSOMIA from 2026-11-28 → `2027-08-24,gsomia,notice-deadline,269,last day to give notice
 * that stops the 2027-11-23 renewal (term 11 ends 2027-11-22),,11,tuesday,2027-08-24T15:00:00Z,,,`
 */
export function deadlinesCsv(deadlines: readonly Deadline[]): string {
  const rows = deadlines.map((d) => {
    const term = d.term === null ? '' : String(d.term);
    const text = [d.agreement, neutral.deadlines.description(d), d.party ?? ''].map(inertText);
    const ends = d.endsAt === null ? '' : (formatInstant(d.endsAt) ?? '');
    const closed =
      d.nonWorking === null
        ? ['', '', '']
        : [d.nonWorking.reason, inertText(d.nonWorking.holiday ?? ''), showDay(d.nonWorking.lastWorkingDay)];
    return [showDay(d.date), text[0], d.kind, String(d.daysUntil), text[1], text[2], term, d.weekday, ends, ...closed] as string[];
  });
  return [HEADER, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * A text cell a spreadsheet will not run as a formula: one that would start with = + - @
 * (or a tab or carriage return, which some programs skip before one) gets a leading
 * apostrophe, the usual defence; the words come from definition files, which anyone
 * can write. inertText("=HYPERLINK(…)") → "'=HYPERLINK(…)"; inertText("KR") → "KR".
 */
export function inertText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** 'say "no", then' → '"say ""no"", then"'; a field without , " CR or LF stays bare. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
