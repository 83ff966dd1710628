import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termSpan } from '../../src/engine/status.js';
import { termsOf } from '../../src/engine/terms.js';
import { compiledOf, definition, HORIZON } from './arbitraries.js';

/** The term holding `day` by walking the boundaries one by one from entry into force. */
function walk(boundary: (k: number) => number, count: number, day: number): number | null {
  if (day < boundary(0)) return null;
  for (let k = 1; k <= count; k += 1) if (day < boundary(k)) return k;
  return null;
}

describe('terms', () => {
  it('are contiguous, never overlap, and start at entry into force', () => {
    fc.assert(
      fc.property(
        definition({ patterns: ['renew', 'expire', 'indefinite-after-initial'] }),
        fc.integer({ min: 1, max: 60 }),
        (file, upTo) => {
          const compiled = compiledOf(file);
          const terms = termsOf(compiled);
          expect(terms.boundary(0)).toBe(compiled.start);
          const last = Math.min(upTo, terms.count);
          for (let k = 1; k <= last; k += 1) {
            const span = termSpan(terms, k);
            expect(span.end).toBeGreaterThanOrEqual(span.start);
            expect(span.end + 1).toBe(terms.boundary(k));
            if (k < terms.count) expect(termSpan(terms, k + 1).start).toBe(terms.boundary(k));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('put every day from entry into force in exactly one term of a renewing agreement', () => {
    fc.assert(
      fc.property(definition({ patterns: ['renew'] }), fc.integer({ min: 0, max: HORIZON }), (file, offset) => {
        const compiled = compiledOf(file);
        const terms = termsOf(compiled);
        const day = compiled.start + offset;
        const k = terms.containing(day);
        expect(k).not.toBeNull();
        const number = k as number;
        expect(terms.boundary(number - 1)).toBeLessThanOrEqual(day);
        expect(day).toBeLessThan(terms.boundary(number));
        // and in no other term: the terms before it end before the day, the ones after start after it
        expect(termSpan(terms, number + 1).start).toBeGreaterThan(day);
        if (number > 1) expect(termSpan(terms, number - 1).end).toBeLessThan(day);
        expect(terms.containing(compiled.start - 1 - (offset % 1000))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('find the term holding a day in closed form exactly as a walk over the boundaries does', () => {
    fc.assert(
      fc.property(definition(), fc.integer({ min: -400, max: HORIZON }), (file, offset) => {
        const compiled = compiledOf(file);
        const terms = termsOf(compiled);
        const day = compiled.start + offset;
        expect(terms.containing(day)).toBe(walk((k) => terms.boundary(k), terms.count, day));
      }),
      { numRuns: 300 },
    );
  });

  it('find the first and last day of every term in closed form', () => {
    fc.assert(
      fc.property(definition({ patterns: ['renew'] }), fc.integer({ min: 1, max: 400 }), (file, k) => {
        const terms = termsOf(compiledOf(file));
        expect(terms.containing(terms.boundary(k - 1))).toBe(k);
        expect(terms.containing(terms.boundary(k) - 1)).toBe(k);
        expect(terms.containing(terms.boundary(k))).toBe(k + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('give an expiring or initial-then-indefinite agreement one fixed term, ending where the next phase begins', () => {
    fc.assert(
      fc.property(definition({ patterns: ['expire', 'indefinite-after-initial'] }), (file) => {
        const compiled = compiledOf(file);
        const terms = termsOf(compiled);
        expect(terms.count).toBe(1);
        const end = terms.boundary(1);
        expect(compiled.then === 'expire' ? terms.expiresOn : terms.indefiniteFrom).toBe(end);
        expect(compiled.then === 'expire' ? terms.indefiniteFrom : terms.expiresOn).toBeNull();
        expect(terms.containing(end - 1)).toBe(1);
        expect(terms.containing(end)).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it('give an agreement indefinite from the start no fixed term at all', () => {
    fc.assert(
      fc.property(definition({ patterns: ['indefinite'] }), fc.integer({ min: 0, max: HORIZON }), (file, offset) => {
        const compiled = compiledOf(file);
        const terms = termsOf(compiled);
        expect(terms.count).toBe(0);
        expect(terms.indefiniteFrom).toBe(compiled.start);
        expect(terms.containing(compiled.start + offset)).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});
