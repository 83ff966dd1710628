import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDay } from '../../src/calendar/day.js';
import { addDuration, parseDuration } from '../../src/calendar/duration.js';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { earliestNoticeDay, effectOfNotice } from '../../src/engine/notice-effect.js';
import { statusOn } from '../../src/engine/status.js';
import { termsOf } from '../../src/engine/terms.js';
import { validateDefinition } from '../../src/engine/validate.js';
import { compiledOf, type Definition, definition, durationText, fmt, HORIZON, withEvents } from './arbitraries.js';

/** A definition with a notice from AA on a random day it may be given, and when that notice takes effect. */
const withNotice = (options: Parameters<typeof definition>[0] = {}) =>
  fc
    .record({
      file: definition({ patterns: ['renew', 'indefinite-after-initial', 'indefinite'], ...options }),
      offset: fc.integer({ min: 0, max: HORIZON / 2 }),
    })
    .map(({ file, offset }) => {
      const compiled = compiledOf(file);
      const received = Math.max(compiled.start + offset, earliestNoticeDay(compiled, compiled.start) ?? compiled.start);
      return { file, received, effect: effectOfNotice(compiled, termsOf(compiled), received) };
    });

const notice = (date: number) => ({ type: 'notice', date: fmt(date), party: 'AA' });
const act = (type: string, date: number) => ({ type, date: fmt(date), party: 'AA' });

describe('events', () => {
  it('shift the effect of a notice suspended on day U and resumed on U + k by exactly k days', () => {
    fc.assert(
      fc.property(
        withNotice(),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.integer({ min: 0, max: 5000 }),
        ({ file, received, effect }, at, k) => {
          const suspended = received + Math.floor(at * (effect - received));
          const resumed = suspended + k;
          const compiled = compiledOf(withEvents(file, [notice(received), act('suspension', suspended), act('resumption', resumed)]));
          if (k > 0) {
            // (resumed the same day, it is never seen suspended)
            const whileSuspended = statusOn(compiled, suspended).pending;
            expect(whileSuspended).toMatchObject([
              { party: 'AA', state: 'suspended', effectiveOn: null, remainingDays: effect - suspended },
            ]);
          }
          expect(statusOn(compiled, resumed).pending).toMatchObject([{ party: 'AA', state: 'pending', effectiveOn: effect + k }]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('give a retracted notice no effect, suspended first or not: the status is that of the file without it', () => {
    fc.assert(
      fc.property(
        withNotice(),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.integer({ min: 0, max: HORIZON }),
        fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
        ({ file, received, effect }, at, later, suspendedFor) => {
          const firstAct = received + Math.floor(at * (effect - received));
          const retracted = firstAct + (suspendedFor ?? 0);
          const acts = suspendedFor === null ? [act('retraction', retracted)] : [act('suspension', firstAct), act('retraction', retracted)];
          const plain = compiledOf(withEvents(file, []));
          const retracting = compiledOf(withEvents(file, [notice(received), ...acts]));
          for (const on of [retracted, effect, retracted + later]) {
            // Until the retraction, the suspended notice is pending, and earliestEnd counts resuming it.
            const { pending: _a, earliestEnd: _c, ...withRetraction } = statusOn(retracting, on);
            const { pending: _b, earliestEnd: _d, ...without } = statusOn(plain, on);
            if (on >= retracted) expect(statusOn(retracting, on).earliestEnd).toBe(statusOn(plain, on).earliestEnd);
            expect(withRetraction).toEqual(without);
            expect(historyUntil(retracting, on).terms).toEqual(historyUntil(plain, on).terms);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('end a bilateral agreement on the day a notice takes effect, and no sooner', () => {
    fc.assert(
      fc.property(withNotice({ multilateral: false }), ({ file, received, effect }) => {
        const compiled = compiledOf(withEvents(file, [notice(received)]));
        const before = statusOn(compiled, effect - 1);
        expect(before.inForce).toBe(true);
        expect(before.pending).toMatchObject([{ party: 'AA', state: 'pending', effectiveOn: effect }]);
        const after = statusOn(compiled, effect);
        expect(after.inForce).toBe(false);
        expect(after.endedOn).toBe(effect);
        expect(after.notice.possible).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('record the notice in history and the deadlines: the last term is cut short and the effect is listed', () => {
    fc.assert(
      fc.property(withNotice({ multilateral: false, patterns: ['renew', 'indefinite-after-initial'] }), ({ file, received, effect }) => {
        const compiled = compiledOf(withEvents(file, [notice(received)]));
        const terms = termsOf(compiled);
        const history = historyUntil(compiled, effect);
        expect(history.endedOn).toBe(effect);
        expect(history.events).toMatchObject([{ type: 'notice', date: received, state: 'effective', effectiveOn: effect }]);
        if (terms.containing(effect - 1) !== null) {
          expect(history.terms[history.terms.length - 1]).toMatchObject({ end: effect - 1, outcome: 'terminated' });
        }
        const listed = deadlinesBetween(compiled, received, effect + 800);
        expect(listed.filter((deadline) => deadline.kind === 'effective').map((deadline) => deadline.date)).toEqual([effect]);
        expect(listed.every((deadline) => deadline.date <= effect)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('move the expiry of an expiring agreement by the extension term, counted from the current end', () => {
    fc.assert(
      fc.property(
        definition({ patterns: ['expire'] }),
        durationText(10),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (file, term, at) => {
          const base = compiledOf(file);
          const expiry = termsOf(base).expiresOn as number;
          const agreed = base.start + Math.floor(at * (expiry - base.start));
          const compiled = compiledOf(withEvents(file, [{ type: 'extension', date: fmt(agreed), term }]));
          const extended = termsOf(compiled, [parseDuration(term)]).expiresOn as number;
          expect(extended).toBeGreaterThan(expiry);
          expect(statusOn(compiled, extended - 1).inForce).toBe(true);
          expect(statusOn(compiled, extended)).toMatchObject({ inForce: false, endedOn: extended, endReason: 'expiry' });
          const terms = historyUntil(compiled, extended).terms;
          expect(terms).toHaveLength(2);
          expect(terms[1]).toMatchObject({ start: expiry, end: extended - 1, outcome: 'expired' });
          // Where no month-end clamp is involved, "from the current end" and "from the origin" agree.
          const extension = parseDuration(term);
          const noClamp = extension.months === 0 || ((base.initial as { days: number }).days === 0 && civilFromDay(base.start).day <= 28);
          if (noClamp) expect(extended).toBe(addDuration(expiry, extension));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('end the agreement by consent on the termination date', () => {
    fc.assert(
      fc.property(
        definition({ patterns: ['renew', 'indefinite-after-initial', 'indefinite'] }),
        fc.integer({ min: 1, max: HORIZON }),
        (file, offset) => {
          const base = compiledOf(file);
          const ends = base.start + offset;
          const compiled = compiledOf(withEvents(file, [{ type: 'termination', date: fmt(ends) }]));
          expect(statusOn(compiled, ends - 1).inForce).toBe(true);
          expect(statusOn(compiled, ends)).toMatchObject({ inForce: false, endedOn: ends, endReason: 'termination' });
          for (const party of compiled.parties) expect(statusOn(compiled, ends, party).inForce).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('count the earliest notice from the day a party re-joined', () => {
    fc.assert(
      fc.property(
        withNotice({ multilateral: true, earliest: true }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 4000 }),
        ({ file, received, effect }, gap, before) => {
          const rejoined = effect + gap;
          const events = [notice(received), act('accession', rejoined)];
          const compiled = compiledOf(withEvents(file, events));
          const earliest = earliestNoticeDay(compiled, rejoined) as number;
          expect(statusOn(compiled, rejoined, 'AA')).toMatchObject({ inForce: true, notice: { earliestOn: earliest } });
          const tooSoon = Math.max(rejoined, earliest - before);
          if (tooSoon < earliest) {
            expect(statusOn(compiled, tooSoon, 'AA').notice.possible).toBe(false);
            const result = validateDefinition(withEvents(file, [...events, notice(tooSoon)]));
            expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toContain('events[2].date');
          }
          expect(validateDefinition(withEvents(file, [...events, notice(earliest)])).ok).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('end only the notifying party’s participation in a multilateral agreement', () => {
    fc.assert(
      fc.property(withNotice({ multilateral: true }), fc.integer({ min: 0, max: 3000 }), ({ file, received, effect }, later) => {
        const compiled = compiledOf(withEvents(file, [notice(received)]));
        expect(statusOn(compiled, effect - 1, 'AA').inForce).toBe(true);
        const leaver = statusOn(compiled, effect + later, 'AA');
        expect(leaver.inForce).toBe(false);
        expect(leaver.endedOn).toBe(effect);
        for (const party of ['BB', 'CC']) expect(statusOn(compiled, effect + later, party).inForce).toBe(true);
        expect(statusOn(compiled, effect + later).inForce).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('reject a notice before the earliest day, naming the event’s date', () => {
    fc.assert(
      fc.property(definition({ earliest: true }), fc.integer({ min: 1, max: 4000 }), (file: Definition, before) => {
        const compiled = compiledOf(file);
        const earliest = earliestNoticeDay(compiled, compiled.start) as number;
        const day = earliest - before;
        fc.pre(day >= compiled.start);
        const result = validateDefinition(withEvents(file, [notice(day)]));
        expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toContain('events[0].date');
        expect(statusOn(compiled, day).notice.possible).toBe(false);
        expect(statusOn(compiled, day).notice.effectiveOn).toBeNull();
        if (statusOn(compiled, earliest).inForce) expect(validateDefinition(withEvents(file, [notice(earliest)])).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
