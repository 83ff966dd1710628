import type { Difference } from '../../../engine/reading-differences.js';
import { deadlines } from './deadlines.js';
import { day } from './words.js';

// The Korean words of readings (SPEC §7, 해석): where the record disagrees. A reading's id
// and title are the definition file's own, and stay as written.

/** A reading as the text names it: "'tokyo' (Tokyo: the 2019 suspension spent the notice)". */
const named = (p: { id: string; title: string }) => `'${p.id}' (${p.title})`;

const NOTICE_STATE = { pending: '효력 발생 대기', suspended: '정지 중', retracted: '철회됨', effective: '효력 발생' } as const;

/** One way another reading's answer differs: "KP은(는) 2003년 4월 9일까지 당사국". */
function difference(d: Difference): string {
  switch (d.kind) {
    case 'party':
      return d.outOn === null ? `${d.party}은(는) 여전히 당사국` : `${d.party}은(는) ${day(d.outOn - 1)}까지 당사국`;
    case 'out':
      return d.outOn === null ? '효력 있음' : `${day(d.outOn)}부터 효력 상실`;
    case 'term':
      return `제${d.number}기 ${day(d.start)} … ${day(d.end)}`;
    case 'ends':
      if (d.on === null) return '종료 예정 없음';
      return d.reason === 'expiry' ? `${day(d.on)}에 기간 만료` : `효력 발생 대기 중인 통보로 ${day(d.on)}부터 효력 상실`;
    case 'notice':
      if (d.possible) return d.deadline === null ? '통보 가능' : `${day(d.deadline)}까지 통보 가능`;
      return d.deadline === null ? '통보 불가' : `더 이상 통보할 수 없음 (기한은 ${day(d.deadline)})`;
    case 'effect':
      return d.effectiveOn === null ? '그날의 통보는 아무것도 바꾸지 않음' : `그날의 통보는 ${day(d.effectiveOn)}에 효력을 발생`;
    case 'earliest-end':
      return d.on === null ? '그날의 어떤 행위로도 더 일찍 종료시킬 수 없음' : `그날의 행위로 종료시킬 수 있는 가장 이른 날은 ${day(d.on)}`;
    case 'notice-state': {
      const notice = `${day(d.received)} ${d.party}의 통보 ${NOTICE_STATE[d.state]}`;
      return d.effectiveOn === null ? notice : `${notice}, 효력을 잃는 첫날 ${day(d.effectiveOn)}`;
    }
    case 'deadline':
      return d.deadline === null ? '기한이 더 적음' : `다른 첫 기한 ${day(d.deadline.date)}, ${deadlines.kind[d.deadline.kind]}`;
  }
}

/** The words of readings (SPEC §7): where the record disagrees. */
export const readings = {
  /** "해석 'fresh-notice' (…)에 따르면: KP은(는) 2003년 4월 9일까지 당사국" */
  differs: (p: { id: string; title: string; differences: readonly Difference[] }) =>
    `해석 ${named(p)}에 따르면: ${p.differences.map(difference).join('; ')}`,
  /** the first line of an answer given under a reading chosen with --reading */
  under: (p: { id: string; title: string; main: boolean }) => `${p.main ? '주된 해석' : '해석'} ${named(p)}에 따른 답`,
  /** the first line of --explain, for an agreement with readings */
  explains: (p: { id: string; title: string; main: boolean } | null) =>
    p === null ? '주된 해석을 설명한다' : `${p.main ? '주된 해석' : '해석'} ${named(p)}을(를) 설명한다`,
  /** list: "[해석 2개]", the main one counted */
  count: (count: number) => `[해석 ${count}개]`,
};
