import type { Deadline } from '../engine/deadlines.js';
import type { Paint } from './paint.js';
import { relativeDays, showDay } from './dates.js';

const KIND_LABELS = {
  'notice-deadline': 'notice deadline',
  renewal: 'renewal',
  expiry: 'expiry',
  effective: 'notice takes effect',
  'earliest-notice': 'notice possible from',
} as const;

/** Deadlines for people, soonest first, one a line. */
export function deadlinesText(from: number, until: number, deadlines: readonly Deadline[], paint: Paint): string {
  const head = paint.bold(`Deadlines from ${showDay(from)} through ${showDay(until)}`);
  if (deadlines.length === 0) return `${head}\n${paint.dim('none')}\n`;
  const agreementWidth = Math.max(...deadlines.map((d) => d.agreement.length));
  const rows = deadlines.map((d) => {
    const when = relativeDays(d.daysUntil).padEnd(13);
    const kind = KIND_LABELS[d.kind].padEnd(20);
    const colouredKind = d.kind === 'notice-deadline' ? paint.yellow(kind) : d.kind === 'effective' || d.kind === 'expiry' ? paint.red(kind) : kind;
    return `${showDay(d.date)}  ${when}  ${d.agreement.padEnd(agreementWidth)}  ${colouredKind}  ${d.description}`;
  });
  return `${head}\n${rows.join('\n')}\n`;
}
