import { type Day, dateProblem, parseDay } from '../calendar/day.js';
import { allHolidays, type Holidays } from '../calendar/working-days.js';
import { GsomiaError, quoted } from '../errors.js';
import { readTextFile } from './json-file.js';

// `--holidays FILE`: loaded only when the option is given (a dynamic import from the CLI),
// and the iCalendar reader, with ical.js, only for an iCalendar file.

/**
 * The days off of one or more files, as one set. A file whose content begins with
 * BEGIN:VCALENDAR, or whose name ends in .ics, is iCalendar; any other is a list of dates.
 * await readHolidays(['jp.txt']) → has(2019-08-12) true, get(2019-08-12) → "Mountain Day (observed)"
 */
export async function readHolidays(paths: readonly string[]): Promise<Holidays> {
  const sets: Holidays[] = [];
  for (const path of paths) {
    const text = stripBom(readTextFile(path, 'a holidays file'));
    if (/\.ics$/i.test(path) || /^\s*BEGIN:VCALENDAR/i.test(text)) {
      sets.push((await import('./holidays-ics.js')).icsHolidays(text, path));
    } else {
      sets.push(listedHolidays(text, path));
    }
  }
  return allHolidays(sets);
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

const LINE = /^(\S+)(?:\s+(.*))?$/;

/**
 * A list of days off: one `YYYY-MM-DD` a line, optionally followed by the holiday's name;
 * blank lines and lines starting with `#` are skipped. A bad line is an error naming the
 * file and the line: listedHolidays('2019-02-30\n', 'h.txt') throws
 * `invalid holidays file h.txt: line 1: "2019-02-30" is not a date: February 2019 has 28 days`.
 */
export function listedHolidays(text: string, path: string): Holidays {
  const days = new Map<Day, string | null>();
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [, date = '', name] = LINE.exec(line) ?? [];
    const problem = dateProblem(date);
    if (problem !== null) {
      throw new GsomiaError(
        'INVALID_HOLIDAYS',
        `invalid holidays file ${path}: line ${index + 1}: ${quoted(date)} is not a date: ${problem}`,
        2,
        { path, line: String(index + 1), value: quoted(date) },
      );
    }
    const day = parseDay(date);
    if (!days.has(day) || days.get(day) === null) days.set(day, name?.trim() || null);
  });
  return days;
}
