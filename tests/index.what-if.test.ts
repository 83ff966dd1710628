import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInAgreement, builtInAgreements, deadlines, history, readHolidays, status } from '../src/index.js';
import { jsonOf, runIn } from './helpers/cli.js';

// The library asks what --assume and --holidays ask (SPEC §8), with the CLI's answers:
// the expected days are GSOMIA's (SPEC §5: a notice by 2020-08-24 ends the term on
// 2020-11-22; 2019-08-24 was a Saturday), each also compared with what the CLI prints.

const gsomia = () => builtInAgreement('gsomia');
const KR_2019_ICS = fileURLToPath(new URL('../examples/holidays/kr-2019.ics', import.meta.url));

describe('the library: what if (assume)', () => {
  it('gives a pending notice effective 2020-11-23 when a notice of 2020-08-24 is assumed', async () => {
    const answer = status(await gsomia(), '2020-08-24', { assume: ['notice:2020-08-24:KR'] });
    expect(answer.pending).toContainEqual(
      expect.objectContaining({ party: 'KR', received: '2020-08-24', state: 'pending', effectiveOn: '2020-11-23' }),
    );
    expect(answer.assumed).toMatchObject([{ type: 'notice', date: '2020-08-24', party: 'KR' }]);
  });

  it('says GSOMIA is out of force on 2020-11-23 under that assumption, and in force without it', async () => {
    const agreement = await gsomia();
    expect(status(agreement, '2020-11-23', { assume: ['notice:2020-08-24:KR'] })).toMatchObject({ inForce: false, endedOn: '2020-11-23' });
    expect(status(agreement, '2020-11-23').inForce).toBe(true);
    expect(status(agreement, '2020-11-23')).not.toHaveProperty('assumed');
  });

  it.each([
    [
      'status',
      ['--on', '2020-11-23'],
      (a: Awaited<ReturnType<typeof gsomia>>) => status(a, '2020-11-23', { assume: ['notice:2020-08-24:KR'] }),
    ],
    [
      'history',
      ['--until', '2021-01-01'],
      (a: Awaited<ReturnType<typeof gsomia>>) => history(a, '2021-01-01', { assume: ['notice:2020-08-24:KR'] }),
    ],
    [
      'deadlines',
      ['--from', '2020-08-01', '--until', '2021-12-31'],
      (a: Awaited<ReturnType<typeof gsomia>>) => deadlines(a, '2020-08-01', '2021-12-31', { assume: ['notice:2020-08-24:KR'] }),
    ],
  ] as const)('answers %s with an assumption exactly as the CLI prints it', async (command, args, ask) => {
    const printed = jsonOf(await runIn([command, ...args, '--assume', 'notice:2020-08-24:KR', '--json']));
    expect(ask(await gsomia())).toEqual(printed);
  });

  it('refuses an assumption it cannot read with the CLI code, naming the value', async () => {
    const agreement = await gsomia();
    expect(() => status(agreement, '2020-08-24', { assume: ['notice:2020-02-30:KR'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ASSUMPTION', message: expect.stringContaining('"notice:2020-02-30:KR"') }),
    );
    expect(() => status(agreement, '2020-08-24', { assume: ['notice:2020-08-24:XX'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ASSUMPTION', message: expect.stringContaining('unknown party "XX"') }),
    );
  });

  it('refuses an assumption for a list of agreements', async () => {
    const all = await builtInAgreements();
    expect(() => deadlines(all, '2020-01-01', '2020-12-31', { assume: ['notice:2020-08-24:KR'] })).toThrow(
      expect.objectContaining({ code: 'CONFLICTING_OPTIONS' }),
    );
  });
});

describe('the library: holidays', () => {
  it('names Friday 2019-08-23 as the last working day before the Saturday 2019 deadline', async () => {
    const { notice } = status(await gsomia(), '2019-08-01');
    expect(notice.deadline).toBe('2019-08-24');
    expect(notice.deadlineNonWorking).toMatchObject({ reason: 'saturday', lastWorkingDay: '2019-08-23' });
  });

  it('moves the last working day back past a holiday given as an ISO date', async () => {
    const { notice } = status(await gsomia(), '2019-08-01', { holidays: ['2019-08-23'] });
    expect(notice.deadlineNonWorking).toMatchObject({ reason: 'saturday', lastWorkingDay: '2019-08-22' });
  });

  it('reads an iCalendar file as --holidays does, with the CLI answer', async () => {
    const holidays = await readHolidays([KR_2019_ICS]);
    const printed = jsonOf(
      await runIn(['deadlines', '--from', '2019-08-01', '--until', '2019-12-31', '--holidays', KR_2019_ICS, '--json']),
    );
    expect(deadlines(await gsomia(), '2019-08-01', '2019-12-31', { holidays })).toEqual(printed);
  });

  it('refuses a holiday that is not a date', async () => {
    const agreement = await gsomia();
    expect(() => status(agreement, '2019-08-01', { holidays: ['2019-02-30'] })).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
