import { compileAccepted } from '../engine/compile.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import { readingsCompile } from '../engine/readings.js';
import { readJsonFile } from './json-file.js';

/** One agreement of a catalogue and where it came from. */
export interface Entry {
  /** where it came from: a path, or `built-in:<id>` */
  readonly source: string;
  readonly compiled: CompiledAgreement;
}

/**
 * The validator (zod), loaded only when a file is not plainly valid (fast-accept.ts), to
 * decide and word its problems: built-in answers and clean catalogues never load it.
 * (await validator()).compiledFrom(json, 'a.json') → the compiled agreement, or a thrown INVALID_DEFINITION
 */
export function validator(): Promise<typeof import('../engine/validate.js')> {
  return import('../engine/validate.js');
}

/**
 * Parsed JSON to a compiled agreement: past zod when it is plainly valid, else through the
 * full validation, whose first problem is thrown naming `source`.
 * await compiledFromJson(gsomiaJson, 'gsomia.json') → { id: 'gsomia', … }
 */
export async function compiledFromJson(json: unknown, source: string): Promise<CompiledAgreement> {
  return acceptedAgreement(json) ?? (await validator()).compiledFrom(json, source);
}

/**
 * The compiled agreement of plainly valid JSON (compile.ts, compileAccepted), its readings
 * replayed too; null for the validator to decide and word (a contradiction in a reading is
 * the file's problem). acceptedAgreement(gsomiaJson) → { id: 'gsomia', … }
 */
export function acceptedAgreement(json: unknown): CompiledAgreement | null {
  const accepted = compileAccepted(json);
  return accepted !== null && readingsCompile(accepted) ? accepted : null;
}

/**
 * Loads and validates one definition file.
 * await loadFile('data/gsomia.json') → { source: 'data/gsomia.json', compiled: { id: 'gsomia', … } }
 */
export async function loadFile(path: string): Promise<Entry> {
  return { source: path, compiled: await compiledFromJson(readJsonFile(path), path) };
}
