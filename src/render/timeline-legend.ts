import type { Day } from '../calendar/day.js';
import type { Timeline } from '../engine/timeline.js';
import type { Messages } from './messages/index.js';
import { fitToWidth, GLYPH, type Style } from './timeline-cells.js';
import { displayWidth, padColumns } from './width.js';

/**
 * The legend under the picture: each mark it uses and what it means, wrapped to `width`.
 * GSOMIA 2016–2024 → "┣━ term (┣ renewal)  ░ notice possible  ┃ notice deadline  …".
 */
export function legend(timeline: Timeline, width: number, style: (style: Style, text: string) => string, messages: Messages): string[] {
  const words = messages.timeline.legend;
  const items: [Style, string, string][] = [];
  const termWords = timeline.renewals.length > 0 ? words.termWithRenewals({ mark: GLYPH.termStart }) : words.fixedTerm;
  if (timeline.terms.length > 0) items.push(['term', `${GLYPH.termStart}${GLYPH.term}`, termWords]);
  if (timeline.indefinite.length > 0) items.push(['indefinite', GLYPH.indefinite, words.indefinite]);
  items.push(['window', GLYPH.window, words.window]);
  if (timeline.deadlines.length > 0) items.push(['deadline', GLYPH.deadline, words.deadline]);
  if (timeline.notices.some((n) => n.state === 'pending')) items.push(['notice', GLYPH.pending, words.pending]);
  if (timeline.notices.some((n) => n.state === 'suspended')) items.push(['notice', GLYPH.suspended, words.suspended]);
  if (timeline.ends.length > 0) items.push(['end', GLYPH.end, words.end]);
  if (timeline.survival.length > 0) items.push(['survival', GLYPH.survival, words.survival]);
  const { today } = timeline;
  if (today >= timeline.from && today <= timeline.until) items.push(['today', GLYPH.today, words.today({ today })]);
  const types = [...new Set(timeline.events.map((event) => event.type))];
  for (const type of types) items.push(['event', messages.eventLetter[type], messages.eventType[type]]);
  const lines: string[] = [];
  let plain = '';
  let styled = '';
  for (const [kind, glyph, text] of items) {
    const entry = `${glyph} ${text}`;
    if (plain !== '' && displayWidth(plain) + 2 + displayWidth(entry) > width) {
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

/**
 * The dates behind the marks: events, the deadlines still ahead, the end of force.
 * GSOMIA → ['', '2019-08-23  N notice (KR)', '2019-11-22  S suspension (KR)', …].
 */
export function keyDates(timeline: Timeline, width: number, messages: Messages): string[] {
  const words = messages.timeline.key;
  const rows: [Day, string][] = [];
  for (const { day, type, party } of timeline.events) rows.push([day, words.event({ letter: messages.eventLetter[type], type, party })]);
  const ahead = timeline.deadlines.filter((d) => d.day >= timeline.today).slice(0, 2);
  for (const deadline of ahead) rows.push([deadline.day, words.deadline({ mark: GLYPH.deadline, term: deadline.term })]);
  for (const end of timeline.ends) rows.push([end, words.end({ mark: GLYPH.end })]);
  for (const { lastDay } of timeline.survival) {
    if (lastDay >= timeline.from && lastDay <= timeline.until) rows.push([lastDay, words.survivalLastDay({ mark: GLYPH.survival })]);
  }
  if (rows.length === 0) return [];
  rows.sort((a, b) => a[0] - b[0]);
  const dateWidth = Math.max(...rows.map(([day]) => displayWidth(messages.day(day))));
  return ['', ...rows.map(([day, text]) => fitToWidth(`${padColumns(messages.day(day), dateWidth)}  ${text}`, width))];
}
