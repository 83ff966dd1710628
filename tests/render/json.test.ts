import { describe, expect, it } from 'vitest';
import { jsonOf, runIn } from '../helpers/cli.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Every value at a key that names a day (on, from, until, start, end, date, …On, …Deadline, nextRenewal). */
function dayFields(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => dayFields(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = path ? `${path}.${key}` : key;
    const isDay = /^(on|from|until|start|end|date|received|nextRenewal)$|On$|Deadline$|^deadline$/.test(key);
    return isDay && (item === null || typeof item !== 'object') ? [[at, item] as [string, unknown]] : dayFields(item, at);
  });
}

describe('JSON date fields hold a date or null', () => {
  // GSOMIA's term 7984 begins 9999-11-23 and ends past the calendar: its end, the next
  // renewal and the 10000 deadline cannot be written as dates.
  it('in status, with the days past 9999-12-31 named in outsideCalendar', async () => {
    const json = jsonOf(await runIn(['status', '--on', '9999-12-01', '--json']));
    for (const [path, value] of dayFields(json)) expect(value === null || ISO.test(String(value)), path).toBe(true);
    expect(json.term).toEqual({ number: 7984, start: '9999-11-23', end: null });
    expect(json.nextRenewal).toBeNull();
    expect(json.outsideCalendar).toEqual(['term.end', 'nextRenewal', 'notice.deadline', 'notice.effectiveOn', 'notice.nextDeadline']);
  });

  it('in history', async () => {
    const json = jsonOf(await runIn(['history', '--from', '9999-01-01', '--until', '9999-12-31', '--json']));
    for (const [path, value] of dayFields(json)) expect(value === null || ISO.test(String(value)), path).toBe(true);
    expect(json.outsideCalendar).toEqual(['terms[1].end', 'terms[1].noticeDeadline']);
  });

  it('leaves outsideCalendar out when every day is a date', async () => {
    expect(jsonOf(await runIn(['status', '--on', '2020-08-24', '--json']))).not.toHaveProperty('outsideCalendar');
  });
});
