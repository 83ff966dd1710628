import { type Day, formatDay } from '../calendar/day.js';
import type { Agreement, AgreementEvent } from '../model/schema.js';
import { compile } from './compile.js';
import type { CompiledAgreement } from './compiled-agreement.js';
import type { PlannedEvent } from './planned-event.js';

/** Where assumed events fail: the assumption to blame, and the file's event it contradicts (or null: itself). */
export interface AssumptionProblem {
  /** the assumption's position in the list given */
  readonly assumption: number;
  /** the file's event (its index in the file) that no longer fits, or null when the assumed event itself does not */
  readonly event: number | null;
  readonly message: string;
}

export type AssumedCompilation =
  | { readonly ok: true; readonly agreement: CompiledAgreement; readonly assumed: readonly PlannedEvent[] }
  | { readonly ok: false; readonly problem: AssumptionProblem };

/**
 * The agreement as known on `knownOn` with events that are not in the file (`--assume`):
 * the file's events up to that day (a later one is not known then, and cannot contradict
 * a hypothesis about that day) and the assumed ones among them in date order (after the
 * file's own of their day; of one day, in the order given), compiled once by the one
 * compile step. A contradiction names the assumption: its own problem, or the first it
 * causes in a file's event, blamed on the latest assumption before that event.
 * assumingEvents(gsomia, [notice 2020-08-24 KR], 2020-11-23) → ok; out of force from 2020-11-23
 */
export function assumingEvents(definition: Agreement, assumed: readonly AgreementEvent[], knownOn: Day): AssumedCompilation {
  const file = definition.events.map((event, index) => ({ event, file: index as number | null, assumption: null as number | null }));
  const last = Number.isFinite(knownOn) ? formatDay(knownOn) : null;
  const known = last === null ? file : file.filter(({ event }) => event.date <= last);
  const extra = assumed.map((event, index) => ({ event, file: null, assumption: index }));
  // Dates are YYYY-MM-DD, checked before: text order is date order, and the sort is stable.
  const merged = [...known, ...extra].sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0));
  const compiled = compile({ ...definition, events: merged.map(({ event }) => event) });
  if (compiled.ok) {
    const events = compiled.agreement.events;
    const assumedEvents = merged.flatMap((entry, position) => (entry.assumption === null ? [] : [events[position] as PlannedEvent]));
    return { ok: true, agreement: compiled.agreement, assumed: assumedEvents };
  }
  const [first] = compiled.issues;
  // compile names a problem by its path, events[N].field: N is the position in `merged`.
  const position = Number(/^events\[(\d+)\]/.exec(first?.path ?? '')?.[1] ?? 0);
  const at = merged[position];
  const message = first?.message ?? 'invalid';
  if (at?.assumption !== null && at?.assumption !== undefined)
    return { ok: false, problem: { assumption: at.assumption, event: null, message } };
  const before = merged.slice(0, position).filter((entry) => entry.assumption !== null);
  return { ok: false, problem: { assumption: before[before.length - 1]?.assumption ?? 0, event: at?.file ?? null, message } };
}
