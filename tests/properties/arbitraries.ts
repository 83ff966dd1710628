import fc from 'fast-check';
import { type Day, dayFromCivil, formatDay } from '../../src/calendar/day.js';
import { compileValid } from '../../src/engine/compile.js';
import type { CompiledAgreement } from '../../src/engine/compiled-agreement.js';
import { Agreement } from '../../src/model/schema.js';

/**
 * Random *valid* agreement definitions covering every pattern of SPEC §2: renewing,
 * expiring, indefinite after an initial term and indefinite from the start; notice
 * before the end of a term, or withdrawal after notice (same day or next day); with or
 * without an earliest-notice rule; bilateral or multilateral. Entry into force falls in
 * 0001–9000 and terms are short enough that every answer stays inside 9999.
 */

export const FIRST_START = dayFromCivil(1, 1, 1);
export const LAST_START = dayFromCivil(9000, 12, 31);
/** How far past entry into force the properties look (about 120 years). */
export const HORIZON = 120 * 366;

export const day = (from: Day = FIRST_START, to: Day = LAST_START) => fc.integer({ min: from, max: to });

/** Date durations with every unit mix, from one day up to `maxYears` years. */
export function durationText(maxYears: number): fc.Arbitrary<string> {
  const maxMonths = maxYears * 12;
  return fc.oneof(
    fc.integer({ min: 1, max: maxYears * 365 }).map((n) => `P${n}D`),
    fc.integer({ min: 1, max: maxYears * 52 }).map((n) => `P${n}W`),
    fc.integer({ min: 1, max: maxMonths }).map((n) => `P${n}M`),
    fc.integer({ min: 1, max: maxYears }).map((n) => `P${n}Y`),
    fc
      .record({ y: fc.integer({ min: 0, max: maxYears - 1 }), m: fc.integer({ min: 1, max: 11 }) })
      .map(({ y, m }) => `P${y ? `${y}Y` : ''}${m}M`),
    fc.record({ m: fc.integer({ min: 1, max: maxMonths }), d: fc.integer({ min: 1, max: 30 }) }).map(({ m, d }) => `P${m}M${d}D`),
    fc.record({ w: fc.integer({ min: 1, max: 8 }), d: fc.integer({ min: 1, max: 6 }) }).map(({ w, d }) => `P${w}W${d}D`),
  );
}

export type Pattern = 'renew' | 'expire' | 'indefinite-after-initial' | 'indefinite';

export interface DefinitionOptions {
  readonly patterns?: readonly Pattern[];
  readonly effects?: readonly ('end-of-term' | 'after-notice')[];
  readonly earliest?: boolean;
  readonly multilateral?: boolean;
}

export const BILATERAL_PARTIES = ['AA', 'BB'] as const;
export const MULTILATERAL_PARTIES = ['AA', 'BB', 'CC'] as const;

/** A definition as written in a file: plain JSON, no events. */
export type Definition = Record<string, unknown> & {
  entryIntoForce: string;
  duration: { initial: string | null; then: string; renewal?: string };
  termination: { notice: string; effect: string; lapse?: string; earliest?: string };
  events?: Record<string, unknown>[];
};

export function definition(options: DefinitionOptions = {}): fc.Arbitrary<Definition> {
  const patterns = options.patterns ?? ['renew', 'expire', 'indefinite-after-initial', 'indefinite'];
  const effects = options.effects ?? ['end-of-term', 'after-notice'];
  return fc
    .record({
      id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      title: fc.string({ minLength: 1, maxLength: 20 }),
      multilateral: options.multilateral === undefined ? fc.boolean() : fc.constant(options.multilateral),
      timeZone: fc.option(fc.constantFrom('UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York'), {
        nil: undefined,
      }),
      start: day(),
      pattern: fc.constantFrom(...patterns),
      initial: durationText(10),
      renewal: durationText(10),
      notice: durationText(2),
      effect: fc.constantFrom(...effects),
      lapse: fc.constantFrom(undefined, 'same-day', 'next-day'),
      earliest:
        options.earliest === false
          ? fc.constant(undefined)
          : options.earliest
            ? durationText(5)
            : fc.option(durationText(5), { nil: undefined }),
    })
    .map((r) => {
      const duration: Definition['duration'] =
        r.pattern === 'renew'
          ? { initial: r.initial, then: 'renew', renewal: r.renewal }
          : r.pattern === 'expire'
            ? { initial: r.initial, then: 'expire' }
            : r.pattern === 'indefinite-after-initial'
              ? { initial: r.initial, then: 'indefinite' }
              : { initial: null, then: 'indefinite' };
      const termination: Definition['termination'] = { notice: r.notice, effect: r.effect };
      // lapse is for withdrawals after notice only; leaving it out must mean same-day
      if (r.effect === 'after-notice' && r.lapse !== undefined) termination.lapse = r.lapse;
      if (r.earliest !== undefined) termination.earliest = r.earliest;
      const file: Definition = {
        id: r.id,
        title: r.title,
        parties: [...(r.multilateral ? MULTILATERAL_PARTIES : BILATERAL_PARTIES)],
        entryIntoForce: formatDay(r.start),
        duration,
        termination,
      };
      if (r.multilateral) file.kind = 'multilateral';
      else if (r.start % 2 === 0) file.kind = 'bilateral';
      if (r.timeZone !== undefined) file.timeZone = r.timeZone;
      return file;
    });
}

/** The engine's view of a definition the schema accepts (it throws if it does not). */
export const compiledOf = (file: unknown): CompiledAgreement => compileValid(Agreement.parse(file));

/** The same definition with `events` in place of its own. */
export const withEvents = (file: Definition, events: Record<string, unknown>[]): Definition => ({ ...file, events });

export const fmt = formatDay;
