import * as z from 'zod';
import { dateProblem } from '../calendar/day.js';
import { durationProblem, isZeroDuration } from '../calendar/duration.js';
import { monthDayProblem } from '../calendar/month-day.js';
import { quoted } from '../errors.js';
import { durationProblems, noticePeriodProblem } from './clause-rules.js';
import { type FieldProblem, fieldProblems } from './field-rules.js';
import { readingSchemas } from './reading-schemas.js';
import { readingProblems } from './readings.js';

/** A civil date `YYYY-MM-DD` that exists in the calendar (2019-02-29 does not). */
export const IsoDate = z
  .string()
  .check((ctx) => {
    const problem = dateProblem(ctx.value);
    if (problem !== null) ctx.issues.push({ code: 'custom', message: `invalid date ${quoted(ctx.value)}: ${problem}`, input: ctx.value });
  })
  .meta({ description: 'A calendar date YYYY-MM-DD, years 0001–9999', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

const DURATION_PATTERN = '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$';

/** An ISO 8601 date duration `P[nY][nM][nW][nD]`. */
export const IsoDuration = z
  .string()
  .check((ctx) => {
    const problem = durationProblem(ctx.value);
    if (problem !== null)
      ctx.issues.push({ code: 'custom', message: `invalid duration ${quoted(ctx.value)}: ${problem}`, input: ctx.value });
  })
  .meta({ description: 'An ISO 8601 date duration such as P90D, P6M, P1Y', pattern: DURATION_PATTERN });

/** A notice period: a duration, or zero where a cut-off day does the work (noticeBy). */
const NoticePeriod = z
  .string()
  .check((ctx) => {
    const problem = isZeroDuration(ctx.value) ? null : durationProblem(ctx.value);
    if (problem !== null)
      ctx.issues.push({ code: 'custom', message: `invalid duration ${quoted(ctx.value)}: ${problem}`, input: ctx.value });
  })
  .meta({ description: 'An ISO 8601 date duration such as P90D, P6M, P1Y (P0D only with noticeBy)', pattern: DURATION_PATTERN });

/** A day of the year `--MM-DD`, e.g. `--12-31`. */
const YearDay = z
  .string()
  .check((ctx) => {
    const problem = monthDayProblem(ctx.value);
    if (problem === null) return;
    ctx.issues.push({ code: 'custom', message: `invalid day of the year ${quoted(ctx.value)}: ${problem}`, input: ctx.value });
  })
  .meta({ description: 'A day of the year --MM-DD, e.g. --12-31', pattern: '^--\\d{2}-\\d{2}$' });

/** Where a withdrawal's effect day moves forward to: the 1st of a month, 1 January, or a day of the year. */
const RoundTo = z
  .string()
  .check((ctx) => {
    if (ctx.value === 'month-start' || ctx.value === 'year-start') return;
    const problem = monthDayProblem(ctx.value);
    if (problem !== null) {
      const expected = 'expected "month-start", "year-start" or a day of the year --MM-DD';
      const message = `invalid roundTo ${quoted(ctx.value)}: ${expected} (${problem})`;
      ctx.issues.push({ code: 'custom', message, input: ctx.value });
    }
  })
  .meta({ description: '"month-start", "year-start" or a day of the year --MM-DD', pattern: '^(month-start|year-start|--\\d{2}-\\d{2})$' });

/** A field with the words `gsomia schema` gives editors for it. */
function described<T extends z.ZodType>(schema: T, description: string): T {
  return schema.meta({ description }) as T;
}

/** Reports a rule's problems on the object it was checked on. */
function pushProblems(ctx: { value: unknown; issues: unknown[] }, problems: readonly (FieldProblem | null)[]): void {
  for (const problem of problems) {
    if (problem !== null) ctx.issues.push({ code: 'custom', message: problem.message, path: problem.path, input: ctx.value });
  }
}

/**
 * For the JSON Schema: exactly one of two optional keys (an extension's `term` or `until`).
 * zod checks it in code (model/clause-rules.ts); editors learn it from this.
 */
function oneOfKeys(first: string, second: string) {
  const only = (key: string) => ({ properties: { [key]: true }, required: [key] });
  return { oneOf: [only(first), only(second)] };
}

const PartyCode = z.string().min(1).max(40);
const note = z.string().optional();
const optionalDate = IsoDate.optional();
const optionalDuration = IsoDuration.optional();
const optionalParty = PartyCode.optional();

const partyEvent = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), date: IsoDate, party: PartyCode, note });

export const AgreementEvent = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('notice'),
      date: IsoDate,
      party: PartyCode,
      effectiveOn: described(optionalDate, "The first day out of force the notice asks for: honoured when later than the rule's day"),
      sent: described(optionalDate, 'The day the notice was dispatched, when it differs from date (receipt, which is what counts)'),
      note,
    }),
    partyEvent('suspension'),
    partyEvent('resumption'),
    partyEvent('retraction'),
    partyEvent('accession'),
    z
      .strictObject({
        type: z.literal('extension'),
        date: IsoDate,
        term: optionalDuration,
        until: described(optionalDate, 'Instead of term: the new last day in force'),
        party: optionalParty,
        note,
      })
      .meta(oneOfKeys('term', 'until')),
    z.strictObject({ type: z.literal('termination'), date: IsoDate, party: PartyCode.optional(), note }),
  ],
  {
    // zod's own message lists the options without naming the value that was wrong.
    error: (issue) => {
      if (issue.code !== 'invalid_union') return undefined;
      const type = (issue.input as { type?: unknown } | null | undefined)?.type;
      const types = '`gsomia schema` lists the seven types';
      if (type === undefined) return `an event needs a type (${types})`;
      return `unknown event type ${quoted(type)} (${types})`;
    },
  },
);
export type AgreementEvent = z.infer<typeof AgreementEvent>;

export const Source = z.strictObject({
  title: z.string().min(1),
  url: z.string().min(1).optional(),
  note,
});

/** The main reading: every field of a definition but its readings. */
const MainShape = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/, 'an id is lower-case letters, digits and hyphens'),
  title: z.string().min(1),
  shortTitle: z.string().min(1).optional(),
  titles: described(
    z.strictObject({ ja: z.string().min(1).optional(), ko: z.string().min(1).optional(), zh: z.string().min(1).optional() }).optional(),
    'The name in Japanese, Korean and Chinese, used by text output in that language (--lang) instead of shortTitle or title',
  ),
  kind: z.enum(['bilateral', 'multilateral']).default('bilateral'),
  parties: z.array(PartyCode).min(1),
  timeZone: z.string().min(1).default('UTC'),
  signed: IsoDate.optional(),
  entryIntoForce: IsoDate,
  duration: z
    .strictObject({
      initial: IsoDuration.nullable().optional(),
      then: z.enum(['renew', 'expire', 'indefinite']),
      renewal: IsoDuration.optional(),
      until: described(optionalDate, 'Instead of initial: the last day in force of a fixed end, with then "expire"'),
    })
    .check((ctx) => pushProblems(ctx, durationProblems(ctx.value)))
    .meta(oneOfKeys('initial', 'until')),
  termination: z
    .strictObject({
      notice: NoticePeriod,
      effect: z.enum(['end-of-term', 'after-notice']),
      lapse: z.enum(['same-day', 'next-day']).default('same-day'),
      earliest: IsoDuration.optional(),
      roundTo: RoundTo.optional(),
      noticeBy: described(
        YearDay.optional(),
        'With a --MM-DD roundTo: the cut-off day of the year; a later notice takes effect on the next anchor',
      ),
      windows: described(
        z.strictObject({ every: IsoDuration, length: IsoDuration }).optional(),
        'Notice only inside window k ≥ 1: from entry into force + k·every, for length',
      ),
      survives: described(
        z.strictObject({ for: IsoDuration, what: z.string().min(1) }).optional(),
        'Obligations that continue for a period after a withdrawal takes effect',
      ),
    })
    .check((ctx) => pushProblems(ctx, [noticePeriodProblem(ctx.value)])),
  clause: z.string().optional(),
  note,
  events: z.array(AgreementEvent).default([]),
  sources: z.array(Source).optional(),
});

// SPEC §7: each reading is built of the main reading's own pieces, its termination fields
// without their default (what a reading leaves out is the main reading's).
const { duration, termination } = MainShape.shape;
const terminationFields = { ...termination.shape, lapse: termination.shape.lapse.unwrap() };
const { ReadingName, Readings } = readingSchemas({ event: AgreementEvent, source: Source, duration, terminationFields });

export const AgreementShape = MainShape.extend({
  reading: described(ReadingName.optional(), 'Names the main reading (the top level), when the file has readings'),
  readings: described(
    Readings.optional(),
    'Other readings of the record: each replaces the events and the duration it gives, and overrides the termination fields it gives',
  ),
});

/**
 * The agreement file format of SPEC §3: the shape above plus the rules that tie fields
 * together (a renewal term when it renews, a known zone). This is the format alone: what
 * the events do to each other (in date order, no suspension of a notice nobody gave) is
 * found when the file is compiled (engine/compile.ts), which only accepted files reach.
 */
export const Agreement = AgreementShape.check((ctx) => {
  for (const problem of [...fieldProblems(ctx.value), ...readingProblems(ctx.value)]) {
    ctx.issues.push({ code: 'custom', message: problem.message, path: problem.path, input: ctx.value });
  }
});
export type Agreement = z.infer<typeof Agreement>;

/** One of a definition's other readings, as the file gives it (SPEC §7). */
export type ReadingDefinition = NonNullable<Agreement['readings']>[number];
