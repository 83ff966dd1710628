// The timeline's sizes, apart from the drawings: `timeline` checks --width against them before
// it loads the drawing code (a lazy chunk, cli/commands/timeline-picture.ts).

/** The narrowest picture that still has room for labels and a few years. */
export const MIN_TIMELINE_WIDTH = 40;

/** Pixels per text column: `--width 100` draws a 1200-pixel picture. */
export const PIXELS_PER_COLUMN = 12;
