import type { Difference } from '../../../engine/reading-differences.js';
import { deadlines } from './deadlines.js';
import { day } from './words.js';

// The Japanese words of readings (SPEC §7, 解釈): where the record disagrees. A reading's
// id and title are the definition file's own, and stay as written.

/** A reading as the text names it: "'tokyo'（Tokyo: the 2019 suspension spent the notice）". */
const named = (p: { id: string; title: string }) => `'${p.id}'（${p.title}）`;

const NOTICE_STATE = { pending: '効力発生待ち', suspended: '停止中', retracted: '撤回', effective: '効力発生' } as const;

/** One way another reading's answer differs: "KPは2003年4月9日まで締約国". */
function difference(d: Difference): string {
  switch (d.kind) {
    case 'party':
      return d.outOn === null ? `${d.party}はなお締約国` : `${d.party}は${day(d.outOn - 1)}まで締約国`;
    case 'out':
      return d.outOn === null ? '効力あり' : `${day(d.outOn)}から失効`;
    case 'term':
      return `第${d.number}期 ${day(d.start)} … ${day(d.end)}`;
    case 'ends':
      if (d.on === null) return '終了の予定なし';
      return d.reason === 'expiry' ? `${day(d.on)}に期間満了` : `効力発生待ちの通告により${day(d.on)}から失効`;
    case 'notice':
      if (d.possible) return d.deadline === null ? '通告可能' : `${day(d.deadline)}まで通告可能`;
      return d.deadline === null ? '通告不可' : `もはや通告できない（期限は${day(d.deadline)}）`;
    case 'effect':
      return d.effectiveOn === null ? 'その日の通告は何も変えない' : `その日の通告は${day(d.effectiveOn)}に効力を生ずる`;
    case 'earliest-end':
      return d.on === null
        ? 'その日のどの行為でもより早く終了させることはできない'
        : `その日の行為で終了させられる最も早い日は${day(d.on)}`;
    case 'notice-state': {
      const notice = `${day(d.received)}付の${d.party}の通告は${NOTICE_STATE[d.state]}`;
      return d.effectiveOn === null ? notice : `${notice}、効力を失う最初の日は${day(d.effectiveOn)}`;
    }
    case 'deadline':
      return d.deadline === null ? '期限がより少ない' : `最初の別の期限は${day(d.deadline.date)}（${deadlines.kind[d.deadline.kind]}）`;
  }
}

/** The words of readings (SPEC §7): where the record disagrees. */
export const readings = {
  /** "解釈'fresh-notice'（…）によれば：KPは2003年4月9日まで締約国" */
  differs: (p: { id: string; title: string; differences: readonly Difference[] }) =>
    `解釈${named(p)}によれば：${p.differences.map(difference).join('；')}`,
  /** the first line of an answer given under a reading chosen with --reading */
  under: (p: { id: string; title: string; main: boolean }) => `${p.main ? '主たる解釈' : '解釈'}${named(p)}による回答`,
  /** the first line of --explain, for an agreement with readings */
  explains: (p: { id: string; title: string; main: boolean } | null) =>
    p === null ? '主たる解釈を説明する' : `${p.main ? '主たる解釈' : '解釈'}${named(p)}を説明する`,
  /** list: "[解釈2通り]", the main one counted */
  count: (count: number) => `[解釈${count}通り]`,
};
