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
  const saved = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}
