import type { StepKind, StepOfKind } from '../../../engine/explain.js';
import { clauseSteps, roundingRule } from './explain-clauses.js';
import { effectSentence, pendingSentence } from './explain-effect.js';
import { day as d, days, duration, span } from './words.js';

// The sentences of an explanation in Chinese (simplified), one entry per kind of step, each
// with the step's real dates: "第4期的通知期限：2020年11月22日 − 90天 = 2020年8月24日。…"

function clampNote(clamped: boolean): string {
  return clamped ? '（该月较短，日期取月末）' : '';
}

function ruleSentence(step: StepOfKind<'rule'>): string {
  const { values } = step;
  const { then, effect, nextDay } = values;
  const notice = duration(values.notice);
  let runs: string;
  if (step.dates.until !== undefined) runs = `本协定有效至确定的最后一天${d(step.dates.until)}，除非延期，此后失效`;
  else if (values.initial === null) runs = '本协定无固定期限';
  else {
    const initial = duration(values.initial);
    if (then === 'renew') runs = `有效期${initial}，此后每${duration(values.renewal ?? values.initial)}自动延长`;
    else if (then === 'expire') runs = `有效期${initial}，除非延期，此后失效`;
    else runs = `初始有效期${initial}，此后无限期有效`;
  }
  const termination =
    effect === 'end-of-term'
      ? `在期满前至少${notice}收到的通知，使本协定于该期届满时终止（D日收到的通知，若D + ${notice}不晚于该期最后一天，即为及时）`
      : `退出通知于收到${notice}后生效${nextDay ? '（该期间届满的次日）' : ''}` +
        roundingRule(values) +
        `${values.initial !== null && then === 'indefinite' ? '，但不早于初始有效期届满' : ''}`;
  const earliest = values.earliest === null ? '' : `；生效满${duration(values.earliest)}后方可发出通知`;
  return `${runs}；${termination}${earliest}。`;
}

function deadlineSentence(step: StepOfKind<'deadline'>): string {
  const { limit, deadline, plainSubtraction } = step.dates;
  const { number, limitRole, clamped } = step.values;
  const notice = duration(step.values.notice);
  const condition =
    limitRole === 'last-day'
      ? `即满足D + ${notice}不晚于第${number}期最后一天${d(limit)}的最晚一天D`
      : limitRole === 'first-day-after'
        ? `即退出不晚于第${number}期次日${d(limit)}生效的最晚一天`
        : `即退出（D + ${notice} + 1天）不晚于第${number}期次日${d(limit + 1)}生效的最晚一天`;
  if (clamped) {
    return (
      `第${number}期的通知期限：${d(limit)} − ${notice}：${d(deadline)}，即加上${notice}后仍不晚于${d(limit)}的最晚一天` +
      `（月末调整：直接相减得${d(plainSubtraction)}）。`
    );
  }
  return `第${number}期的通知期限：${d(limit)} − ${notice} = ${d(deadline)}，${condition}。`;
}

const OUTCOME_WORDS = {
  renewed: '无通知阻止，因此自动延长',
  continued: '持续至届满',
  current: '为本期',
  terminated: '提前终止',
  expired: '期满',
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
      ? `${endedEarly ? '原定最后一天为' : ''}确定日期${d(step.dates.until)}`
      : endedEarly
        ? `原定最后一天${d(origin)} + ${endSpan} − 1天`
        : `${d(origin)} + ${endSpan} − 1天 = ${d(end)}${clampNote(endClamped)}`;
  const rule = limitRole === 'last-day' ? `${d(limit)} − ${notice}` : `${d(limit)} − ${notice}（于${d(step.dates.withdrawalBy)}前退出）`;
  const joiner = step.values.clamped ? '：仍满足要求的最晚一天为' : ' =';
  const result =
    outcome === 'renewed' && next !== undefined
      ? `${OUTCOME_WORDS.renewed}（${d(next)}）`
      : endedEarly
        ? `${OUTCOME_WORDS[outcome]}：最后有效日为${d(end)}`
        : OUTCOME_WORDS[outcome];
  return `第${number}期：${begins} … ${scheduledLast}；通知期限${rule}${joiner} ${d(deadline)}；${result}。`;
}

function historyNoticeSentence(step: StepOfKind<'history-notice'>): string {
  const { received, effectiveOn, suspended, wouldHave, resumed, retracted, sent, requested } = step.dates;
  const { party, state, remaining } = step.values;
  const parts = [`${d(received)}收到${party}的通知${sent === undefined ? '' : `（${d(sent)}发送；以收到为准）`}`];
  if (requested !== undefined) {
    parts.push(
      step.values.requestHonoured
        ? `请求的日期为${d(requested)}，不早于规则所定日期：予以采纳`
        : `请求的日期为${d(requested)}，早于规则所定日期：不予采纳`,
    );
  }
  if (suspended !== undefined && wouldHave !== undefined) {
    parts.push(`原应于${d(wouldHave)}生效`, `${d(suspended)}中止，尚余${days(remaining ?? 0)}`);
  } else if (wouldHave !== undefined && effectiveOn === undefined) {
    parts.push(`原应于${d(wouldHave)}生效`);
  }
  if (resumed !== undefined) parts.push(`${d(resumed)}恢复：${d(resumed)} + ${days(remaining ?? 0)}`);
  if (retracted !== undefined) parts.push(`${d(retracted)}撤回，因此不会生效`);
  else if (state === 'effective' && effectiveOn !== undefined) parts.push(`已生效：失效首日为${d(effectiveOn)}`);
  else if (state === 'pending' && effectiveOn !== undefined) parts.push(`待生效：将于${d(effectiveOn)}生效`);
  else if (state === 'suspended') parts.push('仍处于中止状态');
  else if (state === 'pending') parts.push('待生效');
  return `${parts.join('；')}。`;
}

/** One sentence per kind of step, each given the step of its kind. */
const steps: { [K in StepKind]: (step: StepOfKind<K>) => string } = {
  clause: (step) => `条款：“${step.values.clause}”`,
  rule: (step) => ruleSentence(step),
  ...clauseSteps,
  'entry-into-force': (step) => {
    const { party, accession } = step.values;
    if (party !== null && accession) {
      return `本协定于${d(step.dates.start)}对${party}生效（加入）；${party}的日期均自该日起算。`;
    }
    const counted = step.values.fixedTerms ? '；每一期的起止均自该日起算，而非从上一期顺延' : '';
    return `本协定于${d(step.dates.start)}生效${counted}。`;
  },
  'not-yet-in-force': (step) => `${d(step.dates.on)}早于${d(step.dates.start)}的生效日：尚未生效，因此不能发出通知。`,
  'not-a-party': (step) => {
    const { party, leftOn } = step.values;
    return `${party}在${d(step.dates.on)}不是缔约方${leftOn === null ? '' : `（自${d(leftOn)}起退出）`}，因此无从发出通知。`;
  },
  ended: (step) => {
    const { reason, noticeParty } = step.values;
    const received = step.dates.noticeReceived;
    const why =
      reason === 'expiry'
        ? '已期满'
        : reason === 'termination'
          ? '已经协议终止'
          : noticeParty !== null && received !== undefined
            ? `${noticeParty}于${d(received)}发出的通知已生效`
            : '某项通知已生效';
    return `已失效：${why}；${d(step.dates.endedOn)}为失效首日，不晚于${d(step.dates.on)}。`;
  },
  term: (step) => {
    const { number, startSpan, endSpan, startClamped, endClamped } = step.values;
    const { origin, start, end, on } = step.dates;
    const begins = startSpan === null ? `生效之日${d(start)}` : `${d(origin)} + ${span(startSpan)} = ${d(start)}${clampNote(startClamped)}`;
    const where = on === undefined ? `第${number}期` : `${d(on)}在第${number}期内`;
    const last =
      step.dates.until === undefined
        ? `${d(origin)} + ${span(endSpan)} − 1天 = ${d(end)}${clampNote(endClamped)}`
        : `确定日期${d(step.dates.until)}`;
    return `${where}：始于${begins}，最后一天为${last}。`;
  },
  indefinite: (step) => {
    const { origin, from, on } = step.dates;
    const since =
      step.values.initial === null
        ? `自生效之日${d(from)}起`
        : `自初始有效期届满的${d(origin)} + ${duration(step.values.initial)} = ${d(from)}起`;
    return `${on === undefined ? '' : `${d(on)}，`}本协定${since}无限期有效：没有需要阻止的自动延长，通知在其期间届满后即生效。`;
  },
  expiry: (step) => {
    const { origin, expiresOn, until } = step.dates;
    if (until !== undefined) return `除非延期，本协定将期满：失效首日为最后一天${d(until)}的次日，即${d(expiresOn)}。`;
    return `除非延期，本协定将期满：失效首日为${d(origin)} + ${span(step.values.span)} = ${d(expiresOn)}${clampNote(step.values.clamped)}。`;
  },
  extension: (step) => `${d(step.dates.on)}，缔约方将其延期${duration(step.values.term)}，自当时的届满日起算。`,
  deadline: (step) => deadlineSentence(step),
  earliest: (step) => {
    const { joined, earliest, on } = step.dates;
    const who = step.values.party === null ? '' : step.values.party;
    const verdict = step.values.allowed ? `${d(on)}不早于该日。` : `${d(on)}早于该日：尚不能发出通知。`;
    const from = `${d(joined)} + ${duration(step.values.earliest)} = ${d(earliest)}`;
    return `${who}自${from}（含当日）起可发出通知；${verdict}`;
  },
  'notice-today': (step) => {
    const { on, reach, last, deadline } = step.dates;
    const { daysLeft, timely, number } = step.values;
    const notice = duration(step.values.notice);
    if (timely) {
      return `${d(on)}收到的通知是及时的：尚余${days(daysLeft)}（${d(on)} + ${notice} = ${d(reach)}，不晚于第${number}期最后一天${d(last)}）。`;
    }
    return (
      `${d(on)}收到的通知对第${number}期而言已太迟：其期限${d(deadline)}已过去${days(-daysLeft)}` +
      `（${d(on)} + ${notice} = ${d(reach)}，晚于${d(last)}）。`
    );
  },
  effect: (step) => effectSentence(step),
  renewal: (step) => `除非某项通知先行生效，第${step.values.number}期将于${d(step.dates.next)}开始（自动延长）。`,
  'notice-pending': (step) => pendingSentence(step),
  'notice-suspended': (step) => {
    const { received, suspended, wouldHave } = step.dates;
    const { party, remaining } = step.values;
    return (
      `${party}于${d(received)}发出的通知原应于${d(wouldHave)}生效；${d(suspended)}中止，尚余` +
      `${days(remaining)}：如于V日恢复，则于V + ${days(remaining)}生效。`
    );
  },
  'history-term': (step) => historyTermSentence(step),
  'history-notice': (step) => historyNoticeSentence(step),
  participation: (step) => {
    const { from, until } = step.dates;
    const { party } = step.values;
    return until === undefined
      ? `${party}自${d(from)}起为缔约方。`
      : `${party}自${d(from)}至${d(until - 1)}为缔约方（自${d(until)}起退出）。`;
  },
};

export const explain = { heading: '理由', steps };
