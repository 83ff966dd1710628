import type { Day } from '../calendar/day.js';
import type { Deadline } from '../engine/deadline.js';
import type { PlannedEvent } from '../engine/planned-event.js';
import { assumedEvents } from './assumed.js';
import type { Messages } from './messages/index.js';

// `deadlines --format github`: GitHub Actions workflow commands, which the runner shows as
// annotations on the run. Loaded only for this format.

/** A command's message: %, CR and LF would end or garble it, so they are percent-encoded. */
export const escapeData = (text: string): string => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** A property value (title=…): as a message, and also : and , which separate properties. */
export const escapeProperty = (text: string): string => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * One `::warning` annotation a deadline, after one `::notice` for each assumed event:
 * "::warning title=GSOMIA notice deadline::2020-08-24 (today): last day to give notice …".
 * No deadline, no line.
 */
export function deadlinesGithub(deadlines: readonly Deadline[], assumed: readonly PlannedEvent[], from: Day, messages: Messages): string {
  const words = messages.deadlines.annotation;
  const title = escapeProperty(messages.assumed.annotationTitle);
  const lines = [
    ...assumedEvents(assumed, from, messages).map((event) => `::notice title=${title}::${escapeData(event)}`),
    ...deadlines.map((deadline) => `::warning title=${escapeProperty(words.title(deadline))}::${escapeData(words.message(deadline))}`),
  ];
  return lines.map((line) => `${line}\n`).join('');
}
