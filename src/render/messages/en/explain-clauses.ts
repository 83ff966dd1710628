import type { Day } from '../../../calendar/day.js';
import type { Duration } from '../../../calendar/duration.js';
import { parseMonthDay } from '../../../calendar/month-day.js';
import type { ClauseDate, ClauseValues, StepOfKind } from '../../../engine/explain/steps.js';
import { day as d, duration, monthDay } from './words.js';

// The sentences of the clause patterns of SPEC §6 in an explanation: the windows, what
// survives a withdrawal, a fixed or extended last day, and the arithmetic of a notice's
// effect with roundTo, noticeBy and the day the notice asked for.

/** "1st of a month", "1 January", "31 December": the anchor roundTo moves a day to. */
export function anchorWords(roundTo: string): string {
  if (roundTo === 'month-start') return '1st of a month';
  return roundTo === 'year-start' ? '1 January' : monthDay(parseMonthDay(roundTo));
}

/**
 * The rule's own words for roundTo and noticeBy, after "takes effect N after receipt":
 * ", moved forward to the next 31 December on or after that day".
 */
export function roundingRule(values: ClauseValues): string {
  if (values.roundTo === undefined) return '';
  const moved = `, moved forward to the first ${anchorWords(values.roundTo)} on or after that day`;
  if (values.noticeBy === undefined) return moved;
  const by = monthDay(parseMonthDay(values.noticeBy));
  return `${moved}, for notice received by the last ${by} on or before it; notice received after that ${by} takes effect on the ${anchorWords(values.roundTo)} after`;
}

/** "D + N = X[, + 1 day (it lapses the next day) = Y]" */
export function periodSum(p: { on: Day; notice: Duration; reach: Day; lapsed: Day | undefined }): string {
  const added = `${d(p.on)} + ${duration(p.notice)} = ${d(p.reach)}`;
  return p.lapsed === undefined ? added : `${added}, + 1 day (it lapses the next day) = ${d(p.lapsed)}`;
}

/**
 * What roundTo, noticeBy and the notice's own day did after the period's sum, or '' when
 * none of them applies. Whaling, received 2019-01-02: ", moved forward to the first 30 June
 * on or after it: 2019-06-30; its cut-off, 1 January, is 2019-01-01, and notice received
 * 2019-01-02 is after it, so the next 30 June: 2020-06-30".
 */
export function clauseArithmetic(dates: Partial<Record<ClauseDate, Day>>, values: ClauseValues, received: Day): string {
  const parts: string[] = [];
  const { rounded, cutOff, nextAnchor, requested } = dates;
  if (rounded !== undefined && values.roundTo !== undefined) {
    const anchor = anchorWords(values.roundTo);
    parts.push(`, moved forward to the first ${anchor} on or after it: ${d(rounded)}`);
    if (cutOff !== undefined && values.noticeBy !== undefined) {
      const by = `its cut-off, ${monthDay(parseMonthDay(values.noticeBy))}, is ${d(cutOff)}`;
      parts.push(
        values.missedCutOff && nextAnchor !== undefined
          ? `; ${by}, and notice received ${d(received)} is after it, so the next ${anchor}: ${d(nextAnchor)}`
          : `; ${by}, and notice received ${d(received)} is in time`,
      );
    }
  }
  if (requested !== undefined) {
    parts.push(
      values.requestHonoured
        ? `; the notice asks for ${d(requested)}, no earlier than that, so its request is honoured`
        : `; the notice asks for ${d(requested)}, earlier than the rule allows, so its request is not honoured`,
    );
  }
  return parts.join('');
}

/** A sentence's first word from a definition's text: "the Treaty's protection …" → "The Treaty's protection …". */
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The sentences of the clause steps, one entry per kind. */
export const clauseSteps = {
  'windows-rule': (step: StepOfKind<'windows-rule'>) => {
    const { origin } = step.dates;
    const every = duration(step.values.every);
    return (
      `Notice may be given only inside a window: window k runs from ${d(origin)} + k × ${every} through the day before ` +
      `${d(origin)} + k × ${every} + ${duration(step.values.length)}, counted from the agreement's entry into force.`
    );
  },
  'survives-rule': (step: StepOfKind<'survives-rule'>) =>
    `After a withdrawal takes effect on a day E, ${step.values.what} continues through the day before E + ${duration(step.values.for)}.`,
  window: (step: StepOfKind<'window'>) => {
    const { on, opens, lastDay } = step.dates;
    const { number, inside } = step.values;
    const span = `window ${number}, ${d(opens)} … ${d(lastDay)}`;
    if (inside) return `${d(on)} falls in ${span}: notice may be given through ${d(lastDay)}, its last day.`;
    return `${d(on)} is outside the windows for notice, so notice is not possible; the next is ${span}.`;
  },
  survival: (step: StepOfKind<'survival'>) => {
    const { outOn, lastDay } = step.dates;
    const whose = step.values.party === null ? 'the withdrawal' : `${step.values.party}'s withdrawal`;
    return (
      `${capitalised(step.values.what)} outlives ${whose}: ${d(outOn)} + ${duration(step.values.for)} − 1 day = ${d(lastDay)}, the last ` +
      `day it applies.`
    );
  },
  'extension-until': (step: StepOfKind<'extension-until'>) => {
    const { on, until } = step.dates;
    return `On ${d(on)} the parties set a new last day in force, ${d(until)}: first day out of force ${d(until + 1)}.`;
  },
};
