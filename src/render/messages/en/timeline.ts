import type { Day } from '../../../calendar/day.js';
import type { PlannedEvent } from '../../../engine/compiled-agreement.js';
import { day } from './words.js';

type EventType = PlannedEvent['type'];

/** An event's kind in words, as history and the timeline name it. */
export const eventType: Record<EventType, string> = {
  notice: 'notice',
  suspension: 'suspension',
  resumption: 'resumption',
  retraction: 'retraction',
  extension: 'extension',
  accession: 'accession',
  termination: 'termination',
};

/** The one letter that marks an event on a timeline: the initial of its name. */
export const eventLetter: Record<EventType, string> = {
  notice: 'N',
  suspension: 'S',
  resumption: 'R',
  retraction: 'X',
  extension: 'E',
  accession: 'A',
  termination: 'T',
};

const forParty = (party: string | null) => (party === null ? '' : ` for ${party}`);

/** The words of the text timeline: heading, row labels, legend, key dates. */
export const timeline = {
  heading: (p: { name: string; party: string | null; from: Day; until: Day }) =>
    `${p.name}${forParty(p.party)}: ${day(p.from)} … ${day(p.until)}`,
  row: { terms: 'terms', force: 'force', notice: 'notice', events: 'events' },
  legend: {
    /** `mark` is the glyph that starts a renewed term */
    termWithRenewals: (p: { mark: string }) => `term (${p.mark} renewal)`,
    fixedTerm: 'fixed term',
    indefinite: 'indefinite',
    window: 'notice possible',
    deadline: 'notice deadline',
    pending: 'notice pending',
    suspended: 'notice suspended',
    end: 'first day out of force',
    survival: 'obligations survive the withdrawal',
    today: (p: { today: Day }) => `today (${day(p.today)})`,
  },
  key: {
    event: (p: { letter: string; type: EventType; party: string | null }) =>
      `${p.letter} ${eventType[p.type]}${p.party ? ` (${p.party})` : ''}`,
    deadline: (p: { mark: string; term: number }) => `${p.mark} notice deadline (term ${p.term})`,
    end: (p: { mark: string }) => `${p.mark} first day out of force`,
    survivalLastDay: (p: { mark: string }) => `${p.mark} last day the obligations that survive the withdrawal apply`,
  },
};

/** The words of the SVG timeline: its title, row labels, marks and legend. */
export const timelineSvg = {
  title: (p: { name: string; party: string | null; from: Day; until: Day }) =>
    `${p.name}${forParty(p.party)} timeline, ${day(p.from)} to ${day(p.until)}`,
  row: { terms: 'Terms', inForce: 'In force', notice: 'Notice', events: 'Events' },
  term: (p: { number: number }) => `term ${p.number}`,
  event: (p: { type: EventType; party: string | null; day: Day }) => `${eventType[p.type]}${p.party ? ` ${p.party}` : ''} ${day(p.day)}`,
  today: (p: { today: Day }) => `today ${day(p.today)}`,
  legendHeading: 'Legend',
  /** the legend group's accessible name */
  legendLabel: 'legend',
  legend: {
    fixedTerm: (p: { renewals: boolean }) => `fixed term${p.renewals ? ' (white line: renewal)' : ''}`,
    inForce: 'in force',
    indefinite: 'indefinite duration',
    window: 'notice possible',
    deadline: 'notice deadline',
    pending: 'notice pending',
    suspended: 'notice suspended',
    end: 'first day out of force',
    survival: 'obligations survive the withdrawal',
    today: 'today',
  },
};
