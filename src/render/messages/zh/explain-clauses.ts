import type { Day } from '../../../calendar/day.js';
import type { Duration } from '../../../calendar/duration.js';
import { parseMonthDay } from '../../../calendar/month-day.js';
import type { ClauseDate, ClauseValues, StepOfKind } from '../../../engine/explain/steps.js';
import { day as d, duration, monthDay } from './words.js';

// The sentences of the clause patterns of SPEC §6 in a Chinese explanation: the windows for
// notice (通知窗口期), what survives a withdrawal (存续), a fixed or extended last day,
// and the arithmetic of a notice's effect with roundTo, noticeBy and its requested day.

/** "月初（1日）", "1月1日", "12月31日": the anchor roundTo moves a day to. */
export function anchorWords(roundTo: string): string {
  if (roundTo === 'month-start') return '月初（1日）';
  return roundTo === 'year-start' ? '1月1日' : monthDay(parseMonthDay(roundTo));
}

/** The rule's own words for roundTo and noticeBy: "，并顺延至该日或之后的第一个12月31日". */
export function roundingRule(values: ClauseValues): string {
  if (values.roundTo === undefined) return '';
  const anchor = anchorWords(values.roundTo);
  const moved = `，并顺延至该日或之后的第一个${anchor}`;
  if (values.noticeBy === undefined) return moved;
  const by = monthDay(parseMonthDay(values.noticeBy));
  return `${moved}（以在该日或之前最近的${by}前收到的通知为限；在该${by}之后收到的通知于再下一个${anchor}生效）`;
}

/** "D + N = X[，+ 1天（次日失效）= Y]" */
export function periodSum(p: { on: Day; notice: Duration; reach: Day; lapsed: Day | undefined }): string {
  const added = `${d(p.on)} + ${duration(p.notice)} = ${d(p.reach)}`;
  return p.lapsed === undefined ? added : `${added}，+ 1天（次日失效）= ${d(p.lapsed)}`;
}

/**
 * What roundTo, noticeBy and the notice's own day did after the period's sum, or '' when
 * none applies: "，顺延至该日或之后的第一个6月30日：2019年6月30日；截止日1月1日为…".
 */
export function clauseArithmetic(dates: Partial<Record<ClauseDate, Day>>, values: ClauseValues, received: Day): string {
  const parts: string[] = [];
  const { rounded, cutOff, nextAnchor, requested } = dates;
  if (rounded !== undefined && values.roundTo !== undefined) {
    const anchor = anchorWords(values.roundTo);
    parts.push(`，顺延至该日或之后的第一个${anchor}：${d(rounded)}`);
    if (cutOff !== undefined && values.noticeBy !== undefined) {
      const by = `；截止日${monthDay(parseMonthDay(values.noticeBy))}为${d(cutOff)}，${d(received)}收到的通知`;
      parts.push(
        values.missedCutOff && nextAnchor !== undefined ? `${by}晚于该日，因此顺延至下一个${anchor}：${d(nextAnchor)}` : `${by}是及时的`,
      );
    }
  }
  if (requested !== undefined) {
    parts.push(
      values.requestHonoured
        ? `；通知请求的日期为${d(requested)}，不早于该日，因此按其请求`
        : `；通知请求的日期为${d(requested)}，早于规则允许的日期，因此不按其请求`,
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
      `仅可在通知窗口期内发出通知：第k个窗口期自${d(origin)} + k × ${every}起，至` +
      `${d(origin)} + k × ${every} + ${duration(step.values.length)}的前一天止，自本协定生效之日起算。`
    );
  },
  'survives-rule': (step: StepOfKind<'survives-rule'>) =>
    `退出于E日生效后，${step.values.what}仍存续至E + ${duration(step.values.for)}的前一天。`,
  window: (step: StepOfKind<'window'>) => {
    const { on, opens, lastDay } = step.dates;
    const { number, inside } = step.values;
    const span = `第${number}个通知窗口期（${d(opens)} … ${d(lastDay)}）`;
    if (inside) return `${d(on)}在${span}内：截至其最后一天${d(lastDay)}均可发出通知。`;
    return `${d(on)}不在任何通知窗口期内，因此不能发出通知；下一个为${span}。`;
  },
  survival: (step: StepOfKind<'survival'>) => {
    const { outOn, lastDay } = step.dates;
    const whose = step.values.party === null ? '退出' : `${step.values.party}退出`;
    return `${step.values.what}在${whose}后仍存续：${d(outOn)} + ${duration(step.values.for)} − 1天 = ${d(lastDay)}，为其适用的最后一天。`;
  },
  'extension-until': (step: StepOfKind<'extension-until'>) => {
    const { on, until } = step.dates;
    return `${d(on)}，缔约方将新的有效最后一天定为${d(until)}：失效首日为${d(until + 1)}。`;
  },
};
