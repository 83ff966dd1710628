import type { Day } from '../../calendar/day.js';
import { monthDayOnOrAfter } from '../../calendar/month-day.js';
import type { CompiledAgreement } from '../compiled-agreement.js';
import type { NoticeEffect } from '../notice-effect.js';
import { windowFrom } from '../notice-windows.js';
import { survivesUntil } from '../status.js';
import type { ClauseDate, ClauseValues, Step, StepOfKind } from './steps.js';

// The steps of the clause patterns of SPEC §6, each only where the definition uses its
// field: windows for notice, obligations that survive a withdrawal, an extension to a new
// last day, and the parts of a notice's effect that roundTo, noticeBy and the notice's own
// effectiveOn decide.

/**
 * The windows and the survival clause as rules, after the rule itself. ILO-style, in force
 * 1950-01-01, every P10Y for P1Y → window k from 1950-01-01 + k × 10 years for 1 year.
 */
export function clauseRuleSteps(compiled: CompiledAgreement): Step[] {
  const steps: Step[] = [];
  if (compiled.windows !== null) {
    steps.push({ kind: 'windows-rule', dates: { origin: compiled.start }, values: { ...compiled.windows } });
  }
  if (compiled.survives !== null) steps.push({ kind: 'survives-rule', dates: {}, values: { ...compiled.survives } });
  return steps;
}

/**
 * The window holding `on`, or the next one: ILO-style (1950-01-01, P10Y/P1Y) on
 * 1955-06-01 → window 1, 1960-01-01 … 1960-12-31, not yet open.
 */
export function windowStep(compiled: CompiledAgreement, on: Day, party: string | null): StepOfKind<'window'> | null {
  if (compiled.windows === null) return null;
  const window = windowFrom(compiled.start, compiled.windows, on);
  return {
    kind: 'window',
    dates: { on, opens: window.opens, lastDay: window.closes - 1 },
    values: { number: window.number, inside: window.opens <= on, party },
  };
}

/**
 * What survives a withdrawal that took effect on `outOn`, through which day. Energy
 * Charter Treaty, Italy out from 2016-01-01 → protected through 2016-01-01 + 20 years − 1 day = 2035-12-31.
 */
export function survivalStep(compiled: CompiledAgreement, outOn: Day, party: string | null): StepOfKind<'survival'> | null {
  if (compiled.survives === null) return null;
  return {
    kind: 'survival',
    dates: { outOn, lastDay: survivesUntil(compiled, outOn) as Day },
    values: { for: compiled.survives.for, what: compiled.survives.what, party },
  };
}

/** An extension that set a new last day (`until`): USMCA-style, 2026-07-01 → last day 2042-06-30. */
export function extensionUntilStep(on: Day, until: Day): StepOfKind<'extension-until'> {
  return { kind: 'extension-until', dates: { on, until }, values: {} };
}

/**
 * The days and values SPEC §6 adds to a notice's effect (see ClauseDate), empty for an
 * agreement without roundTo and a notice that asked for no day of its own, so that those
 * explanations stay as they were. Whaling, received 2019-01-02: rounded 2019-06-30, cut-off
 * 2019-01-01 missed, next anchor 2020-06-30.
 */
export function clauseEffect(
  compiled: CompiledAgreement,
  effect: NoticeEffect,
): { dates: Partial<Record<ClauseDate, Day>>; values: ClauseValues } {
  const { termination } = compiled.definition;
  const dates: Partial<Record<ClauseDate, Day>> = {};
  const values: { -readonly [K in keyof ClauseValues]: ClauseValues[K] } = {};
  if (effect.rounded !== null && termination.roundTo !== undefined) {
    dates.rounded = effect.rounded;
    values.roundTo = termination.roundTo;
    if (effect.cutOff !== null && termination.noticeBy !== undefined) {
      dates.cutOff = effect.cutOff;
      values.noticeBy = termination.noticeBy;
      values.missedCutOff = effect.missedCutOff;
      // The anchor a year on, as notice-effect.ts moves a late notice to it.
      if (effect.missedCutOff && compiled.roundTo !== null && compiled.roundTo !== 'month-start') {
        dates.nextAnchor = monthDayOnOrAfter(effect.rounded + 1, compiled.roundTo);
      }
    }
  }
  if (effect.requested !== null && effect.requestHonoured !== null) {
    dates.requested = effect.requested;
    values.requestHonoured = effect.requestHonoured;
  }
  return { dates, values };
}
