import type { Day } from '../calendar/day.js';

/**
 * The soonest first day out of force that an action on `on` could bring about (SPEC §7):
 * a notice received that day (its effect as `notice.effectiveOn` gives it, so only when
 * notice may be given: in force, after `earliest`, inside a window), or resuming a
 * suspended notice that day (effect on + the days it had left); null when no action can
 * end it sooner than the end already on the way (a pending notice, the expiry).
 * GSOMIA on 2020-08-25: KR's 2019 notice, suspended with 1 day left → 2020-08-26;
 * with that notice spent (Tokyo's reading), a new notice → 2021-11-23.
 */
export function earliestEndOf(
  notice: { readonly effectiveOn: Day | null },
  pending: readonly { readonly state: string; readonly remainingDays: number | null }[],
  on: Day,
  scheduled: { readonly on: Day } | null,
): Day | null {
  let soonest = notice.effectiveOn ?? Infinity;
  for (const open of pending) {
    if (open.state === 'suspended' && open.remainingDays !== null) soonest = Math.min(soonest, on + open.remainingDays);
  }
  return soonest < (scheduled?.on ?? Infinity) ? soonest : null;
}
