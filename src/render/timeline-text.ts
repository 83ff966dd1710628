import type { Day } from '../calendar/day.js';
import type { Span, Timeline } from '../engine/timeline.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';
import { type Cell, fitToWidth, GLYPH, runs, type Style, styler } from './timeline-cells.js';
import { keyDates, legend } from './timeline-legend.js';
import { monthTicks, scaleOf, yearStep, yearTicks } from './timeline-scale.js';
import { displayWidth, isWide, padColumns } from './width.js';

const LABEL_WIDTH = 7;

const within = (spans: readonly Span[], day: Day) => spans.some((span) => span.from <= day && day <= span.to);

/**
 * The timeline as text, every line at most `width` columns: a year axis, the terms (or
 * the indefinite phase), notice windows with their deadlines, notices and other events,
 * the end of force, then a legend and the key dates.
 */
export function timelineText(timeline: Timeline, width: number, paint: Paint, messages: Messages): string {
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
  // By display width: a wide character fills its cell and the next, left empty.
  const label = (column: number, text: string) => {
    const width = displayWidth(text);
    if (column < free || column + width > columns) return;
    let at = column;
    for (const ch of text) {
      Object.assign(labels[at] as Cell, { ch, style: 'axis' });
      if (isWide(ch)) Object.assign(labels[at + 1] as Cell, { ch: '', style: 'axis' });
      at += isWide(ch) ? 2 : 1;
    }
    free = column + width + 1;
  };
  const years = yearTicks(timeline.from, timeline.until, yearStep(timeline.from, timeline.until, columns, 6));
  // A range with fewer than two year labels gets dates: its first and last day, and the
  // months between where they fit, so that a deadline mark can be read off the axis.
  if (years.length < 2) {
    label(0, messages.day(timeline.from));
    for (const [day, text] of monthTicks(timeline.from, timeline.until)) {
      put(axis, day, GLYPH.tick, 'axis');
      if (scale.column(day) + text.length + displayWidth(messages.day(timeline.until)) + 1 <= columns) label(scale.column(day), text);
    }
    const last = messages.day(timeline.until);
    label(columns - displayWidth(last), last);
  } else {
    for (const [day, year] of years) {
      put(axis, day, GLYPH.tick, 'axis');
      label(scale.column(day), String(year).padStart(4, '0'));
    }
  }
  put(axis, timeline.today, GLYPH.today, 'today');

  // Terms, or the indefinite phase, while in force.
  const force = row();
  force.forEach((cell, column) => {
    const day = scale.dayAt(column);
    if (!within(timeline.inForce, day)) return;
    Object.assign(
      cell,
      within(timeline.indefinite, day) ? { ch: GLYPH.indefinite, style: 'indefinite' } : { ch: GLYPH.term, style: 'term' },
    );
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
      if (room > number.length)
        for (const [i, ch] of [...number].entries()) Object.assign(force[column + 1 + i] as Cell, { ch, style: 'term' });
    }
  }
  // What survives a withdrawal, after it: drawn before the end marks, which stay on top.
  force.forEach((cell, column) => {
    if (within(timeline.survival, scale.dayAt(column))) Object.assign(cell, { ch: GLYPH.survival, style: 'survival' });
  });
  for (const end of timeline.ends) put(force, end, GLYPH.end, 'end');

  // Notice windows and deadlines.
  const notice = row();
  // A column that holds any day of a window shows it, so dense windows stay visible;
  // deadlines are marked only while terms are wide enough for the marks to mean something.
  notice.forEach((cell, column) => {
    const [first, last] = scale.daysOf(column);
    const day = scale.dayAt(column);
    const open =
      termColumns < 2
        ? timeline.windows.some((w) => w.from <= Math.max(last, day) && w.to >= Math.min(first, day))
        : within(timeline.windows, day);
    if (open) Object.assign(cell, { ch: GLYPH.window, style: 'window' });
  });
  if (termColumns >= 2 || timeline.terms.length === 0)
    for (const { day } of timeline.deadlines) {
      // At the end of its day: the day itself is still a day for notice.
      if (!scale.visible(day)) continue;
      Object.assign(notice[scale.endColumn(day)] as Cell, { ch: GLYPH.deadline, style: 'deadline' });
    }

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
    put(events, event.day, taken.has(column) ? '*' : messages.eventLetter[event.type], 'event');
    taken.add(column);
  }

  const style = styler(paint);
  const gutter = (text: string) => paint.dim(padColumns(text, LABEL_WIDTH));
  const line = (label: string, cells: Cell[]) => (gutter(label) + runs(cells, style)).trimEnd();
  const rowWords = messages.timeline.row;
  const { name, party, from, until } = timeline;
  const lines = [
    fitToWidth(messages.timeline.heading({ name, party, from, until }), width, (t) => paint.bold(t)),
    line('', labels),
    line('', axis),
    line(timeline.terms.length > 0 ? rowWords.terms : rowWords.force, force),
    line(rowWords.notice, notice),
    line(rowWords.events, events),
    '',
    ...legend(timeline, width, style, messages),
    ...keyDates(timeline, width, messages),
  ];
  return `${lines.join('\n')}\n`;
}

function averageLength(timeline: Timeline): number {
  const first = timeline.terms[0];
  const last = timeline.terms[timeline.terms.length - 1];
  if (!first || !last || timeline.terms.length < 2) return first ? first.to - first.from + 1 : 1;
  return (last.from - first.from) / (timeline.terms.length - 1);
}
