import type { Day } from '../../calendar/day.js';
import type { CompiledAgreement } from '../../engine/compiled-agreement.js';
import { timelineOf } from '../../engine/timeline.js';
import type { Messages } from '../../render/messages/index.js';
import type { Paint } from '../../render/paint.js';
import { timelineSvg } from '../../render/timeline-svg.js';
import { timelineText } from '../../render/timeline-text.js';

// `timeline`'s model and drawings, a lazy chunk of the bin (scripts/build.mjs): no other
// command needs them, so a one-line answer does not load them. Everything it uses comes in
// as arguments (the table, the paint), none of the bin's module state.

/** The days drawn: `today` marks the axis, `party` picks one member of a multilateral agreement. */
export interface PictureRange {
  readonly start: Day;
  readonly end: Day;
  readonly today: Day;
  readonly party: string | null;
}

/** How it is drawn: text `width` columns wide, or an SVG `pixels` wide. */
export interface PictureStyle {
  readonly format: 'text' | 'svg';
  readonly width: number;
  readonly pixels: number;
  readonly paint: Paint;
  readonly messages: Messages;
}

/**
 * The timeline of an agreement over a range, as text or SVG.
 * timelinePicture(gsomia, { start, end, today, party: null }, { format: 'svg', … }) → '<svg …'
 */
export function timelinePicture(compiled: CompiledAgreement, range: PictureRange, style: PictureStyle): string {
  const timeline = timelineOf(compiled, range.start, range.end, range.today, range.party);
  return style.format === 'svg'
    ? timelineSvg(timeline, style.pixels, style.messages)
    : timelineText(timeline, style.width, style.paint, style.messages);
}
