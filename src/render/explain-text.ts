import type { Step } from '../engine/explain.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';
import { displayWidth, isWide } from './width.js';

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
  if (width === null || displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const [word, spaced] of breakable(text)) {
    const gap = line === '' || !spaced ? '' : ' ';
    if (line !== '' && displayWidth(line) + gap.length + displayWidth(word) > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = `${line}${gap}${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The pieces a line may break between, each with whether a space came before it: words at
 * spaces, and Japanese, Korean or Chinese text at any wide character (they need no spaces).
 * breakable('a b') → [['a', false], ['b', true]]; breakable('通告期限') → 通, 告, 期, 限.
 */
function breakable(text: string): [string, boolean][] {
  const pieces: [string, boolean][] = [];
  for (const [index, word] of text.split(' ').entries()) {
    let spaced = index > 0;
    let run = '';
    for (const char of word) {
      if (isWide(char)) {
        if (run !== '') pieces.push([run, spaced]);
        run = '';
        // closing punctuation stays with what it closes
        if ('、。）」』，：；'.includes(char) && pieces.length > 0 && !spaced) {
          const last = pieces[pieces.length - 1] as [string, boolean];
          last[0] += char;
        } else pieces.push([char, spaced]);
        spaced = false;
      } else run += char;
    }
    if (run !== '' || word === '') pieces.push([run, spaced]);
  }
  return pieces;
}
