import { describe, expect, it } from 'vitest';
import { fastAccept } from '../../src/model/fast-accept.js';
import { readingDefinition } from '../../src/model/readings.js';
import { Agreement } from '../../src/model/schema.js';
import { definition, problemsOf } from '../helpers/agreement.js';

// SPEC §7: `reading` names the main reading; each of `readings` replaces the events when it
// gives them, overrides the termination fields it gives, and is validated as a whole definition.
const NOTICE = { type: 'notice', date: '2019-08-23', party: 'AA' } as const;
const tokyo = { id: 'tokyo', title: 'Tokyo', events: [NOTICE, { type: 'retraction', date: '2019-11-22', party: 'AA' }] };

describe('readings in a definition', () => {
  it('accepts a main reading name and readings, through zod and the fast path alike', () => {
    const file = definition({ reading: { id: 'seoul', title: 'Seoul' }, events: [NOTICE], readings: [tokyo] });
    expect(problemsOf(file)).toEqual([]);
    expect(fastAccept(file)).toStrictEqual(Agreement.parse(file));
  });

  it('gives a reading the main events when it has none, and its own termination fields over the main ones', () => {
    const main = Agreement.parse(
      definition({ events: [NOTICE], readings: [{ id: 'late', title: 'Late', termination: { notice: 'P30D' } }] }),
    );
    const late = readingDefinition(main, main.readings![0]!);
    expect(late.events).toEqual(main.events);
    expect(late.termination).toEqual({ notice: 'P30D', effect: 'end-of-term', lapse: 'same-day' });
    expect(late.reading).toEqual({ id: 'late', title: 'Late' });
    expect(late).not.toHaveProperty('readings');
  });

  it('adds no default to a reading: what it leaves out is the main reading’s', () => {
    const parsed = Agreement.parse(definition({ readings: [{ id: 'a', title: 'A', termination: { notice: 'P30D' } }] }));
    expect(parsed.readings?.[0]).toEqual({ id: 'a', title: 'A', termination: { notice: 'P30D' } });
  });

  it('refuses an id used twice, or the main reading’s id, by the path of the id', () => {
    const twice = problemsOf(definition({ readings: [tokyo, tokyo] }));
    expect(twice).toEqual([{ path: ['readings', 1, 'id'], message: 'reading id "tokyo" is used twice' }]);
    const main = problemsOf(definition({ reading: { id: 'tokyo', title: 'T' }, readings: [tokyo] }));
    expect(main).toEqual([{ path: ['readings', 0, 'id'], message: 'reading id "tokyo" is the main reading\'s (reading.id)' }]);
  });

  it('refuses a bad id, a missing title and an unknown key', () => {
    expect(problemsOf(definition({ readings: [{ id: 'Tokyo', title: 'T' }] }))[0]?.path).toEqual(['readings', 0, 'id']);
    expect(problemsOf({ ...definition(), readings: [{ id: 'tokyo' }] })[0]?.path).toEqual(['readings', 0, 'title']);
    expect(problemsOf({ ...definition(), readings: [{ id: 'tokyo', title: 'T', parties: ['AA'] }] })[0]?.path).toEqual(['readings', 0]);
  });

  it('names a bad event of a reading by its path in the file', () => {
    const bad = { id: 'tokyo', title: 'T', events: [NOTICE, { type: 'notice', date: '2019-13-01', party: 'AA' }] };
    expect(problemsOf(definition({ readings: [bad] }))[0]?.path).toEqual(['readings', 0, 'events', 1, 'date']);
  });

  it('checks each reading as a whole definition: the rules that tie its fields together, and its events', () => {
    // a next-day lapse with the main end-of-term effect
    const lapse = problemsOf(definition({ readings: [{ id: 'a', title: 'A', termination: { lapse: 'next-day' } }] }));
    expect(lapse).toEqual([{ path: ['readings', 0, 'termination', 'lapse'], message: 'lapse applies to effect "after-notice" only' }]);
    // a suspension of a notice nobody gave, found when the reading is compiled
    const orphan = { id: 'a', title: 'A', events: [{ type: 'suspension', date: '2019-11-22', party: 'AA' }] };
    const [problem] = problemsOf(definition({ readings: [orphan] }));
    expect(problem?.path).toEqual(['readings', 0, 'events', 0, 'type']);
  });

  it('does not repeat under a reading a problem the main reading has', () => {
    const problems = problemsOf(definition({ timeZone: 'Mars/Base', readings: [{ id: 'a', title: 'A' }] }));
    expect(problems.map((problem) => problem.path)).toEqual([['timeZone']]);
  });
});
