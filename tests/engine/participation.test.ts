import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.js';
import { currentStint, endStints, initialStints } from '../../src/engine/participation.js';
import { compiledOf } from '../helpers/agreement.js';

const day = (text: string) => parseDay(text);
const multilateral = compiledOf({ kind: 'multilateral', parties: ['AA', 'BB', 'CC'], duration: { initial: null, then: 'indefinite' } });

describe('initialStints', () => {
  it('starts every party of a multilateral agreement at entry into force, but one that joins later', () => {
    const stints = initialStints(multilateral, new Set(['CC']));
    expect([...stints.keys()]).toEqual(['AA', 'BB', 'CC']);
    expect(stints.get('AA')).toEqual([{ from: day('2016-11-23'), until: null }]);
    expect(stints.get('CC')).toEqual([]);
  });

  it('tracks no one in a bilateral agreement, whose own end is every party’s', () => {
    expect(initialStints(compiledOf(), new Set()).size).toBe(0);
  });
});

describe('currentStint', () => {
  it('is the open stint of a party that is in, and none for one that has left or not yet joined', () => {
    const stints = initialStints(multilateral, new Set(['CC']));
    expect(currentStint(stints, 'AA')).toEqual({ from: day('2016-11-23'), until: null });
    (stints.get('BB') ?? [])[0]!.until = day('2020-01-01');
    expect(currentStint(stints, 'BB')).toBeUndefined();
    expect(currentStint(stints, 'CC')).toBeUndefined();
  });
});

describe('endStints', () => {
  it('ends the stints still running on the day the agreement ends, and leaves earlier ends alone', () => {
    const stints = initialStints(multilateral, new Set());
    (stints.get('BB') ?? [])[0]!.until = day('2018-05-01');
    endStints(stints, multilateral.parties, day('2021-01-01'));
    expect(stints.get('AA')).toEqual([{ from: day('2016-11-23'), until: day('2021-01-01') }]);
    expect(stints.get('BB')).toEqual([{ from: day('2016-11-23'), until: day('2018-05-01') }]);
    expect(stints.get('CC')).toEqual([{ from: day('2016-11-23'), until: day('2021-01-01') }]);
  });

  it('moves an end that comes after the agreement’s own end back to it', () => {
    const stints = initialStints(multilateral, new Set());
    (stints.get('AA') ?? [])[0]!.until = day('2030-01-01');
    endStints(stints, multilateral.parties, day('2021-01-01'));
    expect(stints.get('AA')?.[0]?.until).toBe(day('2021-01-01'));
  });
});
