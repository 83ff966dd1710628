import { formatPath, type ValidationIssue } from '../model/issues.js';
import { readingDefinition } from '../model/readings.js';
import type { Agreement, ReadingDefinition } from '../model/schema.js';
import { type Compilation, compile } from './compile.js';
import type { CompiledAgreement } from './compiled-agreement.js';

/** A reading's name: `{ id: 'tokyo', title: "Tokyo's reading: the suspension spent the notice" }`. */
export interface ReadingName {
  readonly id: string;
  readonly title: string;
}

/** Another reading of an agreement (SPEC §7), compiled as a whole agreement the first time it is asked for. */
export interface Reading extends ReadingName {
  readonly note: string | null;
  /** the reading compiled; a contradiction in its events here is a bug (files are validated first, validate.ts) */
  readonly compiled: CompiledAgreement;
}

const readingsCache = new WeakMap<CompiledAgreement, readonly Reading[]>();
const NONE: readonly Reading[] = Object.freeze([]);

/**
 * The other readings of a compiled agreement, none compiled until its `compiled` is read:
 * an agreement without readings costs one property read.
 * readingsOf(gsomia).map((reading) => reading.id) → ['tokyo']
 */
export function readingsOf(compiled: CompiledAgreement): readonly Reading[] {
  const written = compiled.definition.readings;
  if (written === undefined || written.length === 0) return NONE;
  let readings = readingsCache.get(compiled);
  if (readings === undefined) {
    readings = written.map((reading) => lazyReading(compiled.definition, reading));
    readingsCache.set(compiled, readings);
  }
  return readings;
}

/** The main reading's name (`reading` at the top level), or null when the file names none. */
export function mainReadingOf(compiled: CompiledAgreement): ReadingName | null {
  return compiled.definition.reading ?? null;
}

/**
 * Whether every reading of an agreement replays without contradiction: false when one of
 * them has events that contradict each other (the full validation then words it). For a
 * file that passed the fast path (compile.ts, compileAccepted), which compiles the main
 * reading only. An agreement without readings: true at once.
 */
export function readingsCompile(compiled: CompiledAgreement): boolean {
  const written = compiled.definition.readings;
  // Stryker disable next-line ConditionalExpression: readingIssues finds nothing in no readings; the tests are speed only
  return written === undefined || written.length === 0 || readingIssues(compiled.definition).length === 0;
}

/**
 * A reading compiled the first time an answer reads it, and kept with it. Validation
 * replays readings on its own (readingIssues) and keeps nothing: a scan validates
 * thousands of files, and an entry in a module-wide WeakMap per file made every young-
 * generation collection of the scan walk the map and keep what it held for a while
 * longer (V8's ephemeron tables), where now a file's readings die with the file.
 */
function lazyReading(definition: Agreement, written: ReadingDefinition): Reading {
  let compiled: CompiledAgreement | null = null;
  return {
    id: written.id,
    title: written.title,
    note: written.note ?? null,
    get compiled() {
      if (compiled !== null) return compiled;
      const result = compileReading(definition, written);
      if (!result.ok) throw new Error(`${definition.id}, reading ${written.id}: ${result.issues[0]?.path}: ${result.issues[0]?.message}`);
      compiled = result.agreement;
      return compiled;
    },
  };
}

function compileReading(definition: Agreement, written: ReadingDefinition): Compilation {
  return compile(readingDefinition(definition, written) as Agreement);
}

/**
 * What each reading's events do to each other, found by compiling it: the problems by
 * their path in the file (`readings[0].events[1].date`; a reading without events of its
 * own replays the main ones, and its problem is named under the reading all the same).
 * readingIssues(fileWithABadReading) → [{ path: 'readings[0].events[1].date', message: '…' }]
 */
export function readingIssues(definition: Agreement): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  (definition.readings ?? []).forEach((written, index) => {
    // Events are all a replay can find fault with: a reading with none to replay (its own,
    // or the main ones it keeps) is compiled only when it is asked for.
    // Stryker disable next-line ConditionalExpression: replaying no events finds nothing; skipping it is speed only
    if ((written.events ?? definition.events).length === 0) return;
    const result = compileReading(definition, written);
    if (!result.ok)
      for (const issue of result.issues) issues.push({ path: `${formatPath(['readings', index])}.${issue.path}`, message: issue.message });
  });
  return issues;
}
