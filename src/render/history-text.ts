import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { History } from '../engine/history.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';
import { displayWidth, padColumns, padColumnsStart } from './width.js';

const OUTCOME_COLOURS = { renewed: 'green', continued: 'green', current: 'cyan', terminated: 'red', expired: 'red' } as const;

/** History for people: a table of terms, then phases, participation and events. */
export function historyText(compiled: CompiledAgreement, history: History, paint: Paint, messages: Messages): string {
  const words = messages.history;
  const { day } = messages;
  const lines = [paint.bold(words.heading({ name: compiled.name, party: history.party, until: history.until }))];
  if (history.terms.length > 0) {
    const head = words.termsHeader;
    const rows = history.terms.map((term) => ({
      term,
      cells: [
        String(term.number),
        day(term.start),
        day(term.end),
        term.noticeDeadline === null ? words.noDeadline : messages.dayWithWeekday(term.noticeDeadline),
      ],
    }));
    // Each column as wide as its head and its widest cell, by display width (a Japanese date is wider than its digits).
    const heads = [head.term, head.start, head.end, head.noticeBy];
    const widths = heads.map((text, i) =>
      Math.max(i === 0 ? 4 : 0, displayWidth(text), ...rows.map((row) => displayWidth(row.cells[i] ?? ''))),
    );
    const cell = (text: string, i: number) => (i === 0 ? padColumnsStart(text, widths[0] ?? 4) : padColumns(text, widths[i] ?? 0));
    lines.push('', paint.bold([...heads.map(cell), head.outcome].join('  ')));
    for (const { term, cells } of rows) {
      const outcome = paint[OUTCOME_COLOURS[term.outcome]](words.outcome[term.outcome]);
      lines.push([...cells.map(cell), outcome].join('  '));
    }
  }
  const indefinite = history.phases.find((phase) => phase.kind === 'indefinite');
  if (indefinite) lines.push('', words.indefinite(indefinite));
  if (history.participation.length > 0) {
    lines.push('', paint.bold(words.participation));
    for (const stint of history.participation) lines.push(`  ${stint.party.padEnd(4)} ${words.stint(stint)}`);
  }
  if (history.endedOn !== null) lines.push('', paint.red(words.outOfForce({ endedOn: history.endedOn, reason: history.endReason })));
  if (history.events.length > 0) {
    lines.push('', paint.bold(words.events));
    const dateWidth = Math.max(...history.events.map((event) => displayWidth(day(event.date))));
    for (const event of history.events) {
      const effective = event.effectiveOn === null ? '' : ` ${day(event.effectiveOn)}`;
      const state = event.state === null ? '' : ` → ${words.noticeState[event.state]}${effective}`;
      const type = padColumns(words.eventType[event.type], 11);
      lines.push(`  ${padColumns(day(event.date), dateWidth)}  ${type} ${(event.party ?? '').padEnd(4)}${paint.dim(state)}`.trimEnd());
      // SPEC §6: the day a notice was sent, the day it asked for, an extension's new last day
      if (event.sent !== null) lines.push(paint.dim(`              ${words.sent({ sent: event.sent, received: event.date })}`));
      if (event.requested !== null) {
        const { requested, requestHonoured, effectiveOn } = event;
        lines.push(paint.dim(`              ${words.requested({ requested, requestHonoured, effectiveOn })}`));
      }
      if (event.until !== null) lines.push(paint.dim(`              ${words.extendedUntil({ until: event.until })}`));
      if (event.note) lines.push(paint.dim(`              ${event.note}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
