import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';

/** "1 year, renews every 1 year; notice 90 days before a term ends" */
export function ruleSummary(compiled: CompiledAgreement, messages: Messages): string {
  const { initial, then, renewal, notice, effect, earliest, roundTo, noticeBy } = compiled;
  // duration.until: the term is its last day, not the days it comes to
  const lastDay = compiled.fixedEnd === null ? null : compiled.fixedEnd - 1;
  return messages.list.rule({
    initial,
    lastDay,
    then,
    renewal,
    notice,
    effect,
    nextDay: Boolean(compiled.lapseDays),
    earliest,
    roundTo,
    noticeBy,
  });
}

/** The catalogue for people: one agreement a line, id first. */
export function listText(agreements: readonly CompiledAgreement[], paint: Paint, messages: Messages): string {
  const width = Math.max(2, ...agreements.map((compiled) => compiled.id.length));
  const rows = agreements.map((compiled) => {
    const rule = paint.dim(ruleSummary(compiled, messages));
    const row = messages.list.row({ name: compiled.name, kind: compiled.definition.kind, entryIntoForce: compiled.start, rule });
    // SPEC §7: where the record disagrees, the count of readings, the main one among them
    const readings = compiled.definition.readings?.length ?? 0;
    const mark = readings === 0 ? '' : ` ${paint.yellow(messages.readings.count(readings + 1))}`;
    return `${paint.bold(compiled.id.padEnd(width))}  ${row}${mark}`;
  });
  return `${rows.join('\n')}\n`;
}
