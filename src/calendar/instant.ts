import { dayFromCivil, daysInMonth } from './day.js';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Why `text` is not an instant that means the same moment on every machine, or null when
 * it is one: a date and a time with `Z` or an offset, every field in range.
 * instantProblem("2020-08-24T20:00:00Z") → null; instantProblem("2020-08-24T20:00:00") →
 * "…no Z or offset…" (a local time would be read in the machine's zone);
 * instantProblem("2026-02-30T12:00:00Z") → "…no day 30 in February 2026" (Date would
 * roll it over to 2 March).
 */
export function instantProblem(text: string): string | null {
  const match = INSTANT.exec(text);
  if (match === null) {
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)
      ? 'it has no Z or offset, so it would be read in the machine’s time zone'
      : 'expected an ISO instant with Z or an offset, such as 2020-08-24T20:00:00Z';
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const zone = match[8] as string;
  if (year < 1) return 'years start at 0001';
  if (month < 1 || month > 12) return `there is no month ${match[2]}`;
  if (day < 1 || day > daysInMonth(year, month)) return `there is no day ${match[3]} in ${MONTHS[month - 1]} ${match[1]}`;
  if (hour > 23 || minute > 59 || second > 59)
    return `there is no time ${match[4]}:${match[5]}${match[6] === undefined ? '' : `:${match[6]}`} in a day`;
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59)) return `there is no offset ${zone}`;
  return null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The instant of a text instantProblem accepts, in milliseconds since 1970 (UTC):
 * parseInstant("2020-08-24T20:00:00+09:00") → Date.UTC(2020, 7, 24, 11).
 */
export function parseInstant(text: string): number {
  const match = INSTANT.exec(text) as RegExpExecArray;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fraction = match[7] === undefined ? 0 : Number(`${match[7].slice(1)}00`.slice(0, 3)); // milliseconds, digits beyond dropped
  const zone = match[8] as string;
  const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const midnight = dayFromCivil(year, month, day) * 86_400_000;
  return midnight + ((hour * 60 + minute - offset) * 60 + second) * 1000 + fraction;
}
