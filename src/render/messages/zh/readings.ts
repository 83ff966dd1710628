import type { Difference } from '../../../engine/reading-differences.js';
import { deadlines } from './deadlines.js';
import { day } from './words.js';

// The Chinese words of readings (SPEC §7, 解释): where the record disagrees. A reading's id
// and title are the definition file's own, and stay as written.

/** A reading as the text names it: "'tokyo'（Tokyo: the 2019 suspension spent the notice）". */
const named = (p: { id: string; title: string }) => `'${p.id}'（${p.title}）`;

const NOTICE_STATE = { pending: '待生效', suspended: '已中止', retracted: '已撤回', effective: '已生效' } as const;

/** One way another reading's answer differs: "KP为缔约方至2003年4月9日". */
function difference(d: Difference): string {
  switch (d.kind) {
    case 'party':
      return d.outOn === null ? `${d.party}仍为缔约方` : `${d.party}为缔约方至${day(d.outOn - 1)}`;
    case 'out':
      return d.outOn === null ? '有效' : `自${day(d.outOn)}起失效`;
    case 'term':
      return `第${d.number}期${day(d.start)}至${day(d.end)}`;
    case 'ends':
      if (d.on === null) return '无即将到来的终止';
      return d.reason === 'expiry' ? `于${day(d.on)}期满` : `因待生效的通知自${day(d.on)}起失效`;
    case 'notice':
      if (d.possible) return d.deadline === null ? '可以发出通知' : `截至${day(d.deadline)}可以发出通知`;
      return d.deadline === null ? '不能发出通知' : `已不能发出通知（期限为${day(d.deadline)}）`;
    case 'effect':
      return d.effectiveOn === null ? '当天收到的通知不改变任何事' : `当天收到的通知将于${day(d.effectiveOn)}生效`;
    case 'earliest-end':
      return d.on === null ? '当天的任何行动都不能使其更早终止' : `当天的行动最早可使其于${day(d.on)}终止`;
    case 'notice-state': {
      const notice = `${d.party}于${day(d.received)}发出的通知${NOTICE_STATE[d.state]}`;
      return d.effectiveOn === null ? notice : `${notice}，失效首日为${day(d.effectiveOn)}`;
    }
    case 'deadline':
      return d.deadline === null ? '期限较少' : `另一最早期限为${day(d.deadline.date)}，${deadlines.kind[d.deadline.kind]}`;
  }
}

/** The words of readings (SPEC §7): where the record disagrees. */
export const readings = {
  /** "按解释'fresh-notice'（…）：KP为缔约方至2003年4月9日" */
  differs: (p: { id: string; title: string; differences: readonly Difference[] }) =>
    `按解释${named(p)}：${p.differences.map(difference).join('；')}`,
  /** the first line of an answer given under a reading chosen with --reading */
  under: (p: { id: string; title: string; main: boolean }) => `按${p.main ? '主要解释' : '解释'}${named(p)}作答`,
  /** the first line of --explain, for an agreement with readings */
  explains: (p: { id: string; title: string; main: boolean } | null) =>
    p === null ? '说明主要解释' : `说明${p.main ? '主要解释' : '解释'}${named(p)}`,
  /** list: "[2种解释]", the main one counted */
  count: (count: number) => `[${count}种解释]`,
};
