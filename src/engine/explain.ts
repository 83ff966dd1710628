// The step-by-step explanations, one module per concept under explain/: the Step type,
// the spans from entry into force, the steps about the agreement and about notices, and
// the two explanations built from them.

export { explainHistory } from './explain/history.js';
export type { Span } from './explain/spans.js';
export { explainStatus } from './explain/status.js';
export type { Step, StepKind, StepOfKind } from './explain/steps.js';
