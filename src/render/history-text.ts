import type { History } from '../engine/history.js';
import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Paint } from './paint.js';
import { showDay, showDayOrNull } from './dates.js';

const OUTCOME_COLOURS = { renewed: 'green', continued: 'green', current: 'cyan', terminated: 'red', expired: 'red' } as const;

/** History for people: a table of terms, then phases, participation and events. */
export function historyText(compiled: CompiledAgreement, history: History, paint: Paint): string {
  const who = history.party ? ` for ${history.party}` : '';
  const lines = [paint.bold(`${compiled.name}${who}: history until ${showDay(history.until)}`)];
  if (history.terms.length > 0) {
    lines.push('', paint.bold('Term  Start       End         Notice by   Outcome'));
    for (const term of history.terms) {
      const outcome = paint[OUTCOME_COLOURS[term.outcome]](term.outcome);
      lines.push(`${String(term.number).padStart(4)}  ${showDay(term.start)}  ${showDay(term.end)}  ${term.noticeDeadline === null ? '—'.padEnd(10) : showDay(term.noticeDeadline)}  ${outcome}`);
    }
  }
  const indefinite = history.phases.find((phase) => phase.kind === 'indefinite');
  if (indefinite) lines.push('', `In force indefinitely from ${showDay(indefinite.start)}${indefinite.end === null ? '' : ` through ${showDay(indefinite.end)}`}`);
  if (history.participation.length > 0) {
    lines.push('', paint.bold('Participation'));
    for (const stint of history.participation) {
      lines.push(`  ${stint.party.padEnd(4)} ${showDay(stint.from)} … ${stint.until === null ? 'now' : `${showDay(stint.until - 1)} (out from ${showDay(stint.until)})`}`);
    }
  }
  if (history.endedOn !== null) lines.push('', paint.red(`Out of force from ${showDay(history.endedOn)} (${history.endReason})`));
  if (history.events.length > 0) {
    lines.push('', paint.bold('Events'));
    for (const event of history.events) {
      const state = event.state === null ? '' : ` → ${event.state}${event.effectiveOn === null ? '' : ` ${showDayOrNull(event.effectiveOn)}`}`;
      lines.push(`  ${showDay(event.date)}  ${event.type.padEnd(11)} ${(event.party ?? '').padEnd(4)}${paint.dim(state)}`.trimEnd());
      if (event.note) lines.push(paint.dim(`              ${event.note}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
