import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/cli.js';

// The explanation of each SPEC §6 field, step by step, in-process. Expected days are those
// of SPEC §6 and treaties-v2.md; the examples/ files are synthetic (their days follow from the rule).

/** The numbered lines under "Why", without their numbers. */
async function why(argv: readonly string[]): Promise<string[]> {
  const run = await runIn([...argv, '--explain']);
  expect([run.code, run.stderr]).toEqual([0, '']);
  const [, steps = ''] = run.stdout.split('\nWhy\n');
  return steps
    .trimEnd()
    .split('\n')
    .map((line) => line.replace(/^ *\d+\. /, ''));
}

describe('the explanation of roundTo', () => {
  it('moves Turkey’s 2021-03-22 + 3 months + 1 day = 2021-06-23 forward to 2021-07-01 (Istanbul Convention)', async () => {
    const steps = await why(['status', '--agreement', 'istanbul-convention', '--party', 'TR', '--on', '2021-03-22']);
    expect(steps).toContain(
      "TR's notice received 2021-03-22 is pending: 2021-03-22 + 3 months = 2021-06-22, + 1 day (it lapses the next day) = " +
        '2021-06-23, moved forward to the first 1st of a month on or after it: 2021-07-01; it takes effect 2021-07-01, the first day out of force.',
    );
  });

  it('states the rule: a year after receipt, moved forward to the next 31 December (UNESCO)', async () => {
    const steps = await why(['status', '--agreement', 'unesco-constitution', '--party', 'US', '--on', '2017-10-12']);
    expect(steps).toContain(
      'It is of unlimited duration; a notice of withdrawal takes effect 1 year after receipt, moved forward to the first 31 December on or after that day.',
    );
  });
});

describe('the explanation of noticeBy', () => {
  it('meets the 2019-01-01 cut-off with receipt on 2018-12-26: 2019-06-30 (Whaling Convention)', async () => {
    const steps = await why(['status', '--agreement', 'whaling-convention', '--party', 'JP', '--on', '2018-12-26']);
    expect(steps.join('\n')).toContain(
      'its cut-off, 1 January, is 2019-01-01, and notice received 2018-12-26 is in time; it takes effect 2019-06-30',
    );
  });
});

describe('the explanation of windows', () => {
  const ilo = ['status', '--agreement', 'examples/ilo-windows.json', '--party', 'AA'];

  it('gives the rule, then the window holding the day', async () => {
    const steps = await why([...ilo, '--on', '1960-06-01']);
    expect(steps).toContain(
      "Notice may be given only inside a window: window k runs from 1950-01-01 + k × 10 years through the day before 1950-01-01 + k × 10 years + 1 year, counted from the agreement's entry into force.",
    );
    expect(steps).toContain('1960-06-01 falls in window 1, 1960-01-01 … 1960-12-31: notice may be given through 1960-12-31, its last day.');
  });

  it('names the next window outside them', async () => {
    const steps = await why([...ilo, '--on', '1961-01-01']);
    expect(steps).toContain(
      '1961-01-01 is outside the windows for notice, so notice is not possible; the next is window 2, 1970-01-01 … 1970-12-31.',
    );
  });
});

describe('the explanation of survives', () => {
  it("counts Italy's protection through 2016-01-01 + 20 years − 1 day = 2035-12-31 (Energy Charter Treaty)", async () => {
    const steps = await why(['status', '--agreement', 'energy-charter', '--party', 'IT', '--on', '2020-01-01']);
    expect(steps.at(-1)).toBe(
      "The Treaty's protection of investments made before the withdrawal (Art. 47(3)) outlives IT's withdrawal: 2016-01-01 + 20 years − 1 day = 2035-12-31, the last day it applies.",
    );
  });
});

describe('the explanation of a fixed last day and of an extension until', () => {
  it('gives SORT’s last day as written, 2012-12-31, and its expiry the day after', async () => {
    const steps = await why(['status', '--agreement', 'sort', '--on', '2010-01-01']);
    expect(steps).toContain(
      '2010-01-01 falls in term 1: it begins on entry into force, 2003-06-01 and its last day is the fixed last day 2012-12-31.',
    );
    expect(steps).toContain('It expires unless extended: first day out of force the day after its last day 2012-12-31, 2013-01-01.');
  });

  it('gives the new last day an extension set, 2042-06-30', async () => {
    const steps = await why(['status', '--agreement', 'examples/review-extension.json', '--on', '2030-01-01']);
    expect(steps).toContain('On 2026-07-01 the parties set a new last day in force, 2042-06-30: first day out of force 2042-07-01.');
  });
});

describe("the explanation of a notice's effectiveOn and sent day", () => {
  it('says a request earlier than the rule’s day is not honoured', async () => {
    const steps = await why(['history', '--agreement', 'examples/rome-statute-style.json', '--until', '2019-01-01']);
    expect(steps).toContain(
      "BB's notice received 2016-11-15; it asked for 2017-03-01, earlier than the rule's day: not honoured; it took effect: first day out 2017-11-15.",
    );
  });

  it('counts receipt, not dispatch: Ukraine’s note sent 2018-09-21, received 2018-09-24', async () => {
    const steps = await why(['history', '--agreement', 'russia-ukraine-friendship', '--until', '2019-12-31']);
    expect(steps.join('\n')).toContain("UA's notice received 2018-09-24 (sent 2018-09-21; receipt is what counts)");
  });
});
