import { dateProblem, formatDay, isInRange, parseDay } from './day.js';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The parts of a text with the instant's shape: the date text, the time, the offset in minutes east of UTC. */
function partsOf(match: RegExpExecArray) {
  const [, date, hour, minute, second, fraction, zone] = match;
  if (date === undefined || hour === undefined || minute === undefined || zone === undefined)
    throw new Error(`not an instant: ${match[0]}`); // the pattern makes these present
  const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  // milliseconds: digits beyond the third are dropped
  const milliseconds = fraction === undefined ? 0 : Number(`${fraction.slice(1)}00`.slice(0, 3));
  return { date, hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), milliseconds, zone, offset };
}

/**
 * Why `text` is not an instant that means the same moment on every machine, or null when
 * it is one: a calendar date (day.ts's rules) and a time with `Z` or an offset.
 * instantProblem("2020-08-24T20:00:00Z") → null; instantProblem("2020-08-24T20:00:00") →
 * "…no Z or offset…" (a local time would be read in the machine's zone);
 * instantProblem("2026-02-30T12:00:00Z") → "February 2026 has 28 days" (Date would roll
 * it over to 2 March).
 */
export function instantProblem(text: string): string | null {
  const match = INSTANT.exec(text);
  if (match === null) {
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)
      ? 'it has no Z or offset, so it would be read in the machine’s time zone'
      : 'expected an ISO instant with Z or an offset, such as 2020-08-24T20:00:00Z';
  }
  const { date, hour, minute, second, zone } = partsOf(match);
  const problem = dateProblem(date);
  if (problem !== null) return problem;
  if (hour > 23 || minute > 59 || second > 59) return `there is no time ${text.slice(11, text.length - zone.length)} in a day`;
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59)) return `there is no offset ${zone}`;
  return null;
}

/**
 * The instant of a text instantProblem accepts, in milliseconds since 1970 (UTC):
 * parseInstant("2020-08-24T20:00:00+09:00") → Date.UTC(2020, 7, 24, 11).
 */
export function parseInstant(text: string): number {
  const { date, hour, minute, second, milliseconds, offset } = partsOf(INSTANT.exec(text) as RegExpExecArray);
  return parseDay(date) * 86_400_000 + ((hour * 60 + minute - offset) * 60 + second) * 1000 + milliseconds;
}

/**
 * An instant as ISO 8601 in UTC to the second, or null when its day is outside the
 * calendar: formatInstant(Date.UTC(2020, 7, 24, 15)) → "2020-08-24T15:00:00Z".
 */
export function formatInstant(instant: number): string | null {
  const day = Math.floor(instant / 86_400_000);
  if (!isInRange(day)) return null;
  const seconds = Math.floor((instant - day * 86_400_000) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDay(day)}T${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}Z`;
}
