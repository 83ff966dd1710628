import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Status } from '../engine/status.js';
import type { Paint } from './paint.js';
import { plural, relativeDays, showDay } from './dates.js';

const label = (paint: Paint, text: string) => paint.bold(text.padEnd(13));

/**
 * Status for people: in force or not, the term, whether notice is still possible and
 * until when, what a notice today would do, and pending notices.
 */
export function statusText(compiled: CompiledAgreement, status: Status, paint: Paint, zoneNote: string | null): string {
  const lines: string[] = [];
  const who = status.party ? ` for ${status.party}` : '';
  const day = showDay(status.on);
  lines.push(paint.bold(`${compiled.name}${who} on ${day}`) + (zoneNote ? paint.dim(` (${zoneNote})`) : ''));
  lines.push(`${label(paint, 'In force')}${inForceLine(compiled, status, paint)}`);
  if (status.nextRenewal !== null) lines.push(`${label(paint, 'Next renewal')}${showDay(status.nextRenewal)} (${relativeDays(status.nextRenewal - status.on)})`);
  lines.push(`${label(paint, 'Notice')}${noticeLine(compiled, status, paint)}`);
  if (status.notice.effectiveOn !== null) {
    const out = status.party && compiled.multilateral ? `${status.party} would no longer be a party` : 'no longer in force';
    lines.push(`${label(paint, 'If given')}${out} from ${showDay(status.notice.effectiveOn)} (${relativeDays(status.notice.effectiveOn - status.on)}), for notice received ${day}`);
  }
  for (const notice of status.pending) {
    const what =
      notice.state === 'pending' && notice.effectiveOn !== null
        ? `takes effect ${showDay(notice.effectiveOn)} (${relativeDays(notice.effectiveOn - status.on)})`
        : `is suspended with ${plural(notice.remainingDays ?? 0, 'day')} remaining: resumed on a day V, it takes effect on V + ${plural(notice.remainingDays ?? 0, 'day')}`;
    lines.push(`${label(paint, 'Pending')}${paint.yellow(`${notice.party}'s notice of ${showDay(notice.received)}`)} ${what}`);
  }
  return `${lines.join('\n')}\n`;
}

function inForceLine(compiled: CompiledAgreement, status: Status, paint: Paint): string {
  if (status.phase === 'not-yet-in-force') return paint.yellow(`not yet: enters into force ${compiled.definition.entryIntoForce}`);
  if (!status.inForce) {
    const ended = status.endedOn === null ? '' : `: out of force since ${showDay(status.endedOn)}`;
    const why = status.endReason === 'expiry' ? ' (expired)' : status.endReason === 'termination' ? ' (terminated by consent)' : status.endReason === 'notice' ? ' (after notice)' : '';
    return paint.red(`no${ended}${why}`);
  }
  if (status.term) return `${paint.green('yes')}, term ${status.term.number} (${showDay(status.term.start)} … ${showDay(status.term.end)})`;
  return `${paint.green('yes')}, indefinitely`;
}

function noticeLine(compiled: CompiledAgreement, status: Status, paint: Paint): string {
  const { notice } = status;
  if (!status.inForce) return paint.dim('not applicable');
  const next = notice.nextDeadline === null ? '' : `; next deadline ${showDay(notice.nextDeadline)} (${relativeDays(notice.nextDeadline - status.on)})`;
  const unstoppable = compiled.then === 'renew' ? 'the next renewal cannot be stopped' : 'no notice can end this term';
  if (notice.earliestOn !== null && status.on < notice.earliestOn) {
    const blocked = notice.cannotStop === null ? '' : `; ${unstoppable}${next}`;
    return paint.red(`not yet: notice may be given from ${showDay(notice.earliestOn)} (${relativeDays(notice.earliestOn - status.on)})${blocked}`);
  }
  if (notice.cannotStop !== null) return `${paint.red(unstoppable)}: its notice deadline falls before entry into force${next}`;
  if (notice.deadline === null || notice.daysLeft === null) return paint.green('possible at any time');
  if (notice.possible && notice.daysLeft < 0) return paint.green('possible (this term\'s deadline has passed; see when it would take effect)');
  if (notice.possible) {
    const when = notice.daysLeft === 0 ? `today, ${showDay(notice.deadline)}, is the last day` : `until ${showDay(notice.deadline)} (${relativeDays(notice.daysLeft)})`;
    return `${paint.green('possible')}: ${notice.daysLeft <= 30 ? paint.yellow(when) : when}`;
  }
  const what = compiled.then === 'renew' ? 'too late to stop the next renewal' : 'too late for this term';
  return `${paint.red(what)}: the deadline was ${showDay(notice.deadline)} (${relativeDays(notice.daysLeft)})${next}`;
}
