import type { Day } from '../calendar/day.js';
import type { Timeline } from '../engine/timeline.js';
import type { Messages } from './messages/index.js';
import { yearStep, yearTicks } from './timeline-scale.js';
import { displayWidth } from './width.js';

const COLOURS = {
  term: ['#2f6fa3', '#5b9bd0'],
  indefinite: '#7d8fb8',
  window: '#f2c14e',
  deadline: '#c62828',
  pending: '#9c4dcc',
  suspended: '#c9a0dc',
  event: '#6a1b9a',
  end: '#b71c1c',
  survival: '#8fb996',
  today: '#333333',
  grid: '#d9d9d9',
  text: '#222222',
  muted: '#666666',
} as const;

const FONT = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/** Text for XML: & < > " ' escaped, so titles and party codes can never break the markup. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] as string);
}

/** Coordinates with at most one decimal, and no "-0": the same input gives the same bytes. */
const n = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
};

// Year labels, then a line for the today label, then the three rows.
const ROW = { axis: 54, today: 72, force: 82, notice: 124, events: 184 } as const;
const LEFT = 84;
const RIGHT = 28;

/**
 * The timeline as a standalone SVG document: the same rows as the text picture, with the
 * years and every deadline labelled (as room allows), a legend and a <title>.
 */
export function timelineSvg(timeline: Timeline, widthPx: number, messages: Messages): string {
  const words = messages.timelineSvg;
  const plot = widthPx - LEFT - RIGHT;
  const span = timeline.until - timeline.from + 1;
  const x = (day: Day) => LEFT + (Math.min(Math.max(day, timeline.from), timeline.until + 1) - timeline.from) * (plot / span);
  const visible = (day: Day) => day >= timeline.from && day <= timeline.until;
  const body: string[] = [];
  const title = words.title({ name: timeline.name, party: timeline.party, from: timeline.from, until: timeline.until });

  body.push(`<rect width="${widthPx}" height="100%" fill="#ffffff"/>`);
  body.push(`<text x="16" y="28" font-size="17" font-weight="bold">${xmlEscape(title)}</text>`);

  // Years: grid lines and labels, spaced so labels never touch.
  const ticks = yearTicks(timeline.from, timeline.until, yearStep(timeline.from, timeline.until, plot, 48));
  for (const [day, year] of ticks) {
    body.push(`<line x1="${n(x(day))}" y1="${ROW.axis + 4}" x2="${n(x(day))}" y2="${ROW.events + 22}" stroke="${COLOURS.grid}"/>`);
    body.push(
      `<text x="${n(x(day))}" y="${ROW.axis}" font-size="12" text-anchor="middle" fill="${COLOURS.muted}">${String(year).padStart(4, '0')}</text>`,
    );
  }

  const hasTerms = timeline.terms.length > 0;
  body.push(
    rowLabel(hasTerms ? words.row.terms : words.row.inForce, ROW.force + 17),
    rowLabel(words.row.notice, ROW.notice + 13),
    rowLabel(words.row.events, ROW.events + 5),
  );

  // Terms (alternating shades), the indefinite phase, renewals.
  for (const span of timeline.inForce) body.push(rect(x(span.from), ROW.force, x(span.to + 1), 24, COLOURS.term[0]));
  // Thousands of terms a few pixels wide would only bloat the file: the fill shows them.
  const first = timeline.terms[0];
  const last = timeline.terms[timeline.terms.length - 1];
  const termPixels = first && last && last !== first ? ((last.from - first.from) / (timeline.terms.length - 1)) * (plot / span) : plot;
  const dense = termPixels < 4;
  if (!dense)
    timeline.terms.forEach((term) => {
      const from = Math.max(term.from, timeline.from);
      const to = Math.min(term.to, timeline.until);
      if (from > to) return;
      body.push(rect(x(from), ROW.force, x(to + 1), 24, COLOURS.term[term.number % 2] as string));
      const middle = (x(from) + x(to + 1)) / 2;
      const label = words.term({ number: term.number });
      const room = x(to + 1) - x(from);
      const text = room >= displayWidth(label) * 7.5 ? label : room >= String(term.number).length * 8 + 4 ? String(term.number) : null;
      if (text !== null)
        body.push(
          `<text x="${n(middle)}" y="${ROW.force + 17}" font-size="12" text-anchor="middle" fill="#ffffff">${xmlEscape(text)}</text>`,
        );
    });
  for (const span of timeline.indefinite) body.push(rect(x(span.from), ROW.force, x(span.to + 1), 24, COLOURS.indefinite));
  // What survives a withdrawal: a thinner band after the end of force.
  for (const span of timeline.survival) body.push(rect(x(span.from), ROW.force + 7, x(span.to + 1), 10, COLOURS.survival));
  if (!dense)
    for (const day of timeline.renewals)
      body.push(
        `<line x1="${n(x(day))}" y1="${ROW.force - 3}" x2="${n(x(day))}" y2="${ROW.force + 27}" stroke="#ffffff" stroke-width="2"/>`,
      );

  // Notice windows and their deadlines, labelled where the labels fit.
  for (const [x1, x2] of mergedPixels(timeline.windows.map((w) => [x(w.from), x(w.to + 1)])))
    body.push(rect(x1, ROW.notice, x2, 18, COLOURS.window));
  let labelFree = -Infinity;
  for (const { day } of dense ? [] : timeline.deadlines) {
    const at = x(day + 1); // at the end of its day, where its window ends
    body.push(
      `<line x1="${n(at)}" y1="${ROW.notice - 4}" x2="${n(at)}" y2="${ROW.notice + 24}" stroke="${COLOURS.deadline}" stroke-width="2"/>`,
    );
    if (at - 36 < labelFree || at + 36 > widthPx) continue;
    body.push(
      `<text x="${n(at)}" y="${ROW.notice + 38}" font-size="11" text-anchor="middle" fill="${COLOURS.deadline}">${messages.day(day)}</text>`,
    );
    labelFree = at + 36 + 6;
  }

  // Notices while pending or suspended, then the events, labels on two staggered lines.
  for (const notice of timeline.notices) {
    const colour = notice.state === 'pending' ? COLOURS.pending : COLOURS.suspended;
    body.push(rect(x(notice.from), ROW.events - 4, x(notice.to + 1), 8, colour));
  }
  const lanes = [-Infinity, -Infinity];
  for (const event of timeline.events) {
    const at = x(event.day + 0.5);
    body.push(`<circle cx="${n(at)}" cy="${ROW.events}" r="7" fill="${COLOURS.event}" stroke="#ffffff"/>`);
    body.push(
      `<text x="${n(at)}" y="${ROW.events + 4}" font-size="11" font-weight="bold" text-anchor="middle" fill="#ffffff">${messages.eventLetter[event.type]}</text>`,
    );
    const label = words.event(event);
    const half = displayWidth(label) * 3.2;
    const lane = lanes.findIndex((free) => at - half >= free);
    if (lane === -1 || at - half < 4 || at + half > widthPx - 4) continue;
    body.push(
      `<text x="${n(at)}" y="${ROW.events + 26 + lane * 15}" font-size="11" text-anchor="middle" fill="${COLOURS.event}">${xmlEscape(label)}</text>`,
    );
    lanes[lane] = at + half + 8;
  }

  // The end of force and today, across all rows.
  for (const day of timeline.ends) {
    body.push(
      `<line x1="${n(x(day))}" y1="${ROW.force - 6}" x2="${n(x(day))}" y2="${ROW.events + 10}" stroke="${COLOURS.end}" stroke-width="3"/>`,
    );
  }
  if (visible(timeline.today)) {
    const at = x(timeline.today + 0.5);
    body.push(
      `<line x1="${n(at)}" y1="${ROW.force - 6}" x2="${n(at)}" y2="${ROW.events + 12}" stroke="${COLOURS.today}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    );
    // Near an edge the label hangs inward so it is never cut off.
    const anchor = at + 50 > widthPx ? 'end' : at - 50 < 0 ? 'start' : 'middle';
    const label = xmlEscape(words.today({ today: timeline.today }));
    body.push(`<text x="${n(at)}" y="${ROW.today}" font-size="11" text-anchor="${anchor}" fill="${COLOURS.today}">${label}</text>`);
  }

  const legendTop = ROW.events + 62;
  const { markup, height } = legend(timeline, widthPx, legendTop, messages);
  body.push(markup);
  const total = legendTop + height + 12;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${widthPx} ${total}" width="${widthPx}" height="${total}" role="img" aria-labelledby="timeline-title" font-family="${FONT}" font-size="12" fill="${COLOURS.text}">`,
    `<title id="timeline-title">${xmlEscape(title)}</title>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Pixel ranges with gaps under a pixel joined: what the eye sees, in fewer elements. */
function mergedPixels(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [x1, x2] of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && x1 - previous[1] < 1) previous[1] = Math.max(previous[1], x2);
    else merged.push([x1, x2]);
  }
  return merged;
}

function rowLabel(text: string, y: number): string {
  return `<text x="16" y="${y}" font-size="13" font-weight="bold">${xmlEscape(text)}</text>`;
}

function rect(x1: number, y: number, x2: number, height: number, fill: string): string {
  return `<rect x="${n(x1)}" y="${y}" width="${n(Math.max(x2 - x1, 1))}" height="${height}" fill="${fill}"/>`;
}

function legend(timeline: Timeline, widthPx: number, top: number, messages: Messages): { markup: string; height: number } {
  const words = messages.timelineSvg.legend;
  const items: [string, string][] = [];
  const fixedTerm = words.fixedTerm({ renewals: timeline.renewals.length > 0 });
  if (timeline.terms.length > 0) items.push([`<rect width="14" height="14" fill="${COLOURS.term[0]}"/>`, fixedTerm]);
  else if (timeline.inForce.length > timeline.indefinite.length)
    items.push([`<rect width="14" height="14" fill="${COLOURS.term[0]}"/>`, words.inForce]);
  if (timeline.indefinite.length > 0) items.push([`<rect width="14" height="14" fill="${COLOURS.indefinite}"/>`, words.indefinite]);
  items.push([`<rect width="14" height="14" fill="${COLOURS.window}"/>`, words.window]);
  if (timeline.deadlines.length > 0) items.push([`<rect x="6" width="3" height="14" fill="${COLOURS.deadline}"/>`, words.deadline]);
  if (timeline.notices.some((n) => n.state === 'pending'))
    items.push([`<rect y="3" width="14" height="8" fill="${COLOURS.pending}"/>`, words.pending]);
  if (timeline.notices.some((n) => n.state === 'suspended'))
    items.push([`<rect y="3" width="14" height="8" fill="${COLOURS.suspended}"/>`, words.suspended]);
  const types = [...new Set(timeline.events.map((event) => event.type))];
  for (const type of types)
    items.push([
      `<circle cx="7" cy="7" r="7" fill="${COLOURS.event}"/><text x="7" y="11" font-size="11" font-weight="bold" text-anchor="middle" fill="#ffffff">${messages.eventLetter[type]}</text>`,
      messages.eventType[type],
    ]);
  if (timeline.ends.length > 0) items.push([`<rect x="5" width="4" height="14" fill="${COLOURS.end}"/>`, words.end]);
  if (timeline.survival.length > 0) items.push([`<rect y="3" width="14" height="8" fill="${COLOURS.survival}"/>`, words.survival]);
  if (timeline.today >= timeline.from && timeline.today <= timeline.until)
    items.push([`<line x1="7" y1="0" x2="7" y2="14" stroke="${COLOURS.today}" stroke-width="1.5" stroke-dasharray="4 3"/>`, words.today]);
  const { legendLabel, legendHeading } = messages.timelineSvg;
  const parts = [
    `<g aria-label="${xmlEscape(legendLabel)}"><text x="16" y="${top + 11}" font-size="13" font-weight="bold">${xmlEscape(legendHeading)}</text>`,
  ];
  let cursor = LEFT;
  let y = top;
  for (const [swatch, text] of items) {
    const itemWidth = 22 + displayWidth(text) * 7 + 18;
    if (cursor + itemWidth > widthPx - 8 && cursor > LEFT) {
      cursor = LEFT;
      y += 22;
    }
    parts.push(`<g transform="translate(${cursor} ${y})">${swatch}<text x="20" y="11" font-size="12">${xmlEscape(text)}</text></g>`);
    cursor += itemWidth;
  }
  parts.push('</g>');
  return { markup: parts.join('\n'), height: y - top + 16 };
}
