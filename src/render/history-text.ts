import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { History } from '../engine/history.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';

const OUTCOME_COLOURS = { renewed: 'green', continued: 'green', current: 'cyan', terminated: 'red', expired: 'red' } as const;

/** History for people: a table of terms, then phases, participation and events. */
export function historyText(compiled: CompiledAgreement, history: History, paint: Paint, messages: Messages): string {
  const words = messages.history;
  const { day } = messages;
  const lines = [paint.bold(words.heading({ name: compiled.name, party: history.party, until: history.until }))];
  if (history.terms.length > 0) {
    lines.push('', paint.bold(words.termsHeader));
    for (const term of history.terms) {
      const outcome = paint[OUTCOME_COLOURS[term.outcome]](words.outcome[term.outcome]);
      const deadline = term.noticeDeadline === null ? words.noDeadline : messages.dayWithWeekday(term.noticeDeadline);
      lines.push(`${String(term.number).padStart(4)}  ${day(term.start)}  ${day(term.end)}  ${deadline}  ${outcome}`);
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
    for (const event of history.events) {
      const effective = event.effectiveOn === null ? '' : ` ${day(event.effectiveOn)}`;
      const state = event.state === null ? '' : ` → ${words.noticeState[event.state]}${effective}`;
      const type = words.eventType[event.type].padEnd(11);
      lines.push(`  ${day(event.date)}  ${type} ${(event.party ?? '').padEnd(4)}${paint.dim(state)}`.trimEnd());
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
