import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { statusOn } from '../../src/engine/status.js';
import { compiledOf, definition, HORIZON } from './arbitraries.js';

/**
 * SPEC §2: results never depend on the machine's TZ. Node re-reads process.env.TZ when
 * it is assigned, so the same answers are computed again under zones far apart, after
 * checking that the switch really changed the local offset (else the test proves nothing).
 */
const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Asia/Kathmandu'];
const original = process.env.TZ;

function underZone<T>(zone: string, compute: () => T): T {
  process.env.TZ = zone;
  return compute();
}

const localOffset = () => new Date(2020, 0, 1).getTimezoneOffset();

describe('answers', () => {
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('really change local time when TZ changes (so the next check means something)', () => {
    const offsets = ZONES.map((zone) => underZone(zone, localOffset));
    expect(offsets).toEqual([0, -840, 660, 210, -345]);
  });

  it('do not depend on the machine’s TZ', () => {
    fc.assert(
      fc.property(definition(), fc.integer({ min: -30, max: HORIZON }), fc.integer({ min: 0, max: 2000 }), (file, offset, span) => {
        const answer = () => {
          const compiled = compiledOf(file);
          const on = compiled.start + offset;
          return JSON.stringify([
            statusOn(compiled, on),
            historyUntil(compiled, on),
            deadlinesBetween(compiled, on, on + span),
            localOffset(),
          ]);
        };
        const answers = ZONES.map((zone) => underZone(zone, answer)).map((text) => JSON.parse(text) as unknown[]);
        const [first, ...others] = answers.map((parts) => parts.slice(0, 3));
        for (const other of others) expect(other).toEqual(first);
        // and the local clock did move under it
        expect(new Set(answers.map((parts) => parts[3])).size).toBe(ZONES.length);
      }),
      { numRuns: 60 },
    );
  });
});
