import { dateProblem } from '../calendar/day.js';
import { durationProblem, isZeroDuration } from '../calendar/duration.js';
import { monthDayProblem } from '../calendar/month-day.js';

// The checks fast-accept.ts is built of: each returns the value zod would return, or
// leaves the shortcut (UNUSUAL) at the first doubt, for zod to decide and word.

/** Thrown to leave the shortcut at the first doubt. */
export const UNUSUAL = Symbol('unusual');

export function unusual(): never {
  throw UNUSUAL;
}

export type Json = Record<string, unknown>;

/**
 * A plain object whose keys are all in `allowed` (zod's strictObject), none of them
 * undefined: JSON never gives an undefined value, and zod words what to do with one. So a
 * key of the object read as undefined is absent, and no key is asked about with hasOwn.
 */
export function record(value: unknown, allowed: ReadonlySet<string>): Json {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) unusual();
  // for…in lists no inherited key here (the prototype is Object.prototype) and, unlike Object.keys, allocates no array
  for (const key in value) if (!allowed.has(key) || (value as Json)[key] === undefined) unusual();
  return value as Json;
}

export function text(value: unknown, min = 0, max = Infinity): string {
  if (typeof value !== 'string' || value.length < min || value.length > max) unusual();
  return value;
}

export function date(value: unknown): string {
  return dateProblem(text(value)) === null ? (value as string) : unusual();
}

export function duration(value: unknown): string {
  return durationProblem(text(value)) === null ? (value as string) : unusual();
}

export function oneOf<T extends string>(value: unknown, options: readonly T[]): T {
  return options.includes(value as T) ? (value as T) : unusual();
}

export function yearDay(value: unknown): string {
  return monthDayProblem(text(value)) === null ? (value as string) : unusual();
}

export function roundTo(value: unknown): string {
  return value === 'month-start' || value === 'year-start' ? value : yearDay(value);
}

export function noticePeriod(value: unknown): string {
  return isZeroDuration(text(value)) ? (value as string) : duration(value);
}

export const party = (value: unknown) => text(value, 1, 40);
export const anyText = (value: unknown) => text(value);
export const nonEmpty = (value: unknown) => text(value, 1);

// A value read from a record() is its own: record() admits only plain objects with no
// undefined value, and no key of the format is a property of Object.prototype
// (tests/model/fast-accept.test.ts checks it). Undefined means absent: an optional key
// is copied only when present, as zod leaves an absent one out.

export function list<T>(value: unknown, item: (value: unknown) => T): T[] {
  if (!Array.isArray(value)) unusual();
  const out: T[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const element = value[index];
    if (element === undefined) unusual(); // a hole, or undefined: zod words either
    out.push(item(element));
  }
  return out;
}
