import type { StepKind, StepOfKind } from '../../../engine/explain.js';
import { clauseSteps, roundingRule } from './explain-clauses.js';
import { effectSentence, pendingSentence } from './explain-effect.js';
import { day as d, days, duration, span } from './words.js';

// The sentences of an explanation in Japanese, one entry per kind of step, each with the
// step's real dates: "第4期の通告期限：2020年11月22日 − 90日 = 2020年8月24日。…"

function clampNote(clamped: boolean): string {
  return clamped ? '（その月は短いため、月末日に合わせた）' : '';
}

function ruleSentence(step: StepOfKind<'rule'>): string {
  const { values } = step;
  const { then, effect, nextDay } = values;
  const notice = duration(values.notice);
  let runs: string;
  if (step.dates.until !== undefined) runs = `確定した最終日${d(step.dates.until)}まで効力を有し、延長されない限りその後失効する`;
  else if (values.initial === null) runs = '有効期間の定めはない';
  else {
    const initial = duration(values.initial);
    if (then === 'renew') runs = `${initial}間効力を有し、その後は${duration(values.renewal ?? values.initial)}ごとに自動的に延長される`;
    else if (then === 'expire') runs = `${initial}間効力を有し、延長されない限りその後失効する`;
    else runs = `当初${initial}間効力を有し、その後は無期限となる`;
  }
  const termination =
    effect === 'end-of-term'
      ? `期間満了の少なくとも${notice}前に受領された通告は、その期間の満了とともに協定を終了させる（D日に受領された場合、` +
        `D + ${notice}が期間の最終日以前であれば期限内）`
      : `脱退の通告は受領の${notice}後に効力を生ずる${nextDay ? '（その期間が尽きた日の翌日）' : ''}` +
        roundingRule(values) +
        `${values.initial !== null && then === 'indefinite' ? '。ただし当初の有効期間の満了前には効力を生じない' : ''}`;
  const earliest = values.earliest === null ? '' : `。通告は効力発生から${duration(values.earliest)}を経過した後にのみできる`;
  return `${runs}。${termination}${earliest}。`;
}

function deadlineSentence(step: StepOfKind<'deadline'>): string {
  const { limit, deadline, plainSubtraction } = step.dates;
  const { number, limitRole, clamped } = step.values;
  const notice = duration(step.values.notice);
  const condition =
    limitRole === 'last-day'
      ? `D + ${notice}が第${number}期の最終日${d(limit)}以前となる最も遅い日D`
      : limitRole === 'first-day-after'
        ? `脱退が第${number}期の翌日${d(limit)}までに効力を生ずる最も遅い日`
        : `脱退（D + ${notice} + 1日）が第${number}期の翌日${d(limit + 1)}までに効力を生ずる最も遅い日`;
  if (clamped) {
    return (
      `第${number}期の通告期限：${d(limit)} − ${notice}：${d(deadline)}。${notice}を加えてもなお${d(limit)}以前となる最も遅い日` +
      `（月末の調整。単純な引き算では${d(plainSubtraction)}）。`
    );
  }
  return `第${number}期の通告期限：${d(limit)} − ${notice} = ${d(deadline)}。${condition}。`;
}

const OUTCOME_WORDS = {
  renewed: 'これを止める通告はなく、自動延長された',
  continued: '満了まで続いた',
  current: '現在の期間である',
  terminated: '途中で終了した',
  expired: '期間満了となった',
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
      ? `${endedEarly ? '予定された最終日は' : ''}確定日${d(step.dates.until)}`
      : endedEarly
        ? `予定された最終日は${d(origin)} + ${endSpan} − 1日`
        : `${d(origin)} + ${endSpan} − 1日 = ${d(end)}${clampNote(endClamped)}`;
  const rule = limitRole === 'last-day' ? `${d(limit)} − ${notice}` : `${d(limit)} − ${notice}（${d(step.dates.withdrawalBy)}までに脱退）`;
  const joiner = step.values.clamped ? '：なお期限内となる最も遅い日は' : ' =';
  const result =
    outcome === 'renewed' && next !== undefined
      ? `${OUTCOME_WORDS.renewed}（${d(next)}）`
      : endedEarly
        ? `${OUTCOME_WORDS[outcome]}：効力を有した最後の日は${d(end)}`
        : OUTCOME_WORDS[outcome];
  return `第${number}期：${begins} … ${scheduledLast}。通告期限は${rule}${joiner} ${d(deadline)}。${result}。`;
}

function historyNoticeSentence(step: StepOfKind<'history-notice'>): string {
  const { received, effectiveOn, suspended, wouldHave, resumed, retracted, sent, requested } = step.dates;
  const { party, state, remaining } = step.values;
  const parts = [`${d(received)}に${party}の通告を受領${sent === undefined ? '' : `（${d(sent)}発出。基準は受領日）`}`];
  if (requested !== undefined) {
    parts.push(
      step.values.requestHonoured
        ? `${d(requested)}を指定：規定の日より早くないため、認められた`
        : `${d(requested)}を指定：規定の日より早いため、認められない`,
    );
  }
  if (suspended !== undefined && wouldHave !== undefined) {
    parts.push(`本来は${d(wouldHave)}に効力を生ずるはずだった`, `${d(suspended)}に残り${days(remaining ?? 0)}で停止`);
  } else if (wouldHave !== undefined && effectiveOn === undefined) {
    parts.push(`本来は${d(wouldHave)}に効力を生ずるはずだった`);
  }
  if (resumed !== undefined) parts.push(`${d(resumed)}に再開：${d(resumed)} + ${days(remaining ?? 0)}`);
  if (retracted !== undefined) parts.push(`${d(retracted)}に撤回されたため、効力を生じない`);
  else if (state === 'effective' && effectiveOn !== undefined) parts.push(`効力を生じた：効力を失う最初の日は${d(effectiveOn)}`);
  else if (state === 'pending' && effectiveOn !== undefined) parts.push(`効力発生待ち：${d(effectiveOn)}に効力を生ずる`);
  else if (state === 'suspended') parts.push('なお停止中');
  else if (state === 'pending') parts.push('効力発生待ち');
  return `${parts.join('。')}。`;
}

/** One sentence per kind of step, each given the step of its kind. */
const steps: { [K in StepKind]: (step: StepOfKind<K>) => string } = {
  clause: (step) => `条項：「${step.values.clause}」`,
  rule: (step) => ruleSentence(step),
  ...clauseSteps,
  'entry-into-force': (step) => {
    const { party, accession } = step.values;
    if (party !== null && accession) {
      return `${party}については${d(step.dates.start)}に効力を生じた（加入）。${party}についての日付はこの日から数える。`;
    }
    const counted = step.values.fixedTerms ? '。各期間の区切りはすべてこの日から数え、前の期間から順に積み重ねない' : '';
    return `${d(step.dates.start)}に効力を生じた${counted}。`;
  },
  'not-yet-in-force': (step) => `${d(step.dates.on)}は${d(step.dates.start)}の効力発生より前：まだ効力を生じていないため、通告はできない。`,
  'not-a-party': (step) => {
    const { party, leftOn } = step.values;
    return `${party}は${d(step.dates.on)}の時点で締約国ではない${leftOn === null ? '' : `（${d(leftOn)}から）`}ため、通告するものがない。`;
  },
  ended: (step) => {
    const { reason, noticeParty } = step.values;
    const received = step.dates.noticeReceived;
    const why =
      reason === 'expiry'
        ? '期間満了となった'
        : reason === 'termination'
          ? '合意により終了した'
          : noticeParty !== null && received !== undefined
            ? `${d(received)}付の${noticeParty}の通告が効力を生じた`
            : '通告が効力を生じた';
    return `既に効力を失っている：${why}。${d(step.dates.endedOn)}が効力を失う最初の日で、${d(step.dates.on)}以前である。`;
  },
  term: (step) => {
    const { number, startSpan, endSpan, startClamped, endClamped } = step.values;
    const { origin, start, end, on } = step.dates;
    const begins =
      startSpan === null ? `効力発生の日（${d(start)}）` : `${d(origin)} + ${span(startSpan)} = ${d(start)}${clampNote(startClamped)}`;
    const where = on === undefined ? `第${number}期` : `${d(on)}は第${number}期に含まれる`;
    const last =
      step.dates.until === undefined
        ? `${d(origin)} + ${span(endSpan)} − 1日 = ${d(end)}${clampNote(endClamped)}`
        : `確定日${d(step.dates.until)}`;
    return `${where}：始まりは${begins}、最終日は${last}。`;
  },
  indefinite: (step) => {
    const { origin, from, on } = step.dates;
    const since =
      step.values.initial === null
        ? `効力発生（${d(from)}）以来`
        : `当初の有効期間が満了した${d(origin)} + ${duration(step.values.initial)} = ${d(from)}から`;
    return `${on === undefined ? '' : `${d(on)}には`}${since}無期限に効力を有する：止めるべき自動延長はなく、通告はその期間の経過後に効力を生ずる。`;
  },
  expiry: (step) => {
    const { origin, expiresOn, until } = step.dates;
    if (until !== undefined) return `延長されない限り期間満了となる：効力を失う最初の日は最終日${d(until)}の翌日、${d(expiresOn)}。`;
    return (
      `延長されない限り期間満了となる：効力を失う最初の日は${d(origin)} + ${span(step.values.span)} = ` +
      `${d(expiresOn)}${clampNote(step.values.clamped)}。`
    );
  },
  extension: (step) => `${d(step.dates.on)}、締約国はその時点の終期から数えて${duration(step.values.term)}延長した。`,
  deadline: (step) => deadlineSentence(step),
  earliest: (step) => {
    const { joined, earliest, on } = step.dates;
    const who = step.values.party === null ? '' : `${step.values.party}による`;
    const verdict = step.values.allowed ? `${d(on)}はその日以後である。` : `${d(on)}はその日より前：まだ通告できない。`;
    const from = `${d(joined)} + ${duration(step.values.earliest)} = ${d(earliest)}`;
    return `${who}通告は${from}（当日を含む）から可能。${verdict}`;
  },
  'notice-today': (step) => {
    const { on, reach, last, deadline } = step.dates;
    const { daysLeft, timely, number } = step.values;
    const notice = duration(step.values.notice);
    if (timely) {
      return (
        `${d(on)}に受領された通告は期限内：残り${days(daysLeft)}（${d(on)} + ${notice} = ${d(reach)}、第${number}期の` +
        `最終日${d(last)}以前）。`
      );
    }
    return (
      `${d(on)}に受領された通告は第${number}期には遅すぎる：期限の${d(deadline)}は${days(-daysLeft)}前に過ぎた` +
      `（${d(on)} + ${notice} = ${d(reach)}、${d(last)}より後）。`
    );
  },
  effect: (step) => effectSentence(step),
  renewal: (step) => `先に通告が効力を生じない限り、第${step.values.number}期が${d(step.dates.next)}に始まる（自動延長）。`,
  'notice-pending': (step) => pendingSentence(step),
  'notice-suspended': (step) => {
    const { received, suspended, wouldHave } = step.dates;
    const { party, remaining } = step.values;
    return (
      `${d(received)}付の${party}の通告は本来${d(wouldHave)}に効力を生ずるはずだった。${d(suspended)}に残り` +
      `${days(remaining)}で停止：V日に再開されれば、V + ${days(remaining)}に効力を生ずる。`
    );
  },
  'history-term': (step) => historyTermSentence(step),
  'history-notice': (step) => historyNoticeSentence(step),
  participation: (step) => {
    const { from, until } = step.dates;
    const { party } = step.values;
    return until === undefined
      ? `${party}は${d(from)}から締約国である。`
      : `${party}は${d(from)}から${d(until - 1)}まで締約国であった（${d(until)}から非締約国）。`;
  },
};

export const explain = { heading: '理由', steps };
