import type { StepKind, StepOfKind } from '../../../engine/explain.js';
import { clauseSteps, roundingRule } from './explain-clauses.js';
import { effectSentence, pendingSentence } from './explain-effect.js';
import { day as d, days, duration, span } from './words.js';

// The sentences of an explanation in Korean, one entry per kind of step, each with the
// step's real dates: "제4기 통보 기한: 2020년 11월 22일 − 90일 = 2020년 8월 24일. …"

function clampNote(clamped: boolean): string {
  return clamped ? ' (그 달이 짧아 말일로 맞춤)' : '';
}

function ruleSentence(step: StepOfKind<'rule'>): string {
  const { values } = step;
  const { then, effect, nextDay } = values;
  const notice = duration(values.notice);
  let runs: string;
  if (step.dates.until !== undefined)
    runs = `확정된 마지막 날 ${d(step.dates.until)}까지 효력을 가지며, 연장되지 않으면 이후 효력을 잃는다`;
  else if (values.initial === null) runs = '유효 기간의 정함이 없다';
  else {
    const initial = duration(values.initial);
    if (then === 'renew') runs = `${initial}간 효력을 가지며, 이후 ${duration(values.renewal ?? values.initial)}마다 자동으로 연장된다`;
    else if (then === 'expire') runs = `${initial}간 효력을 가지며, 연장되지 않으면 이후 효력을 잃는다`;
    else runs = `최초 ${initial}간 효력을 가지며, 이후 무기한이 된다`;
  }
  const termination =
    effect === 'end-of-term'
      ? `기간 만료 최소 ${notice} 전에 접수된 통보는 그 기간의 만료와 함께 협정을 종료시킨다 (D일에 접수된 경우, ` +
        `D + ${notice}이(가) 기간의 마지막 날 이전이면 기한 내)`
      : `탈퇴 통보는 접수 ${notice} 후에 효력을 발생한다${nextDay ? ' (그 기간이 끝난 다음 날)' : ''}` +
        roundingRule(values) +
        `${values.initial !== null && then === 'indefinite' ? '. 다만 최초 유효 기간 만료 전에는 효력을 발생하지 않는다' : ''}`;
  const earliest = values.earliest === null ? '' : `. 통보는 발효 후 ${duration(values.earliest)}이(가) 지나야만 할 수 있다`;
  return `${runs}. ${termination}${earliest}.`;
}

function deadlineSentence(step: StepOfKind<'deadline'>): string {
  const { limit, deadline, plainSubtraction } = step.dates;
  const { number, limitRole, clamped } = step.values;
  const notice = duration(step.values.notice);
  const condition =
    limitRole === 'last-day'
      ? `D + ${notice}이(가) 제${number}기의 마지막 날 ${d(limit)} 이전이 되는 가장 늦은 날 D`
      : limitRole === 'first-day-after'
        ? `탈퇴가 제${number}기 다음 날인 ${d(limit)}까지 효력을 발생하는 가장 늦은 날`
        : `탈퇴(D + ${notice} + 1일)가 제${number}기 다음 날인 ${d(limit + 1)}까지 효력을 발생하는 가장 늦은 날`;
  if (clamped) {
    return (
      `제${number}기 통보 기한: ${d(limit)} − ${notice}: ${d(deadline)}. ${notice}을(를) 더해도 ${d(limit)} 이전이 되는 가장 늦은 날 ` +
      `(월말 조정. 단순히 빼면 ${d(plainSubtraction)}).`
    );
  }
  return `제${number}기 통보 기한: ${d(limit)} − ${notice} = ${d(deadline)}. ${condition}.`;
}

const OUTCOME_WORDS = {
  renewed: '이를 막는 통보가 없어 자동 연장되었다',
  continued: '만료까지 이어졌다',
  current: '현재 기간이다',
  terminated: '도중에 종료되었다',
  expired: '기간이 만료되었다',
} as const;

function historyTermSentence(step: StepOfKind<'history-term'>): string {
  const { origin, start, end, limit, deadline, next } = step.dates;
  const { number, startSpan, limitRole, outcome, startClamped, endClamped } = step.values;
  const endSpan = span(step.values.endSpan);
  const notice = duration(step.values.notice);
  const begins = startSpan === null ? d(start) : `${d(origin)} + ${span(startSpan)} = ${d(start)}${clampNote(startClamped)}`;
  const { endedEarly } = step.values;
  const scheduledLast =
    step.dates.until !== undefined
      ? `${endedEarly ? '예정된 마지막 날 ' : ''}확정일 ${d(step.dates.until)}`
      : endedEarly
        ? `예정된 마지막 날 ${d(origin)} + ${endSpan} − 1일`
        : `${d(origin)} + ${endSpan} − 1일 = ${d(end)}${clampNote(endClamped)}`;
  const rule = limitRole === 'last-day' ? `${d(limit)} − ${notice}` : `${d(limit)} − ${notice} (${d(step.dates.withdrawalBy)}까지 탈퇴)`;
  const joiner = step.values.clamped ? ': 여전히 기한 내가 되는 가장 늦은 날은' : ' =';
  const result =
    outcome === 'renewed' && next !== undefined
      ? `${OUTCOME_WORDS.renewed} (${d(next)})`
      : endedEarly
        ? `${OUTCOME_WORDS[outcome]}: 효력이 있던 마지막 날 ${d(end)}`
        : OUTCOME_WORDS[outcome];
  return `제${number}기: ${begins} … ${scheduledLast}. 통보 기한 ${rule}${joiner} ${d(deadline)}. ${result}.`;
}

function historyNoticeSentence(step: StepOfKind<'history-notice'>): string {
  const { received, effectiveOn, suspended, wouldHave, resumed, retracted, sent, requested } = step.dates;
  const { party, state, remaining } = step.values;
  const parts = [`${d(received)} ${party}의 통보 접수${sent === undefined ? '' : ` (${d(sent)} 발송, 접수일 기준)`}`];
  if (requested !== undefined) {
    parts.push(
      step.values.requestHonoured
        ? `${d(requested)}을(를) 지정: 규정의 날보다 이르지 않아 인정되었다`
        : `${d(requested)}을(를) 지정: 규정의 날보다 일러 인정되지 않는다`,
    );
  }
  if (suspended !== undefined && wouldHave !== undefined) {
    parts.push(`원래 ${d(wouldHave)}에 효력을 발생할 예정이었다`, `${d(suspended)}에 ${days(remaining ?? 0)}을 남기고 정지`);
  } else if (wouldHave !== undefined && effectiveOn === undefined) {
    parts.push(`원래 ${d(wouldHave)}에 효력을 발생할 예정이었다`);
  }
  if (resumed !== undefined) parts.push(`${d(resumed)}에 재개: ${d(resumed)} + ${days(remaining ?? 0)}`);
  if (retracted !== undefined) parts.push(`${d(retracted)}에 철회되어 효력을 발생하지 않는다`);
  else if (state === 'effective' && effectiveOn !== undefined) parts.push(`효력을 발생했다: 효력을 잃는 첫날 ${d(effectiveOn)}`);
  else if (state === 'pending' && effectiveOn !== undefined) parts.push(`효력 발생 대기: ${d(effectiveOn)}에 효력을 발생한다`);
  else if (state === 'suspended') parts.push('여전히 정지 중');
  else if (state === 'pending') parts.push('효력 발생 대기');
  return `${parts.join('. ')}.`;
}

/** One sentence per kind of step, each given the step of its kind. */
const steps: { [K in StepKind]: (step: StepOfKind<K>) => string } = {
  clause: (step) => `조항: “${step.values.clause}”`,
  rule: (step) => ruleSentence(step),
  ...clauseSteps,
  'entry-into-force': (step) => {
    const { party, accession } = step.values;
    if (party !== null && accession) {
      return `${party}에 대해서는 ${d(step.dates.start)}에 발효했다 (가입). ${party}에 관한 날짜는 그날부터 센다.`;
    }
    const counted = step.values.fixedTerms ? '. 각 기간의 경계는 모두 이날부터 세며, 앞 기간에서 이어 붙이지 않는다' : '';
    return `${d(step.dates.start)}에 발효했다${counted}.`;
  },
  'not-yet-in-force': (step) => `${d(step.dates.on)}은 ${d(step.dates.start)} 발효 전이다: 아직 효력이 없으므로 통보할 수 없다.`,
  'not-a-party': (step) => {
    const { party, leftOn } = step.values;
    return `${party}은(는) ${d(step.dates.on)} 현재 당사국이 아니므로${leftOn === null ? '' : ` (${d(leftOn)}부터)`} 통보할 것이 없다.`;
  },
  ended: (step) => {
    const { reason, noticeParty } = step.values;
    const received = step.dates.noticeReceived;
    const why =
      reason === 'expiry'
        ? '기간이 만료되었다'
        : reason === 'termination'
          ? '합의로 종료되었다'
          : noticeParty !== null && received !== undefined
            ? `${d(received)} ${noticeParty}의 통보가 효력을 발생했다`
            : '통보가 효력을 발생했다';
    return `이미 효력이 없다: ${why}. ${d(step.dates.endedOn)}이 효력을 잃은 첫날로, ${d(step.dates.on)} 이전이다.`;
  },
  term: (step) => {
    const { number, startSpan, endSpan, startClamped, endClamped } = step.values;
    const { origin, start, end, on } = step.dates;
    const begins = startSpan === null ? `발효일(${d(start)})` : `${d(origin)} + ${span(startSpan)} = ${d(start)}${clampNote(startClamped)}`;
    const where = on === undefined ? `제${number}기` : `${d(on)}은 제${number}기에 속한다`;
    const last =
      step.dates.until === undefined
        ? `${d(origin)} + ${span(endSpan)} − 1일 = ${d(end)}${clampNote(endClamped)}`
        : `확정일 ${d(step.dates.until)}`;
    return `${where}: 시작은 ${begins}, 마지막 날은 ${last}.`;
  },
  indefinite: (step) => {
    const { origin, from, on } = step.dates;
    const since =
      step.values.initial === null
        ? `발효(${d(from)}) 이래`
        : `최초 유효 기간이 끝난 ${d(origin)} + ${duration(step.values.initial)} = ${d(from)}부터`;
    return `${on === undefined ? '' : `${d(on)}에는 `}${since} 무기한 효력을 가진다: 막을 자동 연장이 없으며, 통보는 그 기간이 지난 뒤 효력을 발생한다.`;
  },
  expiry: (step) => {
    const { origin, expiresOn, until } = step.dates;
    if (until !== undefined)
      return `연장되지 않으면 기간이 만료된다: 효력을 잃는 첫날은 마지막 날 ${d(until)}의 다음 날인 ${d(expiresOn)}.`;
    return (
      `연장되지 않으면 기간이 만료된다: 효력을 잃는 첫날은 ${d(origin)} + ${span(step.values.span)} = ` +
      `${d(expiresOn)}${clampNote(step.values.clamped)}.`
    );
  },
  extension: (step) => `${d(step.dates.on)}, 당사국들은 그때의 종료 시점부터 ${duration(step.values.term)} 연장했다.`,
  deadline: (step) => deadlineSentence(step),
  earliest: (step) => {
    const { joined, earliest, on } = step.dates;
    const who = step.values.party === null ? '' : `${step.values.party}의 `;
    const verdict = step.values.allowed ? `${d(on)}은 그날 이후다.` : `${d(on)}은 그날 이전이다: 아직 통보할 수 없다.`;
    const from = `${d(joined)} + ${duration(step.values.earliest)} = ${d(earliest)}`;
    return `${who}통보는 ${from}(당일 포함)부터 가능하다. ${verdict}`;
  },
  'notice-today': (step) => {
    const { on, reach, last, deadline } = step.dates;
    const { daysLeft, timely, number } = step.values;
    const notice = duration(step.values.notice);
    if (timely) {
      return (
        `${d(on)}에 접수된 통보는 기한 내다: ${days(daysLeft)} 남음 (${d(on)} + ${notice} = ${d(reach)}, 제${number}기의 ` +
        `마지막 날 ${d(last)} 이전).`
      );
    }
    return (
      `${d(on)}에 접수된 통보는 제${number}기에는 늦었다: 기한 ${d(deadline)}이 ${days(-daysLeft)} 전에 지났다 ` +
      `(${d(on)} + ${notice} = ${d(reach)}, ${d(last)} 이후).`
    );
  },
  effect: (step) => effectSentence(step),
  renewal: (step) => `먼저 통보가 효력을 발생하지 않는 한, 제${step.values.number}기가 ${d(step.dates.next)}에 시작된다 (자동 연장).`,
  'notice-pending': (step) => pendingSentence(step),
  'notice-suspended': (step) => {
    const { received, suspended, wouldHave } = step.dates;
    const { party, remaining } = step.values;
    return (
      `${d(received)} ${party}의 통보는 원래 ${d(wouldHave)}에 효력을 발생할 예정이었다. ${d(suspended)}에 ` +
      `${days(remaining)}을 남기고 정지: V일에 재개되면 V + ${days(remaining)}에 효력을 발생한다.`
    );
  },
  'history-term': (step) => historyTermSentence(step),
  'history-notice': (step) => historyNoticeSentence(step),
  participation: (step) => {
    const { from, until } = step.dates;
    const { party } = step.values;
    return until === undefined
      ? `${party}은(는) ${d(from)}부터 당사국이다.`
      : `${party}은(는) ${d(from)}부터 ${d(until - 1)}까지 당사국이었다 (${d(until)}부터 비당사국).`;
  },
};

export const explain = { heading: '이유', steps };
