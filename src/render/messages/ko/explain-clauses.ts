import type { Day } from '../../../calendar/day.js';
import type { Duration } from '../../../calendar/duration.js';
import { parseMonthDay } from '../../../calendar/month-day.js';
import type { ClauseDate, ClauseValues, StepOfKind } from '../../../engine/explain/steps.js';
import { day as d, duration, monthDay } from './words.js';

// The sentences of the clause patterns of SPEC §6 in a Korean explanation: the windows for
// notice (통보 가능 기간), what survives a withdrawal (존속), a fixed or extended last day,
// and the arithmetic of a notice's effect with roundTo, noticeBy and its requested day.

/** "월초(1일)", "1월 1일", "12월 31일": the anchor roundTo moves a day to. */
export function anchorWords(roundTo: string): string {
  if (roundTo === 'month-start') return '월초(1일)';
  return roundTo === 'year-start' ? '1월 1일' : monthDay(parseMonthDay(roundTo));
}

/** The rule's own words for roundTo and noticeBy: " (그날 이후 첫 12월 31일로 미룬다)". */
export function roundingRule(values: ClauseValues): string {
  if (values.roundTo === undefined) return '';
  const anchor = anchorWords(values.roundTo);
  if (values.noticeBy === undefined) return ` (그날 이후 첫 ${anchor}로 미룬다)`;
  const by = monthDay(parseMonthDay(values.noticeBy));
  return (
    ` (그날 이후 첫 ${anchor}로 미룬다. 다만 그날 이전 가장 가까운 ${by}까지 접수된 통보에 한하며, ` +
    `그 ${by} 이후에 접수된 통보는 다음 ${anchor}에 효력을 발생한다)`
  );
}

/** "D + N = X[, + 1일 (다음 날 효력 상실) = Y]" */
export function periodSum(p: { on: Day; notice: Duration; reach: Day; lapsed: Day | undefined }): string {
  const added = `${d(p.on)} + ${duration(p.notice)} = ${d(p.reach)}`;
  return p.lapsed === undefined ? added : `${added}, + 1일 (다음 날 효력 상실) = ${d(p.lapsed)}`;
}

/**
 * What roundTo, noticeBy and the notice's own day did after the period's sum, or '' when
 * none applies: ", 그날 이후 첫 6월 30일로 미룸: 2019년 6월 30일; 마감일 1월 1일은 …".
 */
export function clauseArithmetic(dates: Partial<Record<ClauseDate, Day>>, values: ClauseValues, received: Day): string {
  const parts: string[] = [];
  const { rounded, cutOff, nextAnchor, requested } = dates;
  if (rounded !== undefined && values.roundTo !== undefined) {
    const anchor = anchorWords(values.roundTo);
    parts.push(`, 그날 이후 첫 ${anchor}로 미룸: ${d(rounded)}`);
    if (cutOff !== undefined && values.noticeBy !== undefined) {
      const by = `; 마감일 ${monthDay(parseMonthDay(values.noticeBy))}은(는) ${d(cutOff)}이며, ${d(received)}에 접수된 통보는`;
      parts.push(
        values.missedCutOff && nextAnchor !== undefined ? `${by} 그 이후이므로 다음 ${anchor}: ${d(nextAnchor)}` : `${by} 기한 내`,
      );
    }
  }
  if (requested !== undefined) {
    parts.push(
      values.requestHonoured
        ? `; 통보는 ${d(requested)}을(를) 지정했고 그보다 이르지 않으므로 지정이 인정된다`
        : `; 통보는 ${d(requested)}을(를) 지정했으나 규정이 허용하는 날보다 일러 지정이 인정되지 않는다`,
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
      `통보는 통보 가능 기간 안에서만 할 수 있다: 제k차 통보 가능 기간은 ${d(origin)} + k × ${every}부터 ` +
      `${d(origin)} + k × ${every} + ${duration(step.values.length)}의 전날까지이며, 협정 발효일부터 센다.`
    );
  },
  'survives-rule': (step: StepOfKind<'survives-rule'>) =>
    `탈퇴가 E일에 효력을 발생한 후에도 ${step.values.what}은(는) E + ${duration(step.values.for)}의 전날까지 존속한다.`,
  window: (step: StepOfKind<'window'>) => {
    const { on, opens, lastDay } = step.dates;
    const { number, inside } = step.values;
    const span = `제${number}차 통보 가능 기간(${d(opens)} … ${d(lastDay)})`;
    if (inside) return `${d(on)}은 ${span}에 속한다: 그 마지막 날인 ${d(lastDay)}까지 통보할 수 있다.`;
    return `${d(on)}은 어느 통보 가능 기간에도 속하지 않으므로 통보할 수 없다. 다음은 ${span}이다.`;
  },
  survival: (step: StepOfKind<'survival'>) => {
    const { outOn, lastDay } = step.dates;
    const whose = step.values.party === null ? '탈퇴' : `${step.values.party}의 탈퇴`;
    return `${step.values.what}은(는) ${whose} 후에도 존속한다: ${d(outOn)} + ${duration(step.values.for)} − 1일 = ${d(lastDay)}, 적용되는 마지막 날.`;
  },
  'extension-until': (step: StepOfKind<'extension-until'>) => {
    const { on, until } = step.dates;
    return `${d(on)}, 당사국들은 새로운 효력 마지막 날을 ${d(until)}로 정했다: 효력을 잃는 첫날은 ${d(until + 1)}.`;
  },
};
