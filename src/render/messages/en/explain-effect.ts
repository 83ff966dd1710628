import type { StepOfKind } from '../../../engine/explain.js';
import { clauseArithmetic, periodSum } from './explain-clauses.js';
import { day as d, days, duration } from './words.js';

// The sentences about when a notice takes effect: one received on the day asked about
// (step "effect"), and a pending one (step "notice-pending"), with the parts SPEC §6 adds.

/** "the agreement", or in a multilateral one "US's participation" (or the notifying party's, when none is asked about). */
function subjectOf(values: { party: string | null; multilateral: boolean }): string {
  // In a multilateral agreement a notice ends only the notifying party's participation.
  if (!values.multilateral) return 'the agreement';
  return values.party === null ? "the notifying party's participation" : `${values.party}'s participation`;
}

/**
 * Notice received on the day: "Notice received 2019-02-01 would end the agreement:
 * 2019-02-01 + 6 months = 2019-08-01, the first day out of force."
 */
export function effectSentence(step: StepOfKind<'effect'>): string {
  const { on, reach, effectiveOn, lapsed, expiresOn, initialEnd } = step.dates;
  const { effect, number, heldToInitialTerm, cutByExpiry } = step.values;
  const notice = duration(step.values.notice);
  const subject = subjectOf(step.values);
  const expiryNote =
    cutByExpiry && expiresOn !== undefined ? `; it expires on ${d(expiresOn)} anyway, so that is the first day out of force` : '';
  if (effect === 'end-of-term') {
    if (number === null) return `Notice received ${d(on)}: ${d(on)} + ${notice} = ${d(reach)}, the first day out of force${expiryNote}.`;
    return (
      `${d(on)} + ${notice} = ${d(reach)} falls in term ${number}, so notice received ${d(on)} would end ${subject} at the ` +
      `end of term ${number}: first day out of force ${d(effectiveOn)}${expiryNote}.`
    );
  }
  const sum = periodSum({ on, notice: step.values.notice, reach, lapsed });
  const clause = clauseArithmetic(step.dates, step.values, on);
  if (heldToInitialTerm && initialEnd !== undefined) {
    return (
      `Notice received ${d(on)}: ${sum}${clause}, but a withdrawal never ends ${subject} before the initial term does: first ` +
      `day out of force ${d(initialEnd)}${expiryNote}.`
    );
  }
  if (clause !== '') {
    return `Notice received ${d(on)} would end ${subject}: ${sum}${clause}; first day out of force ${d(effectiveOn)}${expiryNote}.`;
  }
  return `Notice received ${d(on)} would end ${subject}: ${sum}, the first day out of force${expiryNote}.`;
}

/**
 * A pending notice: "KR's notice of 2019-08-23 is pending (2019-08-23 + 90 days): it takes
 * effect 2019-11-23, the first day out of force"; with the rule's arithmetic when SPEC §6
 * decided its day, and its sent day when the file gives one.
 */
export function pendingSentence(step: StepOfKind<'notice-pending'>): string {
  const { received, effectiveOn, resumed, sent, reach, lapsed } = step.dates;
  const { party, remaining } = step.values;
  const notice = duration(step.values.notice);
  if (resumed !== undefined && remaining !== null) {
    return (
      `${party}'s notice of ${d(received)} was resumed on ${d(resumed)} with ${days(remaining)} remaining: ${d(resumed)} ` +
      `+ ${days(remaining)} = ${d(effectiveOn)}, its first day out of force.`
    );
  }
  const sentNote = sent === undefined ? '' : ` (sent ${d(sent)}; receipt is what counts)`;
  if (reach !== undefined) {
    const sum = periodSum({ on: received, notice: step.values.notice, reach, lapsed });
    const clause = clauseArithmetic(step.dates, step.values, received);
    return (
      `${party}'s notice received ${d(received)}${sentNote} is pending: ${sum}${clause}; it takes effect ${d(effectiveOn)}, ` +
      `the first day out of force.`
    );
  }
  return (
    `${party}'s notice of ${d(received)}${sentNote} is pending (${d(received)} + ${notice}): it takes effect ${d(effectiveOn)}, ` +
    `the first day out of force.`
  );
}
