import { describeDuration } from '../calendar/duration.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Paint } from './paint.js';

/** "renews every 1 year; 90 days' notice before the end of a term" */
export function ruleSummary(compiled: CompiledAgreement): string {
  const term =
    compiled.initial === null
      ? 'indefinite'
      : compiled.then === 'renew' && compiled.renewal
        ? `${describeDuration(compiled.initial)}, renews every ${describeDuration(compiled.renewal)}`
        : compiled.then === 'expire'
          ? `${describeDuration(compiled.initial)}, then expires`
          : `${describeDuration(compiled.initial)}, then indefinite`;
  const notice = `notice ${describeDuration(compiled.notice)} ${compiled.effect === 'end-of-term' ? 'before a term ends' : compiled.lapseDays ? 'ahead, out the day after' : 'ahead'}`;
  const earliest = compiled.earliest ? `, not before ${describeDuration(compiled.earliest)} in force` : '';
  return `${term}; ${notice}${earliest}`;
}

export function listText(agreements: readonly CompiledAgreement[], paint: Paint): string {
  const width = Math.max(2, ...agreements.map((compiled) => compiled.id.length));
  const rows = agreements.map((compiled) => `${paint.bold(compiled.id.padEnd(width))}  ${compiled.name} (${compiled.definition.kind}, in force ${compiled.definition.entryIntoForce}): ${paint.dim(ruleSummary(compiled))}`);
  return `${rows.join('\n')}\n`;
}
