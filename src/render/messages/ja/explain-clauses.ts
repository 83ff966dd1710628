import type { Day } from '../../../calendar/day.js';
import type { Duration } from '../../../calendar/duration.js';
import { parseMonthDay } from '../../../calendar/month-day.js';
import type { ClauseDate, ClauseValues, StepOfKind } from '../../../engine/explain/steps.js';
import { day as d, duration, monthDay } from './words.js';

// The sentences of the clause patterns of SPEC §6 in a Japanese explanation: the windows
// for notice (通告可能期間), what survives a withdrawal (存続), a fixed or extended last
// day, and the arithmetic of a notice's effect with roundTo, noticeBy and its requested day.

/** "月初（1日）", "1月1日", "12月31日": the anchor roundTo moves a day to. */
export function anchorWords(roundTo: string): string {
  if (roundTo === 'month-start') return '月初（1日）';
  return roundTo === 'year-start' ? '1月1日' : monthDay(parseMonthDay(roundTo));
}

/** The rule's own words for roundTo and noticeBy: "（その日以後の最初の12月31日に繰り下げる）". */
export function roundingRule(values: ClauseValues): string {
  if (values.roundTo === undefined) return '';
  const anchor = anchorWords(values.roundTo);
  if (values.noticeBy === undefined) return `（その日以後の最初の${anchor}に繰り下げる）`;
  const by = monthDay(parseMonthDay(values.noticeBy));
  return (
    `（その日以後の最初の${anchor}に繰り下げる。ただしその日以前の直近の${by}までに受領された通告に限り、` +
    `その${by}より後に受領された通告は次の${anchor}に効力を生ずる）`
  );
}

/** "D + N = X[、+ 1日（翌日に失効）= Y]" */
export function periodSum(p: { on: Day; notice: Duration; reach: Day; lapsed: Day | undefined }): string {
  const added = `${d(p.on)} + ${duration(p.notice)} = ${d(p.reach)}`;
  return p.lapsed === undefined ? added : `${added}、+ 1日（翌日に失効）= ${d(p.lapsed)}`;
}

/**
 * What roundTo, noticeBy and the notice's own day did after the period's sum, or '' when
 * none applies: "、その日以後の最初の6月30日に繰り下げ：2019年6月30日。締切日の1月1日は…".
 */
export function clauseArithmetic(dates: Partial<Record<ClauseDate, Day>>, values: ClauseValues, received: Day): string {
  const parts: string[] = [];
  const { rounded, cutOff, nextAnchor, requested } = dates;
  if (rounded !== undefined && values.roundTo !== undefined) {
    const anchor = anchorWords(values.roundTo);
    parts.push(`、その日以後の最初の${anchor}に繰り下げ：${d(rounded)}`);
    if (cutOff !== undefined && values.noticeBy !== undefined) {
      const by = `。締切日の${monthDay(parseMonthDay(values.noticeBy))}は${d(cutOff)}で、${d(received)}に受領された通告は`;
      parts.push(values.missedCutOff && nextAnchor !== undefined ? `${by}その後なので、次の${anchor}：${d(nextAnchor)}` : `${by}期限内`);
    }
  }
  if (requested !== undefined) {
    parts.push(
      values.requestHonoured
        ? `。通告は${d(requested)}を指定しており、それより早くないため、指定は認められる`
        : `。通告は${d(requested)}を指定しているが、規定が認める日より早いため、指定は認められない`,
    );
  }
  return parts.join('');
}

/** The sentences of the clause steps, one entry per kind. */
export const clauseSteps = {
  'windows-rule': (step: StepOfKind<'windows-rule'>) => {
    const { origin } = step.dates;
    const every = duration(step.values.every);
    return (
      `通告は通告可能期間内にのみできる：第k回の通告可能期間は${d(origin)} + k × ${every}から` +
      `${d(origin)} + k × ${every} + ${duration(step.values.length)}の前日まで（協定の効力発生から数える）。`
    );
  },
  'survives-rule': (step: StepOfKind<'survives-rule'>) =>
    `脱退がE日に効力を生じた後も、${step.values.what}はE + ${duration(step.values.for)}の前日まで存続する。`,
  window: (step: StepOfKind<'window'>) => {
    const { on, opens, lastDay } = step.dates;
    const { number, inside } = step.values;
    const span = `第${number}回の通告可能期間（${d(opens)} … ${d(lastDay)}）`;
    if (inside) return `${d(on)}は${span}に含まれる：その最終日${d(lastDay)}まで通告できる。`;
    return `${d(on)}はいずれの通告可能期間にも含まれないため、通告はできない。次は${span}。`;
  },
  survival: (step: StepOfKind<'survival'>) => {
    const { outOn, lastDay } = step.dates;
    const whose = step.values.party === null ? '脱退' : `${step.values.party}の脱退`;
    return `${step.values.what}は${whose}後も存続する：${d(outOn)} + ${duration(step.values.for)} − 1日 = ${d(lastDay)}が、適用される最後の日。`;
  },
  'extension-until': (step: StepOfKind<'extension-until'>) => {
    const { on, until } = step.dates;
    return `${d(on)}、締約国は新たな効力の最終日を${d(until)}と定めた：効力を失う最初の日は${d(until + 1)}。`;
  },
};
