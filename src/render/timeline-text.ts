import { civilFromDay, dayFromCivil, type Day } from '../calendar/day.js';
import type { Paint } from './paint.js';
import { showDay } from './dates.js';
import type { Span, Timeline } from '../engine/timeline.js';

/** The narrowest picture that still has room for labels and a few years. */
export const MIN_TIMELINE_WIDTH = 40;

type Style = 'term' | 'indefinite' | 'window' | 'deadline' | 'event' | 'notice' | 'end' | 'axis' | 'today' | 'plain';

interface Cell {
  ch: string;
  style: Style;
}

// Every glyph here is one column wide (ASCII, box drawing, block elements, one triangle),
// so a line's length in code points is its width on screen once colour codes are gone.
const GLYPH = {
  term: '━',
  termStart: '┣',
  indefinite: '═',
  window: '░',
  deadline: '┃',
  pending: '▒',
  suspended: '┄',
  end: '╳',
  axis: '─',
  tick: '┬',
  today: '▼',
} as const;

export const EVENT_LETTERS = {
  notice: 'N',
  suspension: 'S',
  resumption: 'R',
  retraction: 'X',
  extension: 'E',
  accession: 'A',
  termination: 'T',
} as const;

const LABEL_WIDTH = 7;

/**
 * Maps days onto `columns` columns: a day's column, and the day a column stands for
 * (its middle), so fills and markers agree however many days a column holds.
 */
export function scaleOf(from: Day, until: Day, columns: number) {
  const span = until - from + 1;
  return {
    column: (day: Day) => Math.min(columns - 1, Math.max(0, Math.floor(((day - from) * columns) / span))),
    dayAt: (column: number) => from + Math.floor(((column + 0.5) * span) / columns),
    /** the first and last day a column holds (last < first when a column holds none) */
    daysOf: (column: number): [Day, Day] => [from + Math.ceil((column * span) / columns), from + Math.ceil(((column + 1) * span) / columns) - 1],
    visible: (day: Day) => day >= from && day <= until,
  };
}

const within = (spans: readonly Span[], day: Day) => spans.some((span) => span.from <= day && day <= span.to);

/** Years step for axis labels: each label (4 digits and a gap) needs `minColumns` columns. */
export function yearStep(from: Day, until: Day, columns: number, minColumns: number): number {
  const perYear = (columns * 365.2425) / (until - from + 1);
  return [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000].find((step) => step * perYear >= minColumns) ?? 10000;
}

/** The first days of the labelled years inside the window: [day, year] pairs. */
export function yearTicks(from: Day, until: Day, step: number): [Day, number][] {
  const ticks: [Day, number][] = [];
  const first = civilFromDay(from);
  let year = Math.ceil((first.month === 1 && first.day === 1 ? first.year : first.year + 1) / step) * step;
  for (; year <= 9999; year += step) {
    const day = dayFromCivil(year, 1, 1);
    if (day > until) break;
    ticks.push([day, year]);
  }
  return ticks;
}

/**
 * The timeline as text, every line at most `width` columns: a year axis, the terms (or
 * the indefinite phase), notice windows with their deadlines, notices and other events,
 * the end of force, then a legend and the key dates.
 */
export function timelineText(timeline: Timeline, width: number, paint: Paint): string {
  const columns = width - LABEL_WIDTH;
  const scale = scaleOf(timeline.from, timeline.until, columns);
  const row = (): Cell[] => Array.from({ length: columns }, () => ({ ch: ' ', style: 'plain' as Style }));
  const put = (cells: Cell[], day: Day, ch: string, style: Style) => {
    if (!scale.visible(day)) return;
    const cell = cells[scale.column(day)] as Cell;
    cell.ch = ch;
    cell.style = style;
  };

  // Axis: ticks and labels for the years.
  const labels = row();
  const axis = row().map(() => ({ ch: GLYPH.axis, style: 'axis' as Style }));
  let free = 0;
  for (const [day, year] of yearTicks(timeline.from, timeline.until, yearStep(timeline.from, timeline.until, columns, 6))) {
    const column = scale.column(day);
    put(axis, day, GLYPH.tick, 'axis');
    const text = String(year).padStart(4, '0');
    if (column < free || column + text.length > columns) continue;
    [...text].forEach((ch, i) => Object.assign(labels[column + i] as Cell, { ch, style: 'axis' }));
    free = column + text.length + 1;
  }
  put(axis, timeline.today, GLYPH.today, 'today');

  // Terms, or the indefinite phase, while in force.
  const force = row();
  force.forEach((cell, column) => {
    const day = scale.dayAt(column);
    if (!within(timeline.inForce, day)) return;
    Object.assign(cell, within(timeline.indefinite, day) ? { ch: GLYPH.indefinite, style: 'indefinite' } : { ch: GLYPH.term, style: 'term' });
  });
  // Renewal marks only when a term is a few columns wide; denser, they would be all there is.
  const termColumns = timeline.terms.length === 0 ? 0 : (averageLength(timeline) * columns) / (timeline.until - timeline.from + 1);
  if (termColumns >= 3) {
    for (const term of timeline.terms) {
      if (!scale.visible(term.from)) continue;
      const column = scale.column(term.from);
      put(force, term.from, GLYPH.termStart, 'term');
      const number = String(term.number);
      const room = scale.column(term.to) - column;
      if (room > number.length) [...number].forEach((ch, i) => Object.assign(force[column + 1 + i] as Cell, { ch, style: 'term' }));
    }
  }
  for (const end of timeline.ends) put(force, end, GLYPH.end, 'end');

  // Notice windows and deadlines.
  const notice = row();
  // A column that holds any day of a window shows it, so dense windows stay visible;
  // deadlines are marked only while terms are wide enough for the marks to mean something.
  notice.forEach((cell, column) => {
    const [first, last] = scale.daysOf(column);
    const day = scale.dayAt(column);
    const open = termColumns < 2 ? timeline.windows.some((w) => w.from <= Math.max(last, day) && w.to >= Math.min(first, day)) : within(timeline.windows, day);
    if (open) Object.assign(cell, { ch: GLYPH.window, style: 'window' });
  });
  if (termColumns >= 2 || timeline.terms.length === 0) for (const { day } of timeline.deadlines) put(notice, day, GLYPH.deadline, 'deadline');

  // Notices while pending or suspended, and the events themselves.
  const events = row();
  events.forEach((cell, column) => {
    const day = scale.dayAt(column);
    const span = timeline.notices.find((n) => n.from <= day && day <= n.to);
    if (span) Object.assign(cell, { ch: span.state === 'pending' ? GLYPH.pending : GLYPH.suspended, style: 'notice' });
  });
  const taken = new Set<number>();
  for (const event of timeline.events) {
    const column = scale.column(event.day);
    put(events, event.day, taken.has(column) ? '*' : EVENT_LETTERS[event.type], 'event');
    taken.add(column);
  }

  const style = styler(paint);
  const gutter = (text: string) => paint.dim(text.padEnd(LABEL_WIDTH));
  const line = (label: string, cells: Cell[]) => (gutter(label) + runs(cells, style)).trimEnd();
  const who = timeline.party === null ? '' : ` for ${timeline.party}`;
  const lines = [
    fit(`${timeline.name}${who}: ${showDay(timeline.from)} … ${showDay(timeline.until)}`, width, (t) => paint.bold(t)),
    line('', labels),
    line('', axis),
    line(timeline.terms.length > 0 ? 'terms' : 'force', force),
    line('notice', notice),
    line('events', events),
    '',
    ...legend(timeline, width, style),
    ...keyDates(timeline, width),
  ];
  return `${lines.join('\n')}\n`;
}

function averageLength(timeline: Timeline): number {
  const first = timeline.terms[0];
  const last = timeline.terms[timeline.terms.length - 1];
  if (!first || !last || timeline.terms.length < 2) return first ? first.to - first.from + 1 : 1;
  return (last.from - first.from) / (timeline.terms.length - 1);
}

function styler(paint: Paint): (style: Style, text: string) => string {
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
      case 'axis':
        return paint.dim(text);
      case 'today':
        return paint.bold(text);
      case 'plain':
        return text;
    }
  };
}

/** Cells to text, one colour code per run of a style rather than per character. */
function runs(cells: readonly Cell[], style: (style: Style, text: string) => string): string {
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

/** Shortens text to `width` columns with an ellipsis, then styles it. */
function fit(text: string, width: number, style: (text: string) => string = (t) => t): string {
  const chars = [...text];
  return style(chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`);
}

function legend(timeline: Timeline, width: number, style: (style: Style, text: string) => string): string[] {
  const items: [Style, string, string][] = [];
  if (timeline.terms.length > 0) items.push(['term', `${GLYPH.termStart}${GLYPH.term}`, timeline.renewals.length > 0 ? 'term (┣ renewal)' : 'fixed term']);
  if (timeline.indefinite.length > 0) items.push(['indefinite', GLYPH.indefinite, 'indefinite']);
  items.push(['window', GLYPH.window, 'notice possible']);
  if (timeline.deadlines.length > 0) items.push(['deadline', GLYPH.deadline, 'notice deadline']);
  if (timeline.notices.some((n) => n.state === 'pending')) items.push(['notice', GLYPH.pending, 'notice pending']);
  if (timeline.notices.some((n) => n.state === 'suspended')) items.push(['notice', GLYPH.suspended, 'notice suspended']);
  if (timeline.ends.length > 0) items.push(['end', GLYPH.end, 'first day out of force']);
  if (timeline.today >= timeline.from && timeline.today <= timeline.until) items.push(['today', GLYPH.today, `today (${showDay(timeline.today)})`]);
  const types = [...new Set(timeline.events.map((event) => event.type))];
  for (const type of types) items.push(['event', EVENT_LETTERS[type], type]);
  const lines: string[] = [];
  let plain = '';
  let styled = '';
  for (const [kind, glyph, text] of items) {
    const entry = `${glyph} ${text}`;
    if (plain !== '' && [...plain].length + 2 + [...entry].length > width) {
      lines.push(styled);
      plain = '';
      styled = '';
    }
    const piece = `${style(kind, glyph)} ${text}`;
    styled += plain === '' ? piece : `  ${piece}`;
    plain += plain === '' ? entry : `  ${entry}`;
  }
  if (plain !== '') lines.push(styled);
  return lines;
}

/** The dates behind the marks: events, the deadlines still ahead, the end of force. */
function keyDates(timeline: Timeline, width: number): string[] {
  const rows: [Day, string][] = [];
  for (const event of timeline.events) rows.push([event.day, `${EVENT_LETTERS[event.type]} ${event.type}${event.party ? ` (${event.party})` : ''}`]);
  const ahead = timeline.deadlines.filter((d) => d.day >= timeline.today).slice(0, 2);
  for (const deadline of ahead) rows.push([deadline.day, `${GLYPH.deadline} notice deadline (term ${deadline.term})`]);
  for (const end of timeline.ends) rows.push([end, `${GLYPH.end} first day out of force`]);
  if (rows.length === 0) return [];
  rows.sort((a, b) => a[0] - b[0]);
  return ['', ...rows.map(([day, text]) => fit(`${showDay(day)}  ${text}`, width))];
}
