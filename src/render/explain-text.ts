import type { Step } from '../engine/explain.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';

/**
 * One step as a sentence of the table, with its real dates:
 * deadline → "Notice deadline for term 4: 2020-11-22 − 90 days = 2020-08-24, the latest
 * day D with D + 90 days on or before 2020-11-22."
 */
export function stepSentence(step: Step, messages: Messages): string {
  // The table has one entry per kind, each typed for its own step: the union is the caller's.
  const sentence = messages.explain.steps[step.kind] as (step: Step) => string;
  return sentence(step);
}

/**
 * The explanation as numbered lines under a heading. `width` (a terminal's columns)
 * wraps long sentences with a hanging indent; without it lines stay whole, for grep.
 * GSOMIA → "Why\n 1. The clause: “This Agreement shall remain in force …”\n 2. …".
 */
export function explanationText(steps: readonly Step[], paint: Paint, messages: Messages, width: number | null = null): string {
  const lines = [paint.bold(messages.explain.heading)];
  steps.forEach((step, index) => {
    const prefix = `${String(index + 1).padStart(2)}. `;
    lines.push(...wrap(prefix + stepSentence(step, messages), width, ' '.repeat(prefix.length)));
  });
  return `${lines.join('\n')}\n`;
}

function wrap(text: string, width: number | null, indent: string): string[] {
  if (width === null || text.length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
