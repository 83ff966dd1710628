import { describe, expect, it } from 'vitest';
import { assumingEvents } from '../../src/engine/assume.js';
import { statusOn } from '../../src/engine/status.js';
import type { Agreement } from '../../src/model/schema.js';
import { Agreement as AgreementSchema } from '../../src/model/schema.js';
import { catalogueJson, day, definition, show } from '../helpers/agreement.js';

// The compile step with assumed events (SPEC §8, --assume): GSOMIA's file holds KR's notice
// of 2019-08-23 (events[0]), its suspension of 2019-11-22 (events[1]) and the retraction of
// 2023-03-21 (events[2]).
const gsomia: Agreement = AgreementSchema.parse(catalogueJson('gsomia'));

describe('assumingEvents', () => {
  it('keeps the file events known on the day, numbered as in the file, and numbers the assumed one after them', () => {
    const result = assumingEvents(gsomia, [{ type: 'notice', date: '2020-08-24', party: 'KR' }], day('2020-08-24'));
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.agreement.events.map((event) => [event.index, event.type, show(event.day)])).toEqual([
      [0, 'notice', '2019-08-23'],
      [1, 'suspension', '2019-11-22'],
      [2, 'notice', '2020-08-24'],
    ]);
    expect(result.assumed.map((event) => event.index)).toEqual([2]);
    expect(statusOn(result.agreement, day('2020-11-23')).inForce).toBe(false);
  });

  it('puts an assumption among the file events by date, after the file own of its day', () => {
    const result = assumingEvents(gsomia, [{ type: 'retraction', date: '2019-11-22', party: 'KR' }], day('2020-01-01'));
    if (!result.ok) throw new Error(result.problem.message);
    // retracted the day it was suspended, after the suspension: nothing is left pending or suspended
    expect(result.agreement.events.map((event) => [event.type, show(event.day)])).toEqual([
      ['notice', '2019-08-23'],
      ['suspension', '2019-11-22'],
      ['retraction', '2019-11-22'],
    ]);
    expect(statusOn(result.agreement, day('2020-01-01')).pending).toEqual([]);
  });

  it("blames the assumption for the file's event it makes impossible, naming that event by its index in the file", () => {
    const result = assumingEvents(gsomia, [{ type: 'notice', date: '2019-08-01', party: 'KR' }], day('2020-01-01'));
    expect(result).toEqual({
      ok: false,
      problem: { assumption: 0, event: 0, message: 'notice from KR on 2019-08-23, but its notice of 2019-08-01 is still pending' },
    });
  });

  it('names the assumption itself when it is the event that does not fit', () => {
    const assumed = [
      { type: 'notice', date: '2020-08-24', party: 'JP' },
      { type: 'suspension', date: '2020-09-01', party: 'KR' },
    ] as const;
    const result = assumingEvents(gsomia, assumed, day('2020-12-31'));
    expect(result).toEqual({
      ok: false,
      problem: { assumption: 1, event: null, message: 'nothing pending: KR has no pending notice on 2020-09-01 to suspend' },
    });
  });
});

describe('assumingEvents: which file events are known on the day', () => {
  it('keeps every file event when asked with no day to stop at', () => {
    const result = assumingEvents(gsomia, [], Infinity);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.agreement.events.map((event) => [event.type, show(event.day)])).toEqual([
      ['notice', '2019-08-23'],
      ['suspension', '2019-11-22'],
      ['retraction', '2023-03-21'],
    ]);
    expect(result.assumed).toEqual([]);
  });

  it('knows a file event of the day itself: the suspension of 2019-11-22, asked on 2019-11-22', () => {
    const result = assumingEvents(gsomia, [{ type: 'retraction', date: '2019-11-22', party: 'KR' }], day('2019-11-22'));
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.agreement.events.map((event) => event.type)).toEqual(['notice', 'suspension', 'retraction']);
  });
});

describe('assumingEvents: blaming the latest assumption before the event it contradicts', () => {
  // The minimal agreement (GSOMIA's terms, made-up parties AA and BB) with fourteen events:
  // AA gives notice on 10 January and retracts it on 10 February each year 2017 … 2021
  // (events[0] … events[9]); in 2022 BB does the same (events[10], events[11]), then AA
  // gives notice on 2022-03-10 (events[12]) and retracts it on 2022-04-10 (events[13]).
  const yearly = (year: number) =>
    [
      { type: 'notice', date: `${year}-01-10`, party: 'AA' },
      { type: 'retraction', date: `${year}-02-10`, party: 'AA' },
    ] as const;
  const busy = AgreementSchema.parse(
    definition({
      events: [
        ...[2017, 2018, 2019, 2020, 2021].flatMap(yearly),
        { type: 'notice', date: '2022-01-10', party: 'BB' },
        { type: 'retraction', date: '2022-02-10', party: 'BB' },
        { type: 'notice', date: '2022-03-10', party: 'AA' },
        { type: 'retraction', date: '2022-04-10', party: 'AA' },
      ],
    }),
  );

  it('names the file event at position 12 or later, and the assumption before it, not a later one', () => {
    // Assumption 1, AA's notice of 2021-12-01, is still pending on 2022-03-10 (it would take
    // effect at the end of the term 2021-11-23 … 2022-11-22), so AA's notice in the file that
    // day (events[12]) contradicts it; BB's events of 2022 between them are fine. Assumption 0
    // (BB's notice of 2022-06-01) comes after and cannot be the cause.
    const assumed = [
      { type: 'notice', date: '2022-06-01', party: 'BB' },
      { type: 'notice', date: '2021-12-01', party: 'AA' },
    ] as const;
    expect(assumingEvents(busy, assumed, day('2022-12-31'))).toEqual({
      ok: false,
      problem: { assumption: 1, event: 12, message: 'notice from AA on 2022-03-10, but its notice of 2021-12-01 is still pending' },
    });
  });
});
