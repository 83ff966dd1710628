import type { Course } from './course.js';
import type { AgreementRules } from './rules.js';

export type { EventType, PlannedEvent } from './planned-event.js';
export type { AgreementRules } from './rules.js';

/**
 * The agreement compiled: its rules, and what its events did (replayed once, course.ts).
 * Every answer (status, history, deadlines, explanations, timeline) reads this.
 */
export interface CompiledAgreement extends AgreementRules {
  readonly course: Course;
}
