import { type Day, dayFromCivil } from '../calendar/day.js';

/**
 * The calendar date at instant `now` in a known-valid IANA zone, read through the process
 * time zone: `new Intl.DateTimeFormat` costs 10–20 ms on first use (ICU loads its zone and
 * locale data), a quarter of gsomia's whole start-up, while switching `TZ` for one read
 * costs about 0.1 ms. Node applies a change of process.env.TZ at once. It changes process
 * state, so only the process shell (main.ts) uses it, handing it to the program as
 * `ProgramIO.dayIn`; the program itself, run by tests, reads zones through Intl.
 * An unknown zone would silently read as UTC here, so zones are checked before they get
 * this far: the schema checks definition files, `--tz` is checked by zoneFor, built-ins at
 * build time. tests/cli/clock.test.ts checks it against Intl.DateTimeFormat.
 * dayInProcessZone(2020-08-24T20:00Z, "Asia/Tokyo") → 2020-08-25
 */
export function dayInProcessZone(now: Date, timeZone: string): Day {
  return inProcessZone(timeZone, () => dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

/**
 * `read` run with the process time zone set to `timeZone`. The zone is left set: a scan
 * reads thousands of offsets, mostly in one zone, and each switch makes libc load the zone
 * again (about 0.1 ms, a third of a 10,000-file scan when every read switched there and
 * back). The shell puts the machine's zone back once, when the answer is written
 * (restoreProcessZone); nothing else reads local time.
 */
function inProcessZone<T>(timeZone: string, read: () => T): T {
  if (current !== timeZone) {
    if (saved === null) saved = { zone: process.env.TZ };
    process.env.TZ = timeZone;
    current = timeZone;
  }
  return read();
}

/** The process zone before the first switch; null while none was made. */
let saved: { readonly zone: string | undefined } | null = null;
/**
 * The zone the last switch set, kept here because reading `process.env.TZ` asks the C
 * environment each time: once per deadline, it was 1% of a 10,000-file scan.
 */
let current: string | null = null;

/** Puts back the process time zone that was set before the first read switched it. */
export function restoreProcessZone(): void {
  if (saved === null) return;
  if (saved.zone === undefined) delete process.env.TZ;
  else process.env.TZ = saved.zone;
  saved = null;
  current = null;
}

/**
 * A zone's offset at an instant (ms east of UTC), read through the process time zone
 * like dayInProcessZone and for the same reason: `status` asks it for every deadline's
 * end, and an Intl formatter would cost 10–20 ms of start-up.
 * offsetInProcessZone(Date.UTC(2020, 7, 24), "Asia/Tokyo") → 32,400,000
 */
export function offsetInProcessZone(instant: number, timeZone: string): number {
  return inProcessZone(timeZone, () => {
    const at = new Date(instant);
    const wallDay = dayFromCivil(at.getFullYear(), at.getMonth() + 1, at.getDate());
    return wallDay * 86_400_000 + ((at.getHours() * 60 + at.getMinutes()) * 60 + at.getSeconds()) * 1000 + at.getMilliseconds() - instant;
  });
}
