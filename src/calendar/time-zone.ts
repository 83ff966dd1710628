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
