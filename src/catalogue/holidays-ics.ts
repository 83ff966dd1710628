import ICAL from 'ical.js';
import { civilFromDay, type Day, dayFromCivil } from '../calendar/day.js';
import type { Holidays } from '../calendar/working-days.js';
import { GsomiaError } from '../errors.js';

type Time = InstanceType<typeof ICAL.Time>;
type Event = InstanceType<typeof ICAL.Event>;

/** A rule that recurs more often than this within the years asked about is refused, not expanded for ever. */
const MAX_OCCURRENCES = 10_000;

const dayOf = (time: Time): Day => dayFromCivil(time.year, time.month, time.day);

/** A yearly (or other) rule's event: its first day, how many days each occurrence lasts, its name. */
interface Recurring {
  readonly event: Event;
  readonly length: number;
  readonly name: string | null;
  readonly label: string;
}

/**
 * The all-day events of an iCalendar file as days off: each VEVENT whose DTSTART is a
 * date, over every day from DTSTART up to its exclusive DTEND (one day without one), and
 * with an RRULE every occurrence (EXDATEs left out), expanded a year at a time when a day
 * of that year is first asked about. Timed events are not days off and are skipped.
 * icsHolidays('BEGIN:VCALENDAR…DTSTART;VALUE=DATE:20190815…SUMMARY:Liberation Day…', 'kr.ics')
 *   .get(2019-08-15) → "Liberation Day"
 */
export function icsHolidays(text: string, path: string): Holidays {
  const invalid = (why: string) => new GsomiaError('INVALID_HOLIDAYS', `invalid holidays file ${path}: ${why}`, 2, { path, detail: why });
  let calendar: InstanceType<typeof ICAL.Component>;
  try {
    calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw invalid(`not a valid iCalendar file (${reason.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 80)})`);
  }
  if (calendar.name !== 'vcalendar') throw invalid('not an iCalendar file: it does not begin with BEGIN:VCALENDAR');
  const fixed = new Map<Day, string | null>();
  const recurring: Recurring[] = [];
  calendar.getAllSubcomponents('vevent').forEach((vevent, index) => {
    const event = new ICAL.Event(vevent);
    const label = `VEVENT ${index + 1}${event.summary ? ` (${event.summary})` : ''}`;
    if (!vevent.hasProperty('dtstart')) throw invalid(`${label} has no DTSTART`);
    const start = event.startDate;
    if (!start.isDate) return;
    const end = vevent.hasProperty('dtend') ? dayOf(event.endDate) : dayOf(start) + 1;
    const length = Math.max(1, end - dayOf(start));
    const name = event.summary || null;
    if (event.isRecurring()) recurring.push({ event, length, name, label });
    else for (let day = dayOf(start); day < dayOf(start) + length; day += 1) add(fixed, day, name);
  });
  if (recurring.length === 0) return fixed;
  return yearByYear(fixed, recurring, invalid);
}

function add(days: Map<Day, string | null>, day: Day, name: string | null) {
  if (!days.has(day) || days.get(day) === null) days.set(day, name);
}

/** The fixed days, and each rule's occurrences expanded for a year when a day of it is first asked about. */
function yearByYear(fixed: Map<Day, string | null>, recurring: readonly Recurring[], invalid: (why: string) => GsomiaError): Holidays {
  const days = new Map(fixed);
  const expanded = new Set<number>();
  const expand = (day: Day) => {
    const { year } = civilFromDay(day);
    if (expanded.has(year)) return;
    expanded.add(year);
    const first = dayFromCivil(year, 1, 1);
    const last = dayFromCivil(year, 12, 31);
    for (const rule of recurring) {
      const occurrences = rule.event.iterator();
      for (let count = 0; ; count += 1) {
        if (count > MAX_OCCURRENCES) throw invalid(`${rule.label} recurs more than ${MAX_OCCURRENCES} times before ${year + 1}`);
        const next = occurrences.next();
        if (!next) break;
        const start = dayOf(next);
        if (start > last) break;
        for (let off = Math.max(start, first); off < start + rule.length && off <= last; off += 1) add(days, off, rule.name);
      }
    }
  };
  return {
    has: (day) => {
      expand(day);
      return days.has(day);
    },
    get: (day) => {
      expand(day);
      return days.get(day);
    },
  };
}
