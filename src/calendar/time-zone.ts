import { type Day, dayFromCivil } from './day.js';

let canonicalZones: ReadonlySet<string> | undefined;

/** The runtime's canonical zone names; the list has no UTC, the usual spelling, so it is added. */
function knownZones(): ReadonlySet<string> {
  canonicalZones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  return canonicalZones;
}

/**
 * True when the runtime knows the IANA zone name: isTimeZone("Asia/Tokyo") → true,
 * isTimeZone("Mars/Base") → false. The canonical names come in one call (about 1 ms for
 * all of them); only other spellings (aliases such as US/Pacific) pay for building a
 * formatter, a few milliseconds each.
 */
export function isTimeZone(timeZone: string): boolean {
  if (knownZones().has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The runtime's own spelling of a zone name that isTimeZone accepts, so that every
 * spelling Intl accepts gives the same answers: canonicalZone("asia/seoul") → "Asia/Seoul",
 * canonicalZone("Japan") → "Asia/Tokyo", canonicalZone("US/Eastern") → "America/New_York".
 * Why: "today" is taken in the zone by name (the bin's clock, cli/clock.ts), and a name
 * the runtime matches only through Intl's case-insensitive lookup (asia/seoul) was read
 * there as UTC, which flips a deadline-day answer. The name must be a zone isTimeZone
 * accepts.
 */
export function canonicalZone(timeZone: string): string {
  if (knownZones().has(timeZone)) return timeZone;
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
}

/** A zone's offset from UTC at an instant, in milliseconds east (Asia/Tokyo → 9 × 3,600,000). */
export type OffsetReader = (instant: number, timeZone: string) => number;

const DAY_MS = 86_400_000;
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The offset through Intl: offsetInZone(Date.UTC(2020, 7, 24), 'Asia/Tokyo') → 32,400,000.
 * Building the formatter costs 10–20 ms on first use; the bin reads offsets through the
 * process time zone instead (cli/process-clock.ts).
 */
export function offsetInZone(instant: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (format === undefined) {
    const numeric = 'numeric';
    const fields = { year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric, second: numeric } as const;
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...fields });
    offsetFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wall =
    dayFromCivil(part('year'), part('month'), part('day')) * DAY_MS + ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000;
  // Intl shows whole seconds: compare with the instant's whole second.
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant a day ends in a zone, 24:00 there (the next day's first instant), in
 * milliseconds since 1970 UTC. The offset is the zone's at that instant, so summer time
 * counts: dayEndsAt(2020-08-24, 'Asia/Tokyo') → 2020-08-24T15:00:00Z;
 * dayEndsAt(2020-07-15, 'Europe/Berlin') → 22:00Z, dayEndsAt(2020-01-15, 'Europe/Berlin') → 23:00Z.
 * Where the clocks skip midnight (a change at 24:00), the day ends at the change.
 */
export function dayEndsAt(day: Day, timeZone: string, offsetAt: OffsetReader = offsetInZone): number {
  const midnight = (day + 1) * DAY_MS; // the wall-clock reading 24:00, as if it were UTC
  // UTC, the zone a definition has unless it names one, has no offsets to read.
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return midnight;
  // A zone changes its offset at most once within a day or so: the offsets a day either
  // side and at midnight hold the one in force at midnight. On most days the three agree,
  // and the day ends at midnight less that offset; else the end is the first candidate
  // whose wall clock has reached midnight.
  const before = offsetAt(midnight - DAY_MS, timeZone);
  const at = offsetAt(midnight, timeZone);
  const after = offsetAt(midnight + DAY_MS, timeZone);
  if (before === at && at === after) return midnight - at;
  const candidates = [...new Set([before, at, after])].map((offset) => midnight - offset).sort((a, b) => a - b);
  return candidates.find((instant) => instant + offsetAt(instant, timeZone) >= midnight) ?? (candidates.at(-1) as number);
}
