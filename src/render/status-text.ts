import type { CompiledAgreement } from '../engine/compiled-agreement.js';
import type { Status } from '../engine/status.js';
import type { Messages } from './messages/index.js';
import type { Paint } from './paint.js';
import { displayWidth, padColumns } from './width.js';

/**
 * Status for people: in force or not, the term, whether notice is still possible and
 * until when, what a notice today would do, and pending notices. `zone` is where "today"
 * was judged, given when the day asked about is today.
 */
export function statusText(compiled: CompiledAgreement, status: Status, paint: Paint, zone: string | null, messages: Messages): string {
  const words = messages.status;
  // As wide as the widest label and a space, at least 13 columns (English's).
  const width = Math.max(13, ...Object.values(words.label).map((text) => displayWidth(text) + 1));
  const label = (text: string) => paint.bold(padColumns(text, width));
  const lines: string[] = [];
  const { on } = status;
  const heading = paint.bold(words.heading({ name: compiled.name, party: status.party, on }));
  lines.push(heading + (zone ? paint.dim(words.todayIn({ zone })) : ''));
  lines.push(`${label(words.label.inForce)}${inForceLine(compiled, status, paint, messages)}`);
  // An end already on the way comes first: the reader should not have to infer it.
  const end = status.scheduledEnd;
  if (end !== null) {
    const ending = end.reason === 'notice' ? words.endsOnNotice({ ...end, from: on }) : words.dayAway({ day: end.on, from: on });
    lines.push(`${label(end.reason === 'notice' ? words.label.ends : words.label.expires)}${paint.yellow(ending)}`);
  }
  if (status.nextRenewal !== null) lines.push(`${label(words.label.nextRenewal)}${words.dayAway({ day: status.nextRenewal, from: on })}`);
  const notice = noticeLine(compiled, status, paint, messages);
  lines.push(`${label(words.label.notice)}${notice.text}`);
  // Said only where the line gives the deadline still ahead: offices may be closed on it.
  const nonWorking = status.notice.deadlineDay?.nonWorking ?? null;
  if (notice.ahead && nonWorking !== null)
    lines.push(`${label(words.label.workingDay)}${paint.yellow(words.deadlineNonWorking(nonWorking))}`);
  // A notice that would take effect no sooner than the end already on the way changes nothing.
  if (status.notice.effectiveOn !== null && status.notice.endsSooner) {
    const { effectiveOn, ends } = status.notice;
    lines.push(`${label(words.label.ifGiven)}${words.ifGiven({ ends, party: status.party, effectiveOn, on })}`);
  }
  if (status.survives !== null) lines.push(`${label(words.label.survives)}${words.survives(status.survives)}`);
  for (const pending of status.pending) {
    const notice = paint.yellow(words.noticeOf({ party: pending.party, received: pending.received }));
    const what =
      pending.state === 'pending' && pending.effectiveOn !== null
        ? words.pendingNotice({ notice, effectiveOn: pending.effectiveOn, on })
        : words.suspendedNotice({ notice, remaining: pending.remainingDays ?? 0 });
    lines.push(`${label(words.label.pending)}${what}`);
  }
  return `${lines.join('\n')}\n`;
}

function inForceLine(compiled: CompiledAgreement, status: Status, paint: Paint, messages: Messages): string {
  const words = messages.status;
  if (status.phase === 'not-yet-in-force') return paint.yellow(words.notYetInForce({ start: compiled.start }));
  if (!status.inForce) return paint.red(words.outOfForce({ endedOn: status.endedOn, reason: status.endReason }));
  if (status.term) return `${paint.green(words.yes)}${words.inTerm(status.term)}`;
  return `${paint.green(words.yes)}${words.indefinitely}`;
}

/** The notice line, and whether it gives a deadline still ahead (the one the Working day line is about). */
function noticeLine(compiled: CompiledAgreement, status: Status, paint: Paint, messages: Messages): { text: string; ahead: boolean } {
  const words = messages.status;
  const { notice } = status;
  const other = otherNoticeLine(compiled, status, paint, messages);
  if (other !== null || notice.deadline === null || notice.daysLeft === null || notice.deadlineDay === null) {
    return { text: other ?? '', ahead: false };
  }
  const { deadline, daysLeft, deadlineDay } = notice;
  const ends = words.untilMidnight({ day: deadline, zone: compiled.timeZone, endsAt: deadlineDay.endsAt });
  const until = daysLeft === 0 ? words.lastDayToday({ deadline, ends }) : words.until({ deadline, daysLeft, ends });
  return {
    text: words.possibleUntil({ possible: paint.green(words.possible), until: daysLeft <= 30 ? paint.yellow(until) : until }),
    ahead: true,
  };
}

/** Every notice line but "possible until the deadline", which is null here. */
function otherNoticeLine(compiled: CompiledAgreement, status: Status, paint: Paint, messages: Messages): string | null {
  const words = messages.status;
  const { notice, on } = status;
  if (!status.inForce) return paint.dim(words.notApplicable);
  const end = status.scheduledEnd;
  if (end?.reason === 'notice') return paint.dim(words.noticeNotNeeded);
  if (end?.reason === 'expiry' && !notice.possible && notice.earliestOn === null) return paint.dim(words.expiresAnyway({ on: end.on }));
  const renews = compiled.then === 'renew';
  const next = notice.nextDeadline;
  // Barred by the windows until the next one opens: say so (an earliest day inside a window is "not yet", below).
  if (notice.windowOpens && notice.earliestOn !== null) {
    return paint.red(words.outsideWindows({ opens: notice.earliestOn, on }));
  }
  if (notice.earliestOn !== null && on < notice.earliestOn) {
    const blocked = notice.cannotStop === null ? null : words.cannotStop({ renews, next, on });
    return paint.red(words.noticeNotYet({ earliestOn: notice.earliestOn, on, blocked }));
  }
  if (notice.cannotStop !== null)
    return words.beforeEntryIntoForce({ cannotStop: paint.red(words.cannotStop({ renews, next: null, on })), next, on });
  if (notice.windowLastDay !== null && notice.possible && (notice.deadline === null || notice.windowLastDay < notice.deadline)) {
    return paint.green(words.inWindow({ lastDay: notice.windowLastDay, on }));
  }
  if (notice.deadline === null || notice.daysLeft === null) return paint.green(words.anyTime);
  if (notice.possible && notice.daysLeft < 0) return paint.green(words.deadlinePassed);
  if (notice.possible) return null;
  const tooLate = paint.red(words.tooLate({ renews: compiled.then === 'renew' }));
  return words.deadlineWas({ tooLate, deadline: notice.deadline, daysLeft: notice.daysLeft, next: notice.nextDeadline, on });
}
