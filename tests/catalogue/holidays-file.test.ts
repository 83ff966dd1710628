import { afterAll, describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.js';
import { listedHolidays, readHolidays } from '../../src/catalogue/holidays-file.js';
import { icsHolidays } from '../../src/catalogue/holidays-ics.js';
import { jsonOf, runIn, scratchDir } from '../helpers/cli.js';
import { thrown } from '../helpers/thrown.js';

const scratch = scratchDir('holidays');
afterAll(scratch.cleanup);

/** An iCalendar file of the given VEVENT bodies, CRLF-ended as RFC 5545 wants. */
const calendar = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//holidays//EN',
    ...events.flatMap((lines, i) => ['BEGIN:VEVENT', `UID:${i}@test`, 'DTSTAMP:20190101T000000Z', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');

const on = (text: string) => parseDay(text);

describe('a list of days off', () => {
  it('reads one date a line, with an optional name, past blank lines, comments and CRLF', () => {
    const days = listedHolidays('# closures\r\n\r\n2019-08-15 Liberation Day\r\n  2019-09-12\r\n', 'h.txt');
    expect(days.get(on('2019-08-15'))).toBe('Liberation Day');
    expect(days.has(on('2019-09-12'))).toBe(true);
    expect(days.get(on('2019-09-12'))).toBeNull();
    expect(days.has(on('2019-09-13'))).toBe(false);
  });

  it.each([
    ['2019-02-29\n', 'line 1: "2019-02-29" is not a date: February 2019 has 28 days'],
    ['2019-08-15\n15/08/2019\n', 'line 2: "15/08/2019" is not a date'],
    ['2019-08-15,Liberation Day\n', 'line 1: "2019-08-15,Liberation" is not a date'],
  ])('refuses %j, naming the line', (text, message) => {
    const error = thrown(() => listedHolidays(text, 'h.txt'));
    expect(error.code).toBe('INVALID_HOLIDAYS');
    expect(error.message).toMatch(/^invalid holidays file h\.txt: line \d+: /);
    expect(error.message).toContain(message);
  });
});

describe('an iCalendar file of days off', () => {
  it('takes an all-day event for its day, and a span of days up to its exclusive DTEND', () => {
    const days = icsHolidays(
      calendar(['DTSTART;VALUE=DATE:20190912', 'DTEND;VALUE=DATE:20190915', 'SUMMARY:Chuseok'], ['DTSTART;VALUE=DATE:20191003']),
      'kr.ics',
    );
    expect(['2019-09-11', '2019-09-12', '2019-09-13', '2019-09-14', '2019-09-15'].map((d) => days.has(on(d)))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(days.get(on('2019-09-13'))).toBe('Chuseok');
    // no DTEND: the one day
    expect([days.has(on('2019-10-03')), days.has(on('2019-10-04'))]).toEqual([true, false]);
  });

  it('expands a yearly rule in any year asked about, leaving out its EXDATEs and stopping at its UNTIL', () => {
    const days = icsHolidays(
      calendar(['DTSTART;VALUE=DATE:20000815', 'RRULE:FREQ=YEARLY;UNTIL=20300815', 'EXDATE;VALUE=DATE:20200815', 'SUMMARY:Liberation Day']),
      'kr.ics',
    );
    expect(days.get(on('2019-08-15'))).toBe('Liberation Day');
    expect(days.has(on('2020-08-15'))).toBe(false);
    expect(days.has(on('2030-08-15'))).toBe(true);
    expect(days.has(on('2031-08-15'))).toBe(false);
    expect(days.has(on('1999-08-15'))).toBe(false);
    expect(days.has(on('2019-08-16'))).toBe(false);
  });

  it('carries a recurring span across the new year', () => {
    const days = icsHolidays(calendar(['DTSTART;VALUE=DATE:20191231', 'DTEND;VALUE=DATE:20200102', 'RRULE:FREQ=YEARLY']), 'x.ics');
    expect([days.has(on('2020-12-31')), days.has(on('2021-01-01')), days.has(on('2021-01-02'))]).toEqual([true, true, false]);
  });

  it('skips timed events: a meeting is not a day off', () => {
    const days = icsHolidays(calendar(['DTSTART:20190815T090000Z', 'DTEND:20190815T100000Z', 'SUMMARY:Meeting']), 'x.ics');
    expect(days.has(on('2019-08-15'))).toBe(false);
  });

  it.each([
    ['a calendar cut short', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2019', 'not a valid iCalendar file'],
    ['a lone event', 'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20190815\r\nEND:VEVENT\r\n', 'not an iCalendar file'],
    ['an event with no start', calendar(['SUMMARY:Nothing']), 'VEVENT 1 (Nothing) has no DTSTART'],
  ])('refuses %s', (_name, text, message) => {
    const error = thrown(() => icsHolidays(text, 'x.ics'));
    expect(error.code).toBe('INVALID_HOLIDAYS');
    expect(error.message).toContain('invalid holidays file x.ics: ');
    expect(error.message).toContain(message);
  });

  it('refuses a rule that recurs too often to expand, naming the event', () => {
    // ten thousand days from 1990-01-01 run out in 2017
    const days = icsHolidays(calendar(['DTSTART;VALUE=DATE:19900101', 'RRULE:FREQ=DAILY', 'SUMMARY:Every day']), 'x.ics');
    const error = thrown(() => days.has(on('2020-08-24')));
    expect(error.code).toBe('INVALID_HOLIDAYS');
    expect(error.message).toContain('VEVENT 1 (Every day) recurs more than 10000 times before 2021');
  });
});

describe('--holidays', () => {
  const list = scratch.write('closures.txt', '2021-08-23 Office move\n2021-08-24 Office move\n');
  const ics = scratch.write('kr', calendar(['DTSTART;VALUE=DATE:20000820', 'RRULE:FREQ=YEARLY', 'SUMMARY:Closure']));

  it('tells a calendar by its content as well as by its name, and joins several files', async () => {
    const days = await readHolidays([list, ics]);
    expect(days.get(on('2021-08-24'))).toBe('Office move');
    expect(days.get(on('2021-08-20'))).toBe('Closure');
  });

  it('names the holiday and walks back past the closed days to the last working day', async () => {
    // 2021-08-24 (Tuesday) and 2021-08-23 closed, then the weekend, then Friday 2021-08-20, also closed by the calendar.
    const status = jsonOf(await runIn(['status', '--on', '2021-08-01', '--holidays', list, '--holidays', ics, '--json']));
    expect(status.notice.deadline).toBe('2021-08-24');
    expect(status.notice.deadlineNonWorking).toEqual({ reason: 'holiday', holiday: 'Office move', lastWorkingDay: '2021-08-19' });
    const { deadlines } = jsonOf(await runIn(['deadlines', '--from', '2021-08-01', '--within', 'P1M', '--holidays', list, '--json']));
    expect(deadlines[0].nonWorking).toEqual({ reason: 'holiday', holiday: 'Office move', lastWorkingDay: '2021-08-20' });
  });

  it('leaves the legal deadline where it is', async () => {
    const without = jsonOf(await runIn(['status', '--on', '2021-08-01', '--json']));
    const withHolidays = jsonOf(await runIn(['status', '--on', '2021-08-01', '--holidays', list, '--json']));
    expect(withHolidays.notice.deadline).toBe(without.notice.deadline);
    expect(withHolidays.notice.possible).toBe(without.notice.possible);
    expect(without.notice.deadlineNonWorking).toBeNull();
  });

  it('says it in the text, and in the calendar event of the deadline', async () => {
    const text = (await runIn(['status', '--on', '2021-08-01', '--holidays', list])).stdout;
    expect(text).toContain('Working day  the deadline is a holiday (Office move): the last working day before it is Fri 2021-08-20');
    const calendarText = (await runIn(['deadlines', '--from', '2021-08-01', '--within', 'P1M', '--format', 'ics', '--holidays', list]))
      .stdout;
    expect(calendarText.replaceAll('\r\n ', '')).toContain(
      'Tue 2021-08-24 is a holiday (Office move): the last working day before it is Fri 2021-08-20.',
    );
  });
});
