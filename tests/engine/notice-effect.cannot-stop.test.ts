import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { historyUntil } from '../../src/engine/history.js';
import { cannotStop } from '../../src/engine/notice-effect.js';
import { statusOn } from '../../src/engine/status.js';
import { compiledOf, day, definition, show } from '../helpers/agreement.js';
import { jsonOf, runIn } from '../helpers/cli.js';

// One-year terms from 2020-01-01 with one year's notice: term 1's deadline would be
// 2019-12-31 (2020-12-31 − P1Y), before entry into force. Term 2's, 2020-12-31, can be met.
const yearsNotice = {
  entryIntoForce: '2020-01-01',
  duration: { initial: 'P1Y', then: 'renew', renewal: 'P1Y' },
  termination: { notice: 'P1Y', effect: 'end-of-term' },
};
// Six months' notice, allowed only after two years (from 2022-01-01): term 2's deadline,
// 2021-06-30, lies before it; term 3's, 2022-06-30, is the first real one.
const earliestTwoYears = { ...yearsNotice, termination: { notice: 'P6M', effect: 'end-of-term', earliest: 'P2Y' } };

describe('a deadline no receipt day can meet', () => {
  it('says why: before entry into force, before earliest, or null when it can be met', () => {
    const compiled = compiledOf(yearsNotice);
    expect(cannotStop(compiled, day('2019-12-31'), compiled.start)).toBe('before-entry-into-force');
    expect(cannotStop(compiled, day('2020-01-01'), compiled.start)).toBeNull();
    const later = compiledOf(earliestTwoYears);
    expect(cannotStop(later, day('2021-12-31'), later.start)).toBe('before-earliest');
    expect(cannotStop(later, day('2022-01-01'), later.start)).toBeNull();
  });

  it('is not the current deadline in status: the term cannot be stopped, and the next deadline is named', () => {
    const { notice } = statusOn(compiledOf(yearsNotice), day('2020-02-01'));
    expect(notice.cannotStop).toBe('before-entry-into-force');
    expect(notice.possible).toBe(false);
    expect([show(notice.deadline), notice.daysLeft, show(notice.nextDeadline)]).toEqual([null, null, '2020-12-31']);
    const early = statusOn(compiledOf(earliestTwoYears), day('2021-02-01')).notice;
    expect([early.cannotStop, show(early.deadline), show(early.nextDeadline), early.possible]).toEqual([
      'before-earliest',
      null,
      '2022-06-30',
      false,
    ]);
  });

  it('is a real deadline once a notice can meet it', () => {
    // On its last day, term 1 still cannot be stopped; today is the deadline for term 2.
    const last = statusOn(compiledOf(yearsNotice), day('2020-12-31')).notice;
    expect([last.cannotStop, show(last.nextDeadline), show(last.effectiveOn)]).toEqual([
      'before-entry-into-force',
      '2020-12-31',
      '2022-01-01',
    ]);
    // In term 2, its deadline (2020-12-31, in term 1) is real, and has passed.
    const { notice } = statusOn(compiledOf(yearsNotice), day('2021-06-01'));
    expect([notice.cannotStop, show(notice.deadline), notice.possible]).toEqual([null, '2020-12-31', false]);
  });

  it('is never listed, however early the window starts', () => {
    const listed = deadlinesBetween(compiledOf(yearsNotice), day('2019-01-01'), day('2021-12-31')).filter(
      (d) => d.kind === 'notice-deadline',
    );
    expect(listed.map((d) => show(d.date))).toEqual(['2020-12-31', '2021-12-31']);
  });

  it('is null in the history', () => {
    const terms = historyUntil(compiledOf(earliestTwoYears), day('2022-06-01')).terms;
    expect(terms.map((term) => show(term.noticeDeadline))).toEqual([null, null, '2022-06-30']);
  });
});

describe('the command line', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'gsomia-cannot-stop-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const file = join(scratch, 'years-notice.json');
  writeFileSync(file, JSON.stringify(definition(yearsNotice)));

  it('status says the renewal cannot be stopped, and when the next deadline is', async () => {
    const run = await runIn(['status', '--agreement', file, '--on', '2020-02-01']);
    expect(run.stdout).toContain('the next renewal cannot be stopped');
    expect(run.stdout).toContain('next deadline Thu 2020-12-31 (in 334 days)');
    expect(run.stdout).not.toContain('2019-12-31');
    const json = jsonOf(await runIn(['status', '--agreement', file, '--on', '2020-02-01', '--json']));
    expect(json.notice).toMatchObject({
      possible: false,
      deadline: null,
      daysLeft: null,
      nextDeadline: '2020-12-31',
      cannotStop: 'before-entry-into-force',
    });
  });

  it('validate warns that the notice period is not shorter than the term, and still accepts the file', async () => {
    const run = await runIn(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: termination.notice: the notice period P1Y is not shorter than the first term (P1Y)');
    expect(run.stderr).toContain('not shorter than a renewal term (P1Y)');
    const json = jsonOf(await runIn(['validate', file, '--json']));
    expect(json.files[0].warnings).toHaveLength(2);
  });

  it('validate does not warn about a notice period shorter than its terms', async () => {
    const short = join(scratch, 'short.json');
    writeFileSync(short, JSON.stringify(definition({ ...yearsNotice, termination: { notice: 'P364D', effect: 'end-of-term' } })));
    expect((await runIn(['validate', short])).stderr).toBe('');
  });

  it('validate refuses an id defined in two of the files it is given', async () => {
    const copy = join(scratch, 'copy.json');
    writeFileSync(copy, JSON.stringify(definition(yearsNotice)));
    const run = await runIn(['validate', file, copy]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${copy}: id: id "synthetic" is also defined in ${file}`);
  });
});
