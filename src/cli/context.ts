import { formatDay, LAST_DAY, parseDay, type Day } from '../calendar/day.js';
import { addDuration, parseDuration } from '../calendar/duration.js';
import { isTimeZone } from '../calendar/time-zone.js';
import { todayInZone } from './clock.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import { GsomiaError } from '../errors.js';
import { colorLevel, paint, type Paint } from './color.js';

/** What the shell gives the program: streams, the clock and the environment. */
export interface ProgramIO {
  /** `columns`: the terminal's width when stdout is one (timeline uses it) */
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number | undefined };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly now: () => Date;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Options every command accepts (commander's globals). */
export interface GlobalOptions {
  agreement?: string;
  data?: string;
  tz?: string;
  color?: boolean;
}

/** The instant "now": GSOMIA_NOW pins it (an ISO instant) for reproducible runs. */
export function currentInstant(io: ProgramIO): Date {
  const pinned = io.env.GSOMIA_NOW;
  if (pinned === undefined || pinned === '') return io.now();
  const instant = new Date(pinned);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(pinned) || Number.isNaN(instant.getTime())) {
    throw new GsomiaError('INVALID_NOW', `invalid GSOMIA_NOW ${JSON.stringify(pinned)}: expected an ISO instant such as 2020-08-24T20:00:00Z`);
  }
  return instant;
}

/** `--on 2020-08-24`, or today in the zone (`--tz`, else the agreement's). */
export function dayOption(value: string | undefined, option: string, io: ProgramIO, zone: string): Day {
  return value === undefined ? todayInZone(currentInstant(io), zone) : parseDay(value, `${option} date`);
}

/** `--tz`, checked (an unknown zone is an error, never UTC by accident), else the agreement's. */
export function zoneFor(globals: GlobalOptions, compiled: CompiledAgreement | null): string {
  if (globals.tz !== undefined && !isTimeZone(globals.tz)) {
    throw new GsomiaError('INVALID_TIME_ZONE', `invalid --tz time zone ${JSON.stringify(globals.tz)}: expected an IANA zone such as Asia/Tokyo or UTC`);
  }
  return globals.tz ?? compiled?.timeZone ?? 'UTC';
}

/** `--party US`: must be one of the agreement's parties. */
export function partyOption(party: string | undefined, compiled: CompiledAgreement): string | null {
  if (party === undefined) return null;
  if (!compiled.parties.includes(party)) {
    throw new GsomiaError('UNKNOWN_PARTY', `unknown party "${party}" for ${compiled.id}: its parties are ${compiled.parties.join(', ')}`);
  }
  return party;
}

/** The end of a deadlines window: `--until DATE`, `--within DURATION`, or one year. */
export function windowEnd(from: Day, until: string | undefined, within: string | undefined): Day {
  if (until !== undefined && within !== undefined) {
    throw new GsomiaError('CONFLICTING_OPTIONS', 'give --until or --within, not both');
  }
  const end = until !== undefined ? parseDay(until, '--until date') : addDuration(from, parseDuration(within ?? 'P1Y', '--within duration'));
  if (end < from) throw new GsomiaError('EMPTY_WINDOW', `--until ${until} is before the start of the window, ${formatDay(from)}`);
  // The calendar stops at 9999-12-31: a window from late 9999 ends there, not past it.
  return Math.min(end, LAST_DAY);
}

export function paintFor(stream: ProgramIO['stdout'], globals: GlobalOptions, io: ProgramIO): Paint {
  return paint(colorLevel({ flag: globals.color, env: io.env, isTTY: stream.isTTY === true }));
}
