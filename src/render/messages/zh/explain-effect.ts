import type { StepOfKind } from '../../../engine/explain.js';
import { clauseArithmetic, periodSum } from './explain-clauses.js';
import { day as d, days, duration } from './words.js';

// The Chinese sentences about when a notice takes effect: one received on the day asked
// about (step "effect"), and a pending one (step "notice-pending"), with SPEC §6's parts.

/** "本协定", or in a multilateral agreement "US的缔约方资格" (or the notifying party's). */
function subjectOf(values: { party: string | null; multilateral: boolean }): string {
  if (!values.multilateral) return '本协定';
  return values.party === null ? '发出通知的缔约方的缔约方资格' : `${values.party}的缔约方资格`;
}

/** "2019年2月1日收到的通知将终止本协定：2019年2月1日 + 6个月 = 2019年8月1日，失效首日。" */
export function effectSentence(step: StepOfKind<'effect'>): string {
  const { on, reach, effectiveOn, lapsed, expiresOn, initialEnd } = step.dates;
  const { effect, number, heldToInitialTerm, cutByExpiry } = step.values;
  const notice = duration(step.values.notice);
  const subject = subjectOf(step.values);
  const expiryNote = cutByExpiry && expiresOn !== undefined ? `；无论如何将于${d(expiresOn)}期满，故该日为失效首日` : '';
  if (effect === 'end-of-term') {
    if (number === null) return `${d(on)}收到的通知：${d(on)} + ${notice} = ${d(reach)}，失效首日${expiryNote}。`;
    return (
      `${d(on)} + ${notice} = ${d(reach)}在第${number}期内，因此${d(on)}收到的通知将使${subject}于第${number}期届满时` +
      `终止：失效首日为${d(effectiveOn)}${expiryNote}。`
    );
  }
  const sum = periodSum({ on, notice: step.values.notice, reach, lapsed });
  const clause = clauseArithmetic(step.dates, step.values, on);
  if (heldToInitialTerm && initialEnd !== undefined) {
    return `${d(on)}收到的通知：${sum}${clause}，但退出不会在初始有效期届满前终止${subject}：失效首日为${d(initialEnd)}${expiryNote}。`;
  }
  if (clause !== '') return `${d(on)}收到的通知将终止${subject}：${sum}${clause}；失效首日为${d(effectiveOn)}${expiryNote}。`;
  return `${d(on)}收到的通知将终止${subject}：${sum}，失效首日${expiryNote}。`;
}

/** A pending notice: "KR于2019年8月23日发出的通知待生效（…）"; with SPEC §6's arithmetic and sent day. */
export function pendingSentence(step: StepOfKind<'notice-pending'>): string {
  const { received, effectiveOn, resumed, sent, reach, lapsed } = step.dates;
  const { party, remaining } = step.values;
  const notice = duration(step.values.notice);
  if (resumed !== undefined && remaining !== null) {
    return (
      `${party}于${d(received)}发出的通知于${d(resumed)}恢复，尚余${days(remaining)}：${d(resumed)} ` +
      `+ ${days(remaining)} = ${d(effectiveOn)}，为失效首日。`
    );
  }
  const sentNote = sent === undefined ? '' : `（${d(sent)}发送；以收到为准）`;
  if (reach !== undefined) {
    const sum = periodSum({ on: received, notice: step.values.notice, reach, lapsed });
    const clause = clauseArithmetic(step.dates, step.values, received);
    return `${d(received)}收到的${party}的通知${sentNote}待生效：${sum}${clause}；将于${d(effectiveOn)}生效，该日为失效首日。`;
  }
  return `${party}于${d(received)}发出的通知${sentNote}待生效（${d(received)} + ${notice}）：将于${d(effectiveOn)}生效，该日为失效首日。`;
}
