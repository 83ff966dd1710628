import type { Day } from '../../../calendar/day.js';
import type { PlannedEvent } from '../../../engine/compiled-agreement.js';
import { day } from './words.js';

type EventType = PlannedEvent['type'];

/** An event's kind in words, as history and the timeline name it. */
export const eventType: Record<EventType, string> = {
  notice: '通知',
  suspension: '中止',
  resumption: '恢复',
  retraction: '撤回',
  extension: '延期',
  accession: '加入',
  termination: '协议终止',
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

const forParty = (party: string | null) => (party === null ? '' : `（就${party}而言）`);

/** The words of the text timeline: heading, row labels, legend, key dates. */
export const timeline = {
  heading: (p: { name: string; party: string | null; from: Day; until: Day }) =>
    `${p.name}${forParty(p.party)}：${day(p.from)} … ${day(p.until)}`,
  row: { terms: '各期', force: '有效', notice: '通知', events: '事件' },
  legend: {
    termWithRenewals: (p: { mark: string }) => `有效期（${p.mark} 自动延长）`,
    fixedTerm: '有效期',
    indefinite: '无限期',
    window: '可发出通知',
    deadline: '通知期限',
    pending: '通知待生效',
    suspended: '通知已中止',
    end: '失效首日',
    survival: '退出后仍存续的义务',
    today: (p: { today: Day }) => `今天（${day(p.today)}）`,
  },
  key: {
    event: (p: { letter: string; type: EventType; party: string | null }) =>
      `${p.letter} ${eventType[p.type]}${p.party ? `（${p.party}）` : ''}`,
    deadline: (p: { mark: string; term: number }) => `${p.mark} 通知期限（第${p.term}期）`,
    end: (p: { mark: string }) => `${p.mark} 失效首日`,
    survivalLastDay: (p: { mark: string }) => `${p.mark} 退出后仍存续的义务适用的最后一天`,
  },
};

/** The words of the SVG timeline: its title, row labels, marks and legend. */
export const timelineSvg = {
  title: (p: { name: string; party: string | null; from: Day; until: Day }) =>
    `${p.name}${forParty(p.party)}时间线，${day(p.from)}至${day(p.until)}`,
  row: { terms: '各期', inForce: '有效', notice: '通知', events: '事件' },
  term: (p: { number: number }) => `第${p.number}期`,
  event: (p: { type: EventType; party: string | null; day: Day }) => `${eventType[p.type]}${p.party ? ` ${p.party}` : ''} ${day(p.day)}`,
  today: (p: { today: Day }) => `今天 ${day(p.today)}`,
  legendHeading: '图例',
  legendLabel: '图例',
  legend: {
    fixedTerm: (p: { renewals: boolean }) => `有效期${p.renewals ? '（白线：自动延长）' : ''}`,
    inForce: '有效',
    indefinite: '无限期',
    window: '可发出通知',
    deadline: '通知期限',
    pending: '通知待生效',
    suspended: '通知已中止',
    end: '失效首日',
    survival: '退出后仍存续的义务',
    today: '今天',
  },
};
