import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuration } from '../../src/calendar/duration.js';
import { effectOfNotice } from '../../src/engine/notice-effect.js';
import { noticeDeadline, termsOf } from '../../src/engine/terms.js';
import { compiledOf, definition, HORIZON } from './arbitraries.js';

describe('notice deadlines and effects', () => {
  it('put the end-of-term deadline where deadline + N ≤ term end < (deadline + 1 day) + N', () => {
    fc.assert(
      fc.property(
        definition({ patterns: ['renew', 'expire', 'indefinite-after-initial'], effects: ['end-of-term'] }),
        fc.integer({ min: 1, max: 200 }),
        (file, k) => {
          const compiled = compiledOf(file);
          const terms = termsOf(compiled);
          const term = Math.min(k, terms.count);
          const end = terms.boundary(term) - 1;
          const deadline = noticeDeadline(compiled, terms, term);
          expect(addDuration(deadline, compiled.notice)).toBeLessThanOrEqual(end);
          expect(addDuration(deadline + 1, compiled.notice)).toBeGreaterThan(end);
          if (compiled.notice.months === 0) expect(deadline).toBe(end - compiled.notice.days);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('put the after-notice deadline where deadline + N (+ 1 day for next-day) ≤ the first day after the term', () => {
    fc.assert(
      fc.property(
        definition({ patterns: ['renew', 'expire', 'indefinite-after-initial'], effects: ['after-notice'] }),
        fc.integer({ min: 1, max: 200 }),
        (file, k) => {
          const compiled = compiledOf(file);
          const terms = termsOf(compiled);
          const term = Math.min(k, terms.count);
          const deadline = noticeDeadline(compiled, terms, term);
          expect(addDuration(deadline, compiled.notice) + compiled.lapseDays).toBeLessThanOrEqual(terms.boundary(term));
          expect(addDuration(deadline + 1, compiled.notice) + compiled.lapseDays).toBeGreaterThan(terms.boundary(term));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('make a notice received on the deadline timely and one received the day after late', () => {
    fc.assert(
      fc.property(
        definition({ patterns: ['renew', 'expire', 'indefinite-after-initial'] }),
        fc.integer({ min: 1, max: 120 }),
        (file, k) => {
          const compiled = compiledOf(file);
          const terms = termsOf(compiled);
          const term = Math.min(k, terms.count);
          const deadline = noticeDeadline(compiled, terms, term);
          fc.pre(deadline >= compiled.start);
          const boundary = terms.boundary(term);
          const onTime = effectOfNotice(compiled, terms, deadline);
          const late = effectOfNotice(compiled, terms, deadline + 1);
          if (compiled.effect === 'end-of-term' || compiled.then === 'indefinite') {
            // ends the agreement exactly when the term ends (an initial term is never cut short)
            expect(onTime).toBe(boundary);
          } else {
            expect(onTime).toBeLessThanOrEqual(boundary);
            expect(onTime).toBe(addDuration(deadline, compiled.notice) + compiled.lapseDays);
          }
          if (compiled.then === 'expire') {
            // too late to end it early: it simply expires
            expect(late).toBe(boundary);
          } else if (compiled.then === 'indefinite' && compiled.effect === 'end-of-term') {
            // no later term to wait for: a late notice runs N from receipt into the indefinite
            // phase, which can be the very day the initial term ends (the engine's documented choice)
            expect(late).toBe(addDuration(deadline + 1, compiled.notice));
            expect(late).toBeGreaterThanOrEqual(boundary);
          } else {
            expect(late).toBeGreaterThan(boundary);
          }
          if (compiled.then === 'renew' && compiled.effect === 'end-of-term') {
            // the end of the first later term whose deadline the late notice meets
            let next = term + 1;
            while (noticeDeadline(compiled, terms, next) < deadline + 1) next += 1;
            expect(late).toBe(terms.boundary(next));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never make the effect of a notice earlier when it is received later', () => {
    fc.assert(
      fc.property(definition(), fc.integer({ min: 0, max: HORIZON }), fc.integer({ min: 1, max: 800 }), (file, offset, later) => {
        const compiled = compiledOf(file);
        const terms = termsOf(compiled);
        const received = compiled.start + offset;
        const effect = effectOfNotice(compiled, terms, received);
        expect(effectOfNotice(compiled, terms, received + 1)).toBeGreaterThanOrEqual(effect);
        expect(effectOfNotice(compiled, terms, received + later)).toBeGreaterThanOrEqual(effect);
      }),
      { numRuns: 300 },
    );
  });

  it('always make a notice take effect after it is received, and N after it at the soonest unless the agreement expires first', () => {
    fc.assert(
      fc.property(definition(), fc.integer({ min: 0, max: HORIZON }), (file, offset) => {
        const compiled = compiledOf(file);
        const terms = termsOf(compiled);
        const received = compiled.start + offset;
        fc.pre(terms.expiresOn === null || received < terms.expiresOn);
        const effect = effectOfNotice(compiled, terms, received);
        expect(effect).toBeGreaterThan(received);
        const lapsed = addDuration(received, compiled.notice) + compiled.lapseDays;
        if (terms.expiresOn === null || lapsed < terms.expiresOn) expect(effect).toBeGreaterThanOrEqual(lapsed);
        else expect(effect).toBe(terms.expiresOn);
      }),
      { numRuns: 300 },
    );
  });

  it('end an agreement indefinite from the start exactly N (+ 1 day for next-day) after a withdrawal', () => {
    fc.assert(
      fc.property(
        definition({ patterns: ['indefinite'], effects: ['after-notice'] }),
        fc.integer({ min: 0, max: HORIZON }),
        (file, offset) => {
          const compiled = compiledOf(file);
          const received = compiled.start + offset;
          expect(effectOfNotice(compiled, termsOf(compiled), received)).toBe(
            addDuration(received, compiled.notice) + (file.termination.lapse === 'next-day' ? 1 : 0),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
