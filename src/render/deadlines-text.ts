import type { Deadline } from '../engine/deadlines.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';

/** Deadlines for people, soonest first, one a line. */
export function deadlinesText(from: number, until: number, deadlines: readonly Deadline[], paint: Paint, messages: Messages): string {
  const words = messages.deadlines;
  const head = paint.bold(words.heading({ from, until }));
  if (deadlines.length === 0) return `${head}\n${paint.dim(words.none)}\n`;
  const agreementWidth = Math.max(...deadlines.map((d) => d.agreement.length));
  const rows = deadlines.map((d) => {
    const when = messages.relativeDays(d.daysUntil).padEnd(13);
    const kind = words.kind[d.kind].padEnd(20);
    const colouredKind =
      d.kind === 'notice-deadline' || d.kind === 'window-closes'
        ? paint.yellow(kind)
        : d.kind === 'effective' || d.kind === 'expiry'
          ? paint.red(kind)
          : kind;
    // A weekend or holiday does not move the deadline; the reader is told the working day before it.
    const closed = d.nonWorking === null ? '' : paint.yellow(words.nonWorking(d.nonWorking));
    const row = `${messages.dayWithWeekday(d.date)}  ${when}  ${d.agreement.padEnd(agreementWidth)}  ${colouredKind}  ${words.description(d)}`;
    return `${row}${closed}`;
  });
  return `${head}\n${rows.join('\n')}\n`;
}
