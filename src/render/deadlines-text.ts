import type { Deadline } from '../engine/deadline.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';
import { displayWidth, padColumns } from './width.js';

/** Deadlines for people, soonest first, one a line. */
export function deadlinesText(from: number, until: number, deadlines: readonly Deadline[], paint: Paint, messages: Messages): string {
  const words = messages.deadlines;
  const head = paint.bold(words.heading({ from, until }));
  if (deadlines.length === 0) return `${head}\n${paint.dim(words.none)}\n`;
  const agreementWidth = Math.max(...deadlines.map((d) => d.agreement.length));
  // Columns by display width: a date in Japanese, Korean or Chinese is wider than 14 columns and not always as wide.
  const dateWidth = Math.max(...deadlines.map((d) => displayWidth(messages.dayWithWeekday(d.date))));
  const rows = deadlines.map((d) => {
    const when = padColumns(messages.relativeDays(d.daysUntil), 13);
    const kind = padColumns(words.kind[d.kind], 20);
    const colouredKind =
      d.kind === 'notice-deadline' || d.kind === 'window-closes'
        ? paint.yellow(kind)
        : d.kind === 'effective' || d.kind === 'expiry'
          ? paint.red(kind)
          : kind;
    // A weekend or holiday does not move the deadline; the reader is told the working day before it.
    const closed = d.nonWorking === null ? '' : paint.yellow(words.nonWorking(d.nonWorking));
    const row = `${padColumns(messages.dayWithWeekday(d.date), dateWidth)}  ${when}  ${d.agreement.padEnd(agreementWidth)}  ${colouredKind}  ${words.description(d)}`;
    return `${row}${closed}`;
  });
  return `${head}\n${rows.join('\n')}\n`;
}
