import { describe, expect, it } from 'vitest';
import { offsetInZone } from '../../src/calendar/time-zone.js';
import { deadlineDay } from '../../src/engine/deadline-day.js';
import { day, show } from '../helpers/agreement.js';

// SPEC §8: a deadline ends at 24:00 in the agreement's zone (GSOMIA 2020: 2020-08-24T15:00:00Z).
// The end of a day is worked out once per day and zone: a scan asks for the same days
// thousands of times, and each answer reads the zone's offset several times.

/** A calendar whose offset reader counts its reads (through Intl), with no holidays. */
function counting() {
  let count = 0;
  const offsetAt = (instant: number, zone: string) => {
    count += 1;
    return offsetInZone(instant, zone);
  };
  return { calendar: { holidays: new Map(), offsetAt }, reads: () => count };
}

describe('deadlineDay', () => {
  it("ends GSOMIA's 2020 deadline at 2020-08-24T15:00:00Z, a Monday and a working day", () => {
    const answer = deadlineDay(day('2020-08-24'), 'Asia/Tokyo');
    expect(new Date(answer.endsAt).toISOString()).toBe('2020-08-24T15:00:00.000Z');
    expect(answer.weekday).toBe('monday');
    expect(answer.nonWorking).toBeNull();
  });

  it('names Friday 2019-08-23 as the last working day before Saturday 2019-08-24', () => {
    expect(show(deadlineDay(day('2019-08-24'), 'Asia/Tokyo').nonWorking?.lastWorkingDay)).toBe('2019-08-23');
  });

  it('reads the offsets of a day and zone once, however often the day is asked for', () => {
    const { calendar, reads } = counting();
    const first = deadlineDay(day('2020-08-24'), 'Asia/Tokyo', calendar).endsAt;
    const once = reads();
    expect(once).toBeGreaterThan(0);
    for (let i = 0; i < 100; i += 1) expect(deadlineDay(day('2020-08-24'), 'Asia/Tokyo', calendar).endsAt).toBe(first);
    expect(reads()).toBe(once);
    deadlineDay(day('2020-08-24'), 'Europe/Paris', calendar);
    expect(reads()).toBeGreaterThan(once);
  });

  it('shares the answers between calendars built afresh over the same reader and holidays, not over other holidays', () => {
    const { calendar, reads } = counting();
    const first = deadlineDay(day('2021-03-01'), 'Asia/Seoul', calendar);
    const once = reads();
    // what the library and each command do: a new calendar object for every call
    expect(deadlineDay(day('2021-03-01'), 'Asia/Seoul', { ...calendar })).toBe(first);
    expect(reads()).toBe(once);
    // 2021-03-01 is a Monday; with it as a holiday it is no working day, and the answer is its own
    const holiday = { ...calendar, holidays: new Map([[day('2021-03-01'), 'Independence Movement Day']]) };
    expect(deadlineDay(day('2021-03-01'), 'Asia/Seoul', holiday).nonWorking?.lastWorkingDay).toBe(day('2021-02-26'));
    expect(first.nonWorking).toBeNull();
  });

  it('reads no offset at all in UTC, the zone of a definition that names none: 2020-08-24 ends at 2020-08-25T00:00Z', () => {
    const { calendar, reads } = counting();
    expect(new Date(deadlineDay(day('2020-08-24'), 'UTC', calendar).endsAt).toISOString()).toBe('2020-08-25T00:00:00.000Z');
    expect(new Date(deadlineDay(day('2020-08-24'), 'Etc/UTC', calendar).endsAt).toISOString()).toBe('2020-08-25T00:00:00.000Z');
    expect(reads()).toBe(0);
  });
});

describe('deadlineDay, asked for many days', () => {
  it("forgets a zone's days past 4096 of them, so a long-lived process cannot grow the memo without bound", () => {
    const { calendar, reads } = counting();
    const first = day('2000-01-01');
    // 4096 days, the most the memo keeps for one zone (deadline-day.ts, MEMO_LIMIT)
    for (let i = 0; i < 4096; i += 1) deadlineDay(first + i, 'Asia/Tokyo', calendar);
    const filled = reads();
    deadlineDay(first, 'Asia/Tokyo', calendar);
    expect(reads()).toBe(filled);
    // a 4097th day: the zone's days are dropped, and the first one is read again
    deadlineDay(first + 4096, 'Asia/Tokyo', calendar);
    const dropped = reads();
    expect(new Date(deadlineDay(first, 'Asia/Tokyo', calendar).endsAt).toISOString()).toBe('2000-01-01T15:00:00.000Z');
    expect(reads()).toBeGreaterThan(dropped);
  });
});
