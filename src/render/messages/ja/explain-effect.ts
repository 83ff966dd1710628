import type { StepOfKind } from '../../../engine/explain.js';
import { clauseArithmetic, periodSum } from './explain-clauses.js';
import { day as d, days, duration } from './words.js';

// The Japanese sentences about when a notice takes effect: one received on the day asked
// about (step "effect"), and a pending one (step "notice-pending"), with SPEC §6's parts.

/** "協定", or in a multilateral agreement "USの参加" (or the notifying party's). */
function subjectOf(values: { party: string | null; multilateral: boolean }): string {
  if (!values.multilateral) return '協定';
  return values.party === null ? '通告した締約国の参加' : `${values.party}の参加`;
}

/** "2019年2月1日に受領された通告は協定を終了させる：2019年2月1日 + 6か月 = 2019年8月1日、効力を失う最初の日。" */
export function effectSentence(step: StepOfKind<'effect'>): string {
  const { on, reach, effectiveOn, lapsed, expiresOn, initialEnd } = step.dates;
  const { effect, number, heldToInitialTerm, cutByExpiry } = step.values;
  const notice = duration(step.values.notice);
  const subject = subjectOf(step.values);
  const expiryNote =
    cutByExpiry && expiresOn !== undefined ? `。いずれにせよ${d(expiresOn)}に期間満了となるので、その日が効力を失う最初の日となる` : '';
  if (effect === 'end-of-term') {
    if (number === null) return `${d(on)}に受領された通告：${d(on)} + ${notice} = ${d(reach)}、効力を失う最初の日${expiryNote}。`;
    return (
      `${d(on)} + ${notice} = ${d(reach)}は第${number}期に含まれるので、${d(on)}に受領された通告は第${number}期の満了とともに` +
      `${subject}を終了させる。効力を失う最初の日は${d(effectiveOn)}${expiryNote}。`
    );
  }
  const sum = periodSum({ on, notice: step.values.notice, reach, lapsed });
  const clause = clauseArithmetic(step.dates, step.values, on);
  if (heldToInitialTerm && initialEnd !== undefined) {
    return (
      `${d(on)}に受領された通告：${sum}${clause}。ただし脱退は当初の有効期間の満了前に${subject}を終了させないため、効力を失う最初の日は` +
      `${d(initialEnd)}${expiryNote}。`
    );
  }
  if (clause !== '') {
    return `${d(on)}に受領された通告は${subject}を終了させる：${sum}${clause}。効力を失う最初の日は${d(effectiveOn)}${expiryNote}。`;
  }
  return `${d(on)}に受領された通告は${subject}を終了させる：${sum}、効力を失う最初の日${expiryNote}。`;
}

/** A pending notice: "2019年8月23日付のKRの通告は効力発生待ち（2019年8月23日 + 90日）：…"; with SPEC §6's arithmetic and sent day. */
export function pendingSentence(step: StepOfKind<'notice-pending'>): string {
  const { received, effectiveOn, resumed, sent, reach, lapsed } = step.dates;
  const { party, remaining } = step.values;
  const notice = duration(step.values.notice);
  if (resumed !== undefined && remaining !== null) {
    return (
      `${d(received)}付の${party}の通告は、残り${days(remaining)}で${d(resumed)}に再開された：${d(resumed)} ` +
      `+ ${days(remaining)} = ${d(effectiveOn)}、効力を失う最初の日。`
    );
  }
  const sentNote = sent === undefined ? '' : `（${d(sent)}発出。基準は受領日）`;
  if (reach !== undefined) {
    const sum = periodSum({ on: received, notice: step.values.notice, reach, lapsed });
    const clause = clauseArithmetic(step.dates, step.values, received);
    return (
      `${d(received)}に受領された${party}の通告${sentNote}は効力発生待ち：${sum}${clause}。${d(effectiveOn)}に効力を生じ、` +
      `その日が効力を失う最初の日。`
    );
  }
  return `${d(received)}付の${party}の通告${sentNote}は効力発生待ち（${d(received)} + ${notice}）：${d(effectiveOn)}に効力を生じ、その日が効力を失う最初の日。`;
}
