import type { StepOfKind } from '../../../engine/explain.js';
import { clauseArithmetic, periodSum } from './explain-clauses.js';
import { day as d, days, duration } from './words.js';

// The Korean sentences about when a notice takes effect: one received on the day asked
// about (step "effect"), and a pending one (step "notice-pending"), with SPEC §6's parts.

/** "협정을", or in a multilateral agreement "US의 참여를" (or the notifying party's), with the object particle. */
function subjectOf(values: { party: string | null; multilateral: boolean }): string {
  if (!values.multilateral) return '협정을';
  return values.party === null ? '통보한 당사국의 참여를' : `${values.party}의 참여를`;
}

/** "2019년 2월 1일에 접수된 통보는 협정을 종료시킨다: 2019년 2월 1일 + 6개월 = 2019년 8월 1일, 효력을 잃는 첫날." */
export function effectSentence(step: StepOfKind<'effect'>): string {
  const { on, reach, effectiveOn, lapsed, expiresOn, initialEnd } = step.dates;
  const { effect, number, heldToInitialTerm, cutByExpiry } = step.values;
  const notice = duration(step.values.notice);
  const subject = subjectOf(step.values);
  const expiryNote =
    cutByExpiry && expiresOn !== undefined ? `. 어차피 ${d(expiresOn)}에 기간이 만료되므로 그날이 효력을 잃는 첫날이 된다` : '';
  if (effect === 'end-of-term') {
    if (number === null) return `${d(on)}에 접수된 통보: ${d(on)} + ${notice} = ${d(reach)}, 효력을 잃는 첫날${expiryNote}.`;
    return (
      `${d(on)} + ${notice} = ${d(reach)}은 제${number}기에 속하므로, ${d(on)}에 접수된 통보는 제${number}기 만료와 함께 ` +
      `${subject} 종료시킨다. 효력을 잃는 첫날은 ${d(effectiveOn)}${expiryNote}.`
    );
  }
  const sum = periodSum({ on, notice: step.values.notice, reach, lapsed });
  const clause = clauseArithmetic(step.dates, step.values, on);
  if (heldToInitialTerm && initialEnd !== undefined) {
    return (
      `${d(on)}에 접수된 통보: ${sum}${clause}. 다만 탈퇴는 최초 유효 기간 만료 전에 ${subject} 종료시키지 않으므로 효력을 잃는 첫날은 ` +
      `${d(initialEnd)}${expiryNote}.`
    );
  }
  if (clause !== '') {
    return `${d(on)}에 접수된 통보는 ${subject} 종료시킨다: ${sum}${clause}. 효력을 잃는 첫날은 ${d(effectiveOn)}${expiryNote}.`;
  }
  return `${d(on)}에 접수된 통보는 ${subject} 종료시킨다: ${sum}, 효력을 잃는 첫날${expiryNote}.`;
}

/** A pending notice: "2019년 8월 23일 KR의 통보는 효력 발생 대기 중이다 (…)"; with SPEC §6's arithmetic and sent day. */
export function pendingSentence(step: StepOfKind<'notice-pending'>): string {
  const { received, effectiveOn, resumed, sent, reach, lapsed } = step.dates;
  const { party, remaining } = step.values;
  const notice = duration(step.values.notice);
  if (resumed !== undefined && remaining !== null) {
    return (
      `${d(received)} ${party}의 통보는 ${days(remaining)}을 남기고 ${d(resumed)}에 재개되었다: ${d(resumed)} ` +
      `+ ${days(remaining)} = ${d(effectiveOn)}, 효력을 잃는 첫날.`
    );
  }
  const sentNote = sent === undefined ? '' : ` (${d(sent)} 발송, 접수일 기준)`;
  if (reach !== undefined) {
    const sum = periodSum({ on: received, notice: step.values.notice, reach, lapsed });
    const clause = clauseArithmetic(step.dates, step.values, received);
    return (
      `${d(received)}에 접수된 ${party}의 통보는${sentNote} 효력 발생 대기 중이다: ${sum}${clause}. ${d(effectiveOn)}에 효력을 ` +
      `발생하며, 그날이 효력을 잃는 첫날이다.`
    );
  }
  return `${d(received)} ${party}의 통보는${sentNote} 효력 발생 대기 중이다 (${d(received)} + ${notice}): ${d(effectiveOn)}에 효력을 발생하며, 그날이 효력을 잃는 첫날이다.`;
}
