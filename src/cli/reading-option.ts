import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import { mainReadingOf, type ReadingName, readingsOf } from '../engine/readings.js';
import { GsomiaError, quoted } from '../errors.js';
import type { Messages } from '../render/messages/index.js';
import type { Paint } from '../render/paint.js';
import { underReadingLine } from '../render/readings.js';

/** The agreement as `--reading` asks for it, and which reading that is. */
export interface ChosenReading {
  readonly compiled: CompiledAgreement;
  /** the reading answered under, when one was asked for (the main one by its id, or another); else null */
  readonly reading: ReadingName | null;
  /** whether that is the main reading */
  readonly main: boolean;
}

/**
 * `--reading ID`: the agreement under that reading (SPEC §7), the main one when no id is
 * given or the id is the main reading's. An unknown id is exit 2, listing the ids.
 * chooseReading(gsomia, 'tokyo') → { compiled: Tokyo's reading, reading: { id: 'tokyo', … }, main: false }
 */
export function chooseReading(compiled: CompiledAgreement, id: string | undefined): ChosenReading {
  if (id === undefined) return { compiled, reading: null, main: true };
  const main = mainReadingOf(compiled);
  if (main !== null && main.id === id) return { compiled, reading: main, main: true };
  const readings = readingsOf(compiled);
  const found = readings.find((reading) => reading.id === id);
  if (found !== undefined) return { compiled: found.compiled, reading: { id: found.id, title: found.title }, main: false };
  const values = { reading: quoted(id), agreement: compiled.name };
  if (readings.length === 0)
    throw new GsomiaError('UNKNOWN_READING', `unknown reading ${quoted(id)}: ${compiled.name} has no readings`, 2, values);
  const ids = [...(main === null ? [] : [`${main.id} (main)`]), ...readings.map((reading) => reading.id)];
  // the values of the other languages' sentence (render/messages/errors.ts): the main id apart, as "(main)" is English
  const others = readings.map((reading) => reading.id).join(', ');
  throw new GsomiaError('UNKNOWN_READING', `unknown reading ${quoted(id)} of ${compiled.name}: its readings are ${ids.join(', ')}`, 2, {
    ...values,
    others,
    ...(main === null ? {} : { main: main.id }),
  });
}

/** The reading answered under: the one asked for, else the main one (null when unnamed). */
export function answeredUnder(compiled: CompiledAgreement, chosen: ChosenReading): ReadingName | null {
  return chosen.reading ?? mainReadingOf(compiled);
}

/** The first line of an answer under `--reading` ('' without it). */
export function readingText(chosen: ChosenReading, paint: Paint, messages: Messages): string {
  return chosen.reading === null ? '' : underReadingLine(chosen.reading, chosen.main, paint, messages);
}

/** Before an explanation of an agreement with readings: which one it explains ('' for other agreements). */
export function explainsText(compiled: CompiledAgreement, chosen: ChosenReading, paint: Paint, messages: Messages): string {
  if (readingsOf(compiled).length === 0) return '';
  const reading = answeredUnder(compiled, chosen);
  return `${paint.dim(messages.readings.explains(reading && { ...reading, main: chosen.main }))}\n`;
}
