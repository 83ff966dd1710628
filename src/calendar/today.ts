import { GsomiaError } from '../errors.js';
import { dayFromCivil, type Day } from './day.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hourCycle: 'h23',
      });
    } catch {
      throw new GsomiaError('INVALID_TIME_ZONE', `invalid time zone ${JSON.stringify(timeZone)}: expected an IANA zone such as Asia/Tokyo or UTC`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

let canonicalZones: ReadonlySet<string> | undefined;

/**
 * True when the runtime knows the IANA zone name. The canonical names come in one call
 * (about 1 ms for all of them); only other spellings (UTC, aliases such as US/Pacific)
 * pay for building a formatter, a few milliseconds each.
 */
export function isTimeZone(timeZone: string): boolean {
  // The list has canonical names only: UTC, the usual spelling, is added by hand.
  canonicalZones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  if (canonicalZones.has(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date at instant `now` in `timeZone`: the only place the clock meets the
 * calendar. todayIn(2020-08-24T20:00Z, "Asia/Tokyo") → 2020-08-25
 */
export function todayIn(now: Date, timeZone: string): Day {
  const parts = formatterFor(timeZone).formatToParts(now);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return dayFromCivil(value('year'), value('month'), value('day'));
}
