import type { Paint } from './paint.js';
import { cutColumns, displayWidth } from './width.js';

/** What a cell of the text picture shows, for its colour. */
export type Style = 'term' | 'indefinite' | 'window' | 'deadline' | 'event' | 'notice' | 'end' | 'survival' | 'axis' | 'today' | 'plain';

export interface Cell {
  ch: string;
  style: Style;
}

// Every glyph here is one column wide (ASCII, box drawing, block elements, one triangle),
// so a line's length in code points is its width on screen once colour codes are gone.
export const GLYPH = {
  term: '━',
  termStart: '┣',
  indefinite: '═',
  window: '░',
  deadline: '┃',
  pending: '▒',
  suspended: '┄',
  end: '╳',
  survival: '┈',
  axis: '─',
  tick: '┬',
  today: '▼',
} as const;

/** Colours by style, from the paint the CLI chose: styler(paint)('deadline', '┃') → paint.red('┃'). */
export function styler(paint: Paint): (style: Style, text: string) => string {
  return (style, text) => {
    switch (style) {
      case 'term':
        return paint.cyan(text);
      case 'indefinite':
        return paint.blue(text);
      case 'window':
        return paint.yellow(text);
      case 'deadline':
      case 'end':
        return paint.red(text);
      case 'event':
        return paint.bold.magenta(text);
      case 'notice':
        return paint.magenta(text);
      case 'survival':
      case 'axis':
        return paint.dim(text);
      case 'today':
        return paint.bold(text);
      case 'plain':
        return text;
    }
  };
}

/**
 * Cells to text, one colour code per run of a style rather than per character:
 * [━ term, ━ term, ░ window] → cyan('━━') + yellow('░').
 */
export function runs(cells: readonly Cell[], style: (style: Style, text: string) => string): string {
  let out = '';
  let run = '';
  let current: Style | null = null;
  for (const cell of cells) {
    if (cell.style !== current && run !== '') {
      out += style(current as Style, run);
      run = '';
    }
    current = cell.style;
    run += cell.ch;
  }
  return run === '' ? out : out + style(current as Style, run);
}

/** Shortens text to `width` columns with an ellipsis, then styles it: fitToWidth('GSOMIA: 2016', 8) → 'GSOMIA:…'. */
export function fitToWidth(text: string, width: number, style: (text: string) => string = (t) => t): string {
  // by display width: a wide character (kanji, kana, Hangul) takes two columns
  return style(displayWidth(text) <= width ? text : `${cutColumns(text, width - 1)}…`);
}
