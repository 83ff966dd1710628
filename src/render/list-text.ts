import { describeDuration } from '../calendar/duration.js';
import type { Plan } from '../engine/plan.js';
import type { Paint } from './paint.js';

/** "renews every 1 year; 90 days' notice before the end of a term" */
export function ruleSummary(plan: Plan): string {
  const term =
    plan.initial === null
      ? 'indefinite'
      : plan.then === 'renew' && plan.renewal
        ? `${describeDuration(plan.initial)}, renews every ${describeDuration(plan.renewal)}`
        : plan.then === 'expire'
          ? `${describeDuration(plan.initial)}, then expires`
          : `${describeDuration(plan.initial)}, then indefinite`;
  const notice = `notice ${describeDuration(plan.notice)} ${plan.effect === 'end-of-term' ? 'before a term ends' : plan.lapseDays ? 'ahead, out the day after' : 'ahead'}`;
  const earliest = plan.earliest ? `, not before ${describeDuration(plan.earliest)} in force` : '';
  return `${term}; ${notice}${earliest}`;
}

export function listText(plans: readonly Plan[], paint: Paint): string {
  const width = Math.max(2, ...plans.map((plan) => plan.id.length));
  const rows = plans.map((plan) => `${paint.bold(plan.id.padEnd(width))}  ${plan.name} (${plan.definition.kind}, in force ${plan.definition.entryIntoForce}): ${paint.dim(ruleSummary(plan))}`);
  return `${rows.join('\n')}\n`;
}
