import * as z from 'zod';
import { Agreement } from './schema.js';

/** Names the schema without naming a host: editors resolve it by the file's `$schema` path. */
export const AGREEMENT_SCHEMA_ID = 'urn:gsomia:agreement';

const DESCRIPTION =
  'One agreement (treaty, pact, contract) for gsomia: entry into force, term structure, ' +
  'termination rule and the events that happened. This schema checks the shape, the ' +
  'field names and the YYYY-MM-DD and P[nY][nM][nW][nD] patterns; `gsomia validate FILE` ' +
  'checks the rest: that dates exist in the calendar (no 2019-02-29), that durations are ' +
  'not zero, and that fields and events are consistent (a renewal term when it renews, ' +
  'events in order, no suspension without a pending notice).';

/**
 * The JSON Schema (draft 2020-12) of a definition file, generated from the zod schema so
 * the two cannot drift apart. Input side: fields with defaults (`kind`, `timeZone`,
 * `events`, `lapse`) are optional. Checks written as code (real calendar dates, the
 * consistency rules) have no JSON Schema form and are left to `gsomia validate`.
 * agreementJsonSchema().properties.entryIntoForce.pattern → "^\\d{4}-\\d{2}-\\d{2}$"
 */
export function agreementJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(Agreement, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return { $schema, $id: AGREEMENT_SCHEMA_ID, title: 'gsomia agreement definition', description: DESCRIPTION, ...generated };
}

/** The schema as `gsomia schema` prints it and schema/agreement.schema.json holds it. */
export function agreementJsonSchemaText(): string {
  return `${JSON.stringify(agreementJsonSchema(), null, 2)}\n`;
}
