import { quoted } from '../errors.js';
import * as z from 'zod';
import { dateProblem } from '../calendar/day.js';
import { durationProblem } from '../calendar/duration.js';
import { fieldProblems } from './field-rules.js';

/** A civil date `YYYY-MM-DD` that exists in the calendar (2019-02-29 does not). */
export const IsoDate = z.string().check((ctx) => {
  const problem = dateProblem(ctx.value);
  if (problem !== null) ctx.issues.push({ code: 'custom', message: `invalid date ${quoted(ctx.value)}: ${problem}`, input: ctx.value });
}).meta({ description: 'A calendar date YYYY-MM-DD, years 0001–9999', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** An ISO 8601 date duration `P[nY][nM][nW][nD]`. */
export const IsoDuration = z.string().check((ctx) => {
  const problem = durationProblem(ctx.value);
  if (problem !== null) ctx.issues.push({ code: 'custom', message: `invalid duration ${quoted(ctx.value)}: ${problem}`, input: ctx.value });
}).meta({ description: 'An ISO 8601 date duration such as P90D, P6M, P1Y', pattern: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$' });

const PartyCode = z.string().min(1).max(40);
const note = z.string().optional();

const partyEvent = <T extends string>(type: T) =>
  z.strictObject({ type: z.literal(type), date: IsoDate, party: PartyCode, note });

export const AgreementEvent = z.discriminatedUnion(
  'type',
  [
    partyEvent('notice'),
    partyEvent('suspension'),
    partyEvent('resumption'),
    partyEvent('retraction'),
    partyEvent('accession'),
    z.strictObject({ type: z.literal('extension'), date: IsoDate, term: IsoDuration, party: PartyCode.optional(), note }),
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

export const AgreementShape = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/, 'an id is lower-case letters, digits and hyphens'),
  title: z.string().min(1),
  shortTitle: z.string().min(1).optional(),
  kind: z.enum(['bilateral', 'multilateral']).default('bilateral'),
  parties: z.array(PartyCode).min(1),
  timeZone: z.string().min(1).default('UTC'),
  signed: IsoDate.optional(),
  entryIntoForce: IsoDate,
  duration: z.strictObject({
    initial: IsoDuration.nullable(),
    then: z.enum(['renew', 'expire', 'indefinite']),
    renewal: IsoDuration.optional(),
  }),
  termination: z.strictObject({
    notice: IsoDuration,
    effect: z.enum(['end-of-term', 'after-notice']),
    lapse: z.enum(['same-day', 'next-day']).default('same-day'),
    earliest: IsoDuration.optional(),
  }),
  clause: z.string().optional(),
  note,
  events: z.array(AgreementEvent).default([]),
  sources: z.array(Source).optional(),
});

/**
 * The agreement file format of SPEC §3: the shape above plus the rules that tie fields
 * together (a renewal term when it renews, a known zone). This is the format alone: what
 * the events do to each other (in date order, no suspension of a notice nobody gave) is
 * found when the file is compiled (engine/compile.ts), which only accepted files reach.
 */
export const Agreement = AgreementShape.check((ctx) => {
  for (const problem of fieldProblems(ctx.value)) {
    ctx.issues.push({ code: 'custom', message: problem.message, path: problem.path, input: ctx.value });
  }
});
export type Agreement = z.infer<typeof Agreement>;
