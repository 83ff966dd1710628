import type { ReadingDifference } from '../engine/reading-differences.js';
import type { ReadingName } from '../engine/readings.js';
import type { Status } from '../engine/status.js';
import { statusJson } from './json.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';

/**
 * One line per reading whose answer differs from the main one (SPEC §7), or '' when none does.
 * → "Under 'fresh-notice' (the generally held view): KP a party until 2003-04-09\n"
 */
export function differenceLines(found: readonly ReadingDifference[], paint: Paint, messages: Messages): string {
  const lines = found
    .filter((one) => one.differences.length > 0)
    .map((one) => paint.yellow(messages.readings.differs({ ...one.reading, differences: one.differences })));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** The line that opens an answer given under `--reading`: "Under the reading 'tokyo' (…)". */
export function underReadingLine(reading: ReadingName, main: boolean, paint: Paint, messages: Messages): string {
  return `${paint.dim(messages.readings.under({ ...reading, main }))}\n`;
}

/** A reading's answer in `status --json` `readings`: its name and the answer's main fields. */
export function readingStatusJson(reading: ReadingName, status: Status) {
  const json = statusJson(status);
  const { possible, deadline, effectiveOn } = json.notice;
  return {
    id: reading.id,
    title: reading.title,
    inForce: json.inForce,
    endedOn: json.endedOn,
    earliestEnd: json.earliestEnd,
    notice: { possible, deadline, effectiveOn },
  };
}

/**
 * `status --json`'s fields of SPEC §7, for an agreement with readings (none for others):
 * `reading`, the one answered under, and `readings`, the others' answers when compared.
 */
export function statusReadingsJson(
  hasReadings: boolean,
  reading: ReadingName | null,
  others: readonly { readonly reading: ReadingName; readonly status: Status }[],
) {
  if (!hasReadings) return {};
  const name = reading && { id: reading.id, title: reading.title };
  return others.length === 0
    ? { reading: name }
    : { reading: name, readings: others.map((other) => readingStatusJson(other.reading, other.status)) };
}
