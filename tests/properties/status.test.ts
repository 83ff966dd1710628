import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { cannotStop, earliestNoticeDay, effectOfNotice } from '../../src/engine/notice-effect.js';
import { statusOn } from '../../src/engine/status.js';
import { deadlineMatters, noticeDeadline, termsOf } from '../../src/engine/terms.js';
import { compiledOf, definition, HORIZON } from './arbitraries.js';

const inForceDay = fc.integer({ min: 0, max: HORIZON });

describe('statusOn', () => {
  it('agrees with historyUntil on the current term, its dates and its deadline', () => {
    fc.assert(
      fc.property(definition(), inForceDay, (file, offset) => {
        const compiled = compiledOf(file);
        const on = compiled.start + offset;
        const status = statusOn(compiled, on);
        const history = historyUntil(compiled, on);
        expect(history.endedOn).toBe(status.endedOn);
        const last = history.terms[history.terms.length - 1];
        if (status.term !== null) {
          expect(last).toEqual({
            number: status.term.number,
            start: status.term.start,
            end: status.term.end,
            noticeDeadline: status.notice.deadline,
            outcome: 'current',
          });
          expect(history.terms.map((term) => term.number)).toEqual(Array.from({ length: status.term.number }, (_, i) => i + 1));
        } else {
          expect(history.terms.every((term) => term.outcome !== 'current')).toBe(true);
        }
        history.terms.forEach((term, i) => {
          const next = history.terms[i + 1];
          if (next) {
            expect(term.outcome).toBe('renewed');
            expect(next.start).toBe(term.end + 1);
          }
        });
        if (!status.inForce && status.endedOn !== null && last) {
          expect(last.outcome).toBe('expired');
          expect(last.end).toBe(status.endedOn - 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with deadlinesBetween on the next notice deadline', () => {
    fc.assert(
      fc.property(definition(), inForceDay, fc.integer({ min: 0, max: 4000 }), (file, offset, span) => {
        const compiled = compiledOf(file);
        const from = compiled.start + offset;
        const until = from + span;
        const status = statusOn(compiled, from);
        const deadlines = deadlinesBetween(compiled, from, until);
        const firstListed = deadlines.find((deadline) => deadline.kind === 'notice-deadline')?.date ?? null;
        const next = status.notice.nextDeadline;
        expect(firstListed).toBe(next !== null && next <= until ? next : null);
        for (const deadline of deadlines) {
          expect(deadline.date).toBeGreaterThanOrEqual(from);
          expect(deadline.date).toBeLessThanOrEqual(until);
          expect(deadline.daysUntil).toBe(deadline.date - from);
        }
        expect(deadlines.map((deadline) => deadline.date)).toEqual([...deadlines.map((deadline) => deadline.date)].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it('lists every renewal in a window as a term boundary, with the deadline of the term it ends', () => {
    fc.assert(
      fc.property(
        definition({ patterns: ['renew'], earliest: false }),
        inForceDay,
        fc.integer({ min: 0, max: 4000 }),
        (file, offset, span) => {
          const compiled = compiledOf(file);
          const terms = termsOf(compiled);
          const from = compiled.start + offset;
          const until = from + span;
          const deadlines = deadlinesBetween(compiled, from, until);
          const renewals = deadlines.filter((deadline) => deadline.kind === 'renewal').map((deadline) => deadline.date);
          const expected: number[] = [];
          // Every boundary from `from` through `until`, a renewal on `from` itself included.
          for (let k = Math.max(1, (terms.containing(from) as number) - 1); terms.boundary(k) <= until; k += 1)
            if (terms.boundary(k) >= from) expected.push(terms.boundary(k));
          expect(renewals).toEqual(expected);
          const listed = deadlines.filter((deadline) => deadline.kind === 'notice-deadline');
          for (const deadline of listed) expect(deadline.date).toBe(noticeDeadline(compiled, terms, deadline.term as number));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers "if notice is received today" exactly as effectOfNotice does, and only once notice is allowed', () => {
    fc.assert(
      fc.property(definition(), inForceDay, (file, offset) => {
        const compiled = compiledOf(file);
        const terms = termsOf(compiled);
        const on = compiled.start + offset;
        const status = statusOn(compiled, on);
        const earliest = earliestNoticeDay(compiled, compiled.start);
        const allowed = status.inForce && (earliest === null || on >= earliest);
        expect(status.notice.effectiveOn).toBe(allowed ? effectOfNotice(compiled, terms, on) : null);
        if (!allowed) expect(status.notice.possible).toBe(false);
        if (status.term !== null) {
          expect(status.term.start).toBeLessThanOrEqual(on);
          expect(status.term.end).toBeGreaterThanOrEqual(on);
          // a deadline before any day notice may be received is none: the term cannot be stopped
          const matters = deadlineMatters(compiled, terms, status.term.number);
          const deadline = noticeDeadline(compiled, terms, status.term.number);
          const blocked = matters ? cannotStop(compiled, deadline, compiled.start) : null;
          expect(status.notice.cannotStop).toBe(blocked);
          expect(status.notice.deadline).toBe(blocked === null && matters ? deadline : null);
          expect(status.notice.daysLeft).toBe(blocked === null && matters ? deadline - on : null);
        }
        if (allowed && compiled.effect === 'end-of-term' && compiled.then === 'renew' && status.term !== null) {
          // a renewal can be stopped only until the deadline, and only if it has one
          expect(status.notice.possible).toBe(status.notice.deadline !== null && on <= status.notice.deadline);
        }
        if (allowed && compiled.then === 'expire' && status.term !== null && !deadlineMatters(compiled, terms, status.term.number)) {
          // in the last term before an expiry, a notice matters only if it takes effect sooner
          expect(status.notice.possible).toBe((status.notice.effectiveOn as number) < (terms.expiresOn as number));
        }
        if (
          allowed &&
          status.term !== null &&
          compiled.effect === 'end-of-term' &&
          status.notice.deadline !== null &&
          on <= status.notice.deadline
        ) {
          // a timely notice ends the agreement at the end of the current term
          expect(status.notice.effectiveOn).toBe(status.term.end + 1);
        }
        expect(status.nextRenewal).toBe(compiled.then === 'renew' && status.term ? status.term.end + 1 : null);
      }),
      { numRuns: 200 },
    );
  });

  it('gives as next deadline the first term deadline a notice given that day can still meet', () => {
    fc.assert(
      fc.property(definition({ patterns: ['renew', 'expire', 'indefinite-after-initial'] }), inForceDay, (file, offset) => {
        const compiled = compiledOf(file);
        const terms = termsOf(compiled);
        const on = compiled.start + offset;
        const status = statusOn(compiled, on);
        fc.pre(status.term !== null);
        const from = Math.max(on, earliestNoticeDay(compiled, compiled.start) ?? on);
        // walk the terms from the current one until a deadline is not yet past
        let expected: number | null = null;
        for (let k = (status.term as { number: number }).number; k <= terms.count; k += 1) {
          if (noticeDeadline(compiled, terms, k) >= from) {
            // the last term of an expiring agreement ends anyway: its deadline is none
            expected = deadlineMatters(compiled, terms, k) ? noticeDeadline(compiled, terms, k) : null;
            break;
          }
        }
        expect(status.notice.nextDeadline).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('says an expiring agreement is in force exactly until it expires', () => {
    fc.assert(
      fc.property(definition({ patterns: ['expire'] }), fc.integer({ min: -3, max: 3 }), (file, around) => {
        const compiled = compiledOf(file);
        const expiry = termsOf(compiled).expiresOn as number;
        const on = expiry + around;
        const status = statusOn(compiled, on);
        expect(status.inForce).toBe(compiled.start <= on && on < expiry);
        expect(status.endedOn).toBe(on < expiry ? null : expiry);
        expect(statusOn(compiled, compiled.start - 1 - Math.abs(around)).inForce).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
