import type { Day } from '../../../calendar/day.js';
import type { PlannedEvent } from '../../../engine/compiled-agreement.js';
import { day } from './words.js';

type EventType = PlannedEvent['type'];

/** An event's kind in words, as history and the timeline name it. */
export const eventType: Record<EventType, string> = {
  notice: '通告',
  suspension: '停止',
  resumption: '再開',
  retraction: '撤回',
  extension: '延長',
  accession: '加入',
  termination: '合意による終了',
};

/** The one letter that marks an event on a timeline: one column, as in every language (the legend names it). */
export const eventLetter: Record<EventType, string> = {
  notice: 'N',
  suspension: 'S',
  resumption: 'R',
  retraction: 'X',
  extension: 'E',
  accession: 'A',
  termination: 'T',
};

const forParty = (party: string | null) => (party === null ? '' : `（${party}について）`);

/** The words of the text timeline: heading, row labels, legend, key dates. */
export const timeline = {
  heading: (p: { name: string; party: string | null; from: Day; until: Day }) =>
    `${p.name}${forParty(p.party)}：${day(p.from)} … ${day(p.until)}`,
  row: { terms: '期間', force: '効力', notice: '通告', events: '出来事' },
  legend: {
    termWithRenewals: (p: { mark: string }) => `期間（${p.mark} 自動延長）`,
    fixedTerm: '有効期間',
    indefinite: '無期限',
    window: '通告可能',
    deadline: '通告期限',
    pending: '通告の効力発生待ち',
    suspended: '通告の停止中',
    end: '失効の初日',
    survival: '脱退後も存続する義務',
    today: (p: { today: Day }) => `今日（${day(p.today)}）`,
  },
  key: {
    event: (p: { letter: string; type: EventType; party: string | null }) =>
      `${p.letter} ${eventType[p.type]}${p.party ? `（${p.party}）` : ''}`,
    deadline: (p: { mark: string; term: number }) => `${p.mark} 通告期限（第${p.term}期）`,
    end: (p: { mark: string }) => `${p.mark} 失効の初日`,
    survivalLastDay: (p: { mark: string }) => `${p.mark} 脱退後も存続する義務が適用される最後の日`,
  },
};

/** The words of the SVG timeline: its title, row labels, marks and legend. */
export const timelineSvg = {
  title: (p: { name: string; party: string | null; from: Day; until: Day }) =>
    `${p.name}${forParty(p.party)}の年表（${day(p.from)}～${day(p.until)}）`,
  row: { terms: '期間', inForce: '効力', notice: '通告', events: '出来事' },
  term: (p: { number: number }) => `第${p.number}期`,
  event: (p: { type: EventType; party: string | null; day: Day }) => `${eventType[p.type]}${p.party ? ` ${p.party}` : ''} ${day(p.day)}`,
  today: (p: { today: Day }) => `今日 ${day(p.today)}`,
  legendHeading: '凡例',
  legendLabel: '凡例',
  legend: {
    fixedTerm: (p: { renewals: boolean }) => `有効期間${p.renewals ? '（白線：自動延長）' : ''}`,
    inForce: '効力あり',
    indefinite: '無期限',
    window: '通告可能',
    deadline: '通告期限',
    pending: '通告の効力発生待ち',
    suspended: '通告の停止中',
    end: '失効の初日',
    survival: '脱退後も存続する義務',
    today: '今日',
  },
};
