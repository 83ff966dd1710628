let canonicalZones: ReadonlySet<string> | undefined;

/**
 * True when the runtime knows the IANA zone name: isTimeZone("Asia/Tokyo") → true,
 * isTimeZone("Mars/Base") → false. The canonical names come in one call (about 1 ms for
 * all of them); only other spellings (aliases such as US/Pacific) pay for building a
 * formatter, a few milliseconds each.
 */
export function isTimeZone(timeZone: string): boolean {
  // The list has canonical names only: UTC, the usual spelling, is added by hand.
  canonicalZones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  if (canonicalZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
