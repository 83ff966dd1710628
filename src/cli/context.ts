import { type Day, dayFromCivil, formatDay, LAST_DAY, parseDay } from '../calendar/day.js';
import { addDuration, parseDuration } from '../calendar/duration.js';
import { instantProblem, parseInstant } from '../calendar/instant.js';
import { canonicalZone, isTimeZone, type OffsetReader } from '../calendar/time-zone.js';
import { type Holidays, NO_HOLIDAYS } from '../calendar/working-days.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import { type DeadlineCalendar, WEEKENDS_ONLY } from '../engine/deadline-day.js';
import { GsomiaError, quoted } from '../errors.js';
import { colorLevel, type Paint, paint } from './color.js';

/** What the shell gives the program: streams, the clock and the environment. */
export interface ProgramIO {
  /** `columns`: the terminal's width when stdout is one (timeline uses it) */
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number | undefined };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly now: () => Date;
  /**
   * The calendar date at an instant in a (checked) IANA zone. The bin passes a faster
   * reading through the process time zone (process-clock.ts); absent, Intl reads it.
   */
  readonly dayIn?: (instant: Date, timeZone: string) => Day;
  /** A zone's offset at an instant, for the end of a deadline day; the bin's too reads the process zone. Absent, Intl. */
  readonly offsetIn?: OffsetReader;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Options every command accepts (commander's globals). */
export interface GlobalOptions {
  agreement?: string;
  data?: string;
  tz?: string;
  /** `--reading`: another reading of the record (reading-option.ts) */
  reading?: string;
  color?: boolean;
  /** `--lang`: checked by languageOf (language.ts) */
  lang?: string;
}

/** The instant "now": GSOMIA_NOW pins it (an ISO instant with Z or an offset) for reproducible runs. */
export function currentInstant(io: ProgramIO): Date {
  const pinned = io.env.GSOMIA_NOW;
  if (pinned === undefined || pinned === '') return io.now();
  // Only an instant with Z or an offset means one moment on every machine; Date would read
  // a local time in the machine's zone and roll 2026-02-30 over to 2 March.
  const problem = instantProblem(pinned);
  if (problem !== null) throw new GsomiaError('INVALID_NOW', `invalid GSOMIA_NOW ${quoted(pinned)}: ${problem}`);
  return new Date(parseInstant(pinned));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date at an instant in an IANA zone, through Intl: what the program uses when
 * its shell gives it no `dayIn`.
 * dayInZone(2020-08-24T20:00Z, 'Asia/Tokyo') → 2020-08-25
 */
export function dayInZone(instant: Date, timeZone: string): Day {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return dayFromCivil(part('year'), part('month'), part('day'));
}

/**
 * Today in `zone`, from the shell's clock (or GSOMIA_NOW) and its reading of zones.
 * today(io with GSOMIA_NOW=2020-08-24T20:00:00Z, 'Asia/Tokyo') → 2020-08-25
 */
export function today(io: ProgramIO, zone: string): Day {
  return (io.dayIn ?? dayInZone)(currentInstant(io), zone);
}

/** `--on 2020-08-24`, or today in the zone (`--tz`, else the agreement's). */
export function dayOption(value: string | undefined, option: string, io: ProgramIO, zone: string): Day {
  return value === undefined ? today(io, zone) : parseDay(value, `${option} date`);
}

/** `--tz`, checked (an unknown zone is an error, never UTC by accident), else the agreement's. */
export function zoneFor(globals: GlobalOptions, compiled: CompiledAgreement | null): string {
  if (globals.tz !== undefined && !isTimeZone(globals.tz)) {
    throw new GsomiaError(
      'INVALID_TIME_ZONE',
      `invalid --tz time zone ${quoted(globals.tz)}: expected an IANA zone such as Asia/Tokyo or UTC`,
      2,
      { value: quoted(globals.tz) },
    );
  }
  return globals.tz === undefined ? (compiled?.timeZone ?? 'UTC') : canonicalZone(globals.tz);
}

/** The end of a deadlines window: `--until DATE`, `--within DURATION`, or one year. */
export function windowEnd(from: Day, until: string | undefined, within: string | undefined): Day {
  if (until !== undefined && within !== undefined) {
    throw new GsomiaError('CONFLICTING_OPTIONS', 'give --until or --within, not both', 2, { a: '--until', b: '--within' });
  }
  const end =
    until !== undefined ? parseDay(until, '--until date') : addDuration(from, parseDuration(within ?? 'P1Y', '--within duration'));
  if (end < from)
    throw new GsomiaError('EMPTY_WINDOW', `--until ${until} is before the start of the window, ${formatDay(from)}`, 2, {
      from: formatDay(from),
      until: String(until),
    });
  // The calendar stops at 9999-12-31: a window from late 9999 ends there, not past it.
  return Math.min(end, LAST_DAY);
}

/**
 * `--holidays FILE…`: the days off they list, read only when the option is given (the
 * reader, and ical.js for an iCalendar file, load then and not at start-up).
 */
export async function holidaysOption(paths: readonly string[]): Promise<Holidays> {
  if (paths.length === 0) return NO_HOLIDAYS;
  return (await import('../catalogue/holidays-file.js')).readHolidays(paths);
}

/** Each `--holidays FILE` in turn: the option is repeatable. */
export const collectHolidays = (value: string, previous: string[]): string[] => [...previous, value];

export const HOLIDAYS_HELP = 'days off beyond Saturday and Sunday: an iCalendar file or one YYYY-MM-DD a line (repeatable)';

/** Holidays and the shell's reading of zone offsets: what deadline days are judged against. */
export function deadlineCalendar(io: ProgramIO, holidays: Holidays = NO_HOLIDAYS): DeadlineCalendar {
  return { holidays, offsetAt: io.offsetIn ?? WEEKENDS_ONLY.offsetAt };
}

export function paintFor(stream: ProgramIO['stdout'], globals: GlobalOptions, io: ProgramIO): Paint {
  return paint(colorLevel({ flag: globals.color, env: io.env, isTTY: stream.isTTY === true }));
}
