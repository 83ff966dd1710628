import { describe, expect, it } from 'vitest';
import { WEEKENDS_ONLY } from '../../src/engine/deadline-day.js';
import { earliestEndOf } from '../../src/engine/earliest-end.js';
import { readingStatuses } from '../../src/engine/reading-differences.js';
import { mainReadingOf, readingIssues, readingsCompile, readingsOf } from '../../src/engine/readings.js';
import { statusOn } from '../../src/engine/status.js';
import { Agreement } from '../../src/model/schema.js';
import { compiledOf, day, definition, show } from '../helpers/agreement.js';

// The minimal agreement (helpers/agreement.ts): GSOMIA's terms, from 2016-11-23, 90 days'
// notice before a yearly term ends. By hand: term 4 is 2019-11-23 … 2020-11-22, deadline
// 2020-08-24; a notice of 2019-08-23 takes effect 2019-11-23 (term 3's end).
const NOTICE = { type: 'notice', date: '2019-08-23', party: 'AA' } as const;
const SUSPENSION = { type: 'suspension', date: '2019-11-22', party: 'AA' } as const;

describe('earliestEnd: the soonest end an action on the day could bring about', () => {
  it('is the effect of a notice that day when nothing is pending: the next term end it still meets', () => {
    expect(show(statusOn(compiledOf(), day('2020-08-24')).earliestEnd)).toBe('2020-11-23');
    expect(show(statusOn(compiledOf(), day('2020-08-25')).earliestEnd)).toBe('2021-11-23');
  });

  it('is the day after for a suspended notice with one day left: resuming it that day', () => {
    const suspended = compiledOf({ events: [NOTICE, SUSPENSION] });
    expect(show(statusOn(suspended, day('2020-08-25')).earliestEnd)).toBe('2020-08-26');
  });

  it('is null when no action can end it sooner than the pending notice, or once out of force', () => {
    const pending = compiledOf({ events: [NOTICE] });
    expect(statusOn(pending, day('2019-09-01')).earliestEnd).toBeNull();
    expect(statusOn(pending, day('2019-11-23')).earliestEnd).toBeNull();
  });

  it('is null before notice may be given when the day is outside the rules (an indefinite treaty with earliest)', () => {
    const paris = compiledOf({
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
    });
    expect(statusOn(paris, day('2017-01-01')).earliestEnd).toBeNull();
    expect(show(statusOn(paris, day('2019-11-23')).earliestEnd)).toBe('2020-11-23');
  });

  it('takes the sooner of a notice and a resumption, and neither past the end on the way', () => {
    expect(earliestEndOf({ effectiveOn: 100 }, [{ state: 'suspended', remainingDays: 3 }], 50, null)).toBe(53);
    expect(earliestEndOf({ effectiveOn: 52 }, [{ state: 'suspended', remainingDays: 3 }], 50, null)).toBe(52);
    expect(earliestEndOf({ effectiveOn: 100 }, [], 50, { on: 80 })).toBeNull();
    expect(earliestEndOf({ effectiveOn: null }, [{ state: 'pending', remainingDays: null }], 50, null)).toBeNull();
  });

  it('resumes only a suspended notice: days a pending one is said to have left count for nothing', () => {
    expect(earliestEndOf({ effectiveOn: 100 }, [{ state: 'pending', remainingDays: 3 }], 50, null)).toBe(100);
  });
});

describe('readings, compiled as whole agreements', () => {
  const file = Agreement.parse(
    definition({
      events: [NOTICE, SUSPENSION],
      readings: [{ id: 'spent', title: 'Spent', events: [NOTICE, { ...SUSPENSION, type: 'retraction' }] }],
    }),
  );
  const main = compiledOf(file);

  it('compiles a reading only when it is asked for, once', () => {
    const [spent] = readingsOf(main);
    expect(spent?.id).toBe('spent');
    expect(spent?.compiled).toBe(spent?.compiled);
    expect(spent?.compiled.course.notices.map((n) => n.received)).toEqual([day('2019-08-23')]);
  });

  it('has none for an agreement without readings', () => {
    expect(readingsOf(compiledOf())).toEqual([]);
  });

  it("answers under each reading and says how it differs: the spent notice can't be resumed", () => {
    const status = statusOn(main, day('2020-08-25'));
    const [spent] = readingStatuses(main, status, WEEKENDS_ONLY);
    expect(show(spent?.status.earliestEnd)).toBe('2021-11-23');
    expect(spent?.differences).toEqual([{ kind: 'earliest-end', on: day('2021-11-23') }]);
  });

  it("finds the contradictions in a reading's events, by their path in the file", () => {
    const bad = Agreement.parse(definition({ readings: [{ id: 'a', title: 'A', events: [SUSPENSION] }] }));
    expect(readingIssues(bad).map((issue) => issue.path)).toEqual(['readings[0].events[0].type']);
  });
});

describe('readingsOf and mainReadingOf', () => {
  const file = Agreement.parse(
    definition({
      reading: { id: 'record', title: 'The record' },
      events: [NOTICE],
      readings: [
        { id: 'noted', title: 'Noted', note: 'a reading with a note' },
        { id: 'plain', title: 'Plain', events: [] },
      ],
    }),
  );
  const main = compiledOf(file);

  it('gives the same readings each time they are asked for', () => {
    expect(readingsOf(main)).toBe(readingsOf(main));
  });

  it("gives each reading's id, title and note, null when it has none", () => {
    expect(readingsOf(main).map(({ id, title, note }) => ({ id, title, note }))).toEqual([
      { id: 'noted', title: 'Noted', note: 'a reading with a note' },
      { id: 'plain', title: 'Plain', note: null },
    ]);
  });

  it('names the main reading as the file does, or null when the file names none', () => {
    expect(mainReadingOf(main)).toEqual({ id: 'record', title: 'The record' });
    expect(mainReadingOf(compiledOf())).toBeNull();
  });

  it("replays the main events under a reading without its own, and none under one with an empty list: AA's notice of 2019-08-23 ends term 3", () => {
    expect(readingsOf(main).map((reading) => statusOn(reading.compiled, day('2019-12-01')).inForce)).toEqual([false, true]);
  });

  it('has none for an agreement with an empty list of readings', () => {
    expect(readingsOf(compiledOf({ readings: [] }))).toEqual([]);
  });
});

describe('readingsCompile and readingIssues', () => {
  it('is true for an agreement without readings, and for one whose readings all compile', () => {
    expect(readingsCompile(compiledOf())).toBe(true);
    expect(readingsCompile(compiledOf({ readings: [{ id: 'a', title: 'A', events: [NOTICE] }] }))).toBe(true);
  });

  it("is false when a reading's events contradict each other: a suspension with nothing pending", () => {
    expect(readingsCompile(compiledOf({ readings: [{ id: 'a', title: 'A', events: [SUSPENSION] }] }))).toBe(false);
  });

  it('names each problem under the reading that has it, by its position among the readings', () => {
    const bad = Agreement.parse(
      definition({
        readings: [
          { id: 'a', title: 'A', events: [NOTICE] },
          { id: 'b', title: 'B', events: [NOTICE, { ...NOTICE, date: '2019-09-01' }] },
        ],
      }),
    );
    expect(readingIssues(bad)).toEqual([
      { path: 'readings[1].events[1].type', message: 'notice from AA on 2019-09-01, but its notice of 2019-08-23 is still pending' },
    ]);
  });

  it("names a problem of the main events under a reading whose rules they break: a notice before that reading's earliest day", () => {
    // 2016-11-23 + P3Y = 2019-11-23: the main reading's notice of 2019-08-23 comes too early
    const bad = Agreement.parse(
      definition({ events: [NOTICE], readings: [{ id: 'late', title: 'Late', termination: { earliest: 'P3Y' } }] }),
    );
    expect(readingIssues(bad)).toEqual([
      {
        path: 'readings[0].events[0].date',
        message: 'notice on 2019-08-23 is before the earliest day notice may be given, 2019-11-23',
      },
    ]);
  });

  it('refuses to answer under a reading whose events contradict each other, naming the agreement, the reading and the event', () => {
    const [bad] = readingsOf(compiledOf({ readings: [{ id: 'a', title: 'A', events: [SUSPENSION] }] }));
    expect(() => bad?.compiled).toThrow(
      'synthetic, reading a: events[0].type: nothing pending: AA has no pending notice on 2019-11-22 to suspend',
    );
  });
});
