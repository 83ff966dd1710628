import type { Day } from '../../../calendar/day.js';
import type { PlannedEvent } from '../../../engine/compiled-agreement.js';
import { day } from './words.js';

type EventType = PlannedEvent['type'];

/** An event's kind in words, as history and the timeline name it. */
export const eventType: Record<EventType, string> = {
  notice: '통보',
  suspension: '정지',
  resumption: '재개',
  retraction: '철회',
  extension: '연장',
  accession: '가입',
  termination: '합의 종료',
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

const forParty = (party: string | null) => (party === null ? '' : ` (${party} 기준)`);

/** The words of the text timeline: heading, row labels, legend, key dates. */
export const timeline = {
  heading: (p: { name: string; party: string | null; from: Day; until: Day }) =>
    `${p.name}${forParty(p.party)}: ${day(p.from)} … ${day(p.until)}`,
  row: { terms: '기간', force: '효력', notice: '통보', events: '사건' },
  legend: {
    termWithRenewals: (p: { mark: string }) => `기간 (${p.mark} 자동 연장)`,
    fixedTerm: '유효 기간',
    indefinite: '무기한',
    window: '통보 가능',
    deadline: '통보 기한',
    pending: '통보 효력 발생 대기',
    suspended: '통보 정지 중',
    end: '효력 상실 첫날',
    survival: '탈퇴 후에도 존속하는 의무',
    today: (p: { today: Day }) => `오늘 (${day(p.today)})`,
  },
  key: {
    event: (p: { letter: string; type: EventType; party: string | null }) =>
      `${p.letter} ${eventType[p.type]}${p.party ? ` (${p.party})` : ''}`,
    deadline: (p: { mark: string; term: number }) => `${p.mark} 통보 기한 (제${p.term}기)`,
    end: (p: { mark: string }) => `${p.mark} 효력 상실 첫날`,
    survivalLastDay: (p: { mark: string }) => `${p.mark} 탈퇴 후에도 존속하는 의무가 적용되는 마지막 날`,
  },
};

/** The words of the SVG timeline: its title, row labels, marks and legend. */
export const timelineSvg = {
  title: (p: { name: string; party: string | null; from: Day; until: Day }) =>
    `${p.name}${forParty(p.party)} 연표, ${day(p.from)} ~ ${day(p.until)}`,
  row: { terms: '기간', inForce: '효력', notice: '통보', events: '사건' },
  term: (p: { number: number }) => `제${p.number}기`,
  event: (p: { type: EventType; party: string | null; day: Day }) => `${eventType[p.type]}${p.party ? ` ${p.party}` : ''} ${day(p.day)}`,
  today: (p: { today: Day }) => `오늘 ${day(p.today)}`,
  legendHeading: '범례',
  legendLabel: '범례',
  legend: {
    fixedTerm: (p: { renewals: boolean }) => `유효 기간${p.renewals ? ' (흰 선: 자동 연장)' : ''}`,
    inForce: '효력 있음',
    indefinite: '무기한',
    window: '통보 가능',
    deadline: '통보 기한',
    pending: '통보 효력 발생 대기',
    suspended: '통보 정지 중',
    end: '효력 상실 첫날',
    survival: '탈퇴 후에도 존속하는 의무',
    today: '오늘',
  },
};
