import * as z from 'zod';

const ReadingId = z.string().regex(/^[a-z0-9-]+$/, 'a reading id is lower-case letters, digits and hyphens');

/**
 * The zod schemas of SPEC §7, built from the definition's own pieces (schema.ts passes
 * them in, so that this module imports nothing of it at run time): `reading` names the
 * main reading, the top level; each of `readings` replaces the events (and the duration)
 * when it gives them, and overrides any termination field it gives. No field here has a
 * default: what a reading leaves out is the main reading's.
 * readingSchemas(pieces).Readings.parse([{ id: 'tokyo', title: "Tokyo's reading", events: [] }]) → the same array
 */
export function readingSchemas<
  Event extends z.ZodType,
  Source extends z.ZodType,
  Duration extends z.ZodType,
  Fields extends z.ZodRawShape,
>(pieces: { event: Event; source: Source; duration: Duration; terminationFields: Fields }) {
  const ReadingName = z.strictObject({ id: ReadingId, title: z.string().min(1) });
  const Reading = z.strictObject({
    id: ReadingId,
    title: z.string().min(1),
    note: z.string().optional(),
    sources: z.array(pieces.source).optional(),
    events: z.array(pieces.event).optional(),
    duration: pieces.duration.optional(),
    termination: z.strictObject(pieces.terminationFields).partial().optional(),
  });
  return { ReadingName, Readings: z.array(Reading) };
}
