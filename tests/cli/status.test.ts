import { describe, expect, it } from 'vitest';
import { jsonOf, runIn } from '../helpers/cli.js';

// Facts from SPEC §5: GSOMIA's term 4 is 2019-11-23 … 2020-11-22, and its notice deadline
// is 2020-11-22 − 90 days = 2020-08-24. The ROK notice of 2019-08-23 was suspended on
// 2019-11-22, the term's last day, so one day remained.
describe('status --json on the 2020 GSOMIA deadline', () => {
  it('answers term 4, 2019-11-23 … 2020-11-22, still in force', async () => {
    const status = jsonOf(await runIn(['status', '--on', '2020-08-24', '--json']));
    expect(status.agreement).toBe('gsomia');
    expect(status.on).toBe('2020-08-24');
    expect(status.party).toBeNull();
    expect(status.inForce).toBe(true);
    expect(status.endedOn).toBeNull();
    expect(status.term).toEqual({ number: 4, start: '2019-11-23', end: '2020-11-22' });
    expect(status.nextRenewal).toBe('2020-11-23');
  });

  it('says notice is still possible on 2020-08-24, the last day, and would end GSOMIA from 2020-11-23', async () => {
    const { notice } = jsonOf(await runIn(['status', '--on', '2020-08-24', '--json']));
    expect(notice).toMatchObject({ possible: true, deadline: '2020-08-24', daysLeft: 0, effectiveOn: '2020-11-23' });
  });

  it("lists KR's 2019-08-23 notice as suspended with 1 day remaining", async () => {
    const { pending } = jsonOf(await runIn(['status', '--on', '2020-08-24', '--json']));
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ party: 'KR', received: '2019-08-23', state: 'suspended', effectiveOn: null, remainingDays: 1 });
  });

  it('says notice no longer stops the 2020 renewal on 2020-08-25, so it would end GSOMIA from 2021-11-23', async () => {
    const status = jsonOf(await runIn(['status', '--on', '2020-08-25', '--json']));
    expect(status.term).toEqual({ number: 4, start: '2019-11-23', end: '2020-11-22' });
    // SPEC §4: deadline is the current term's, daysLeft counts to it (negative once past).
    expect(status.notice).toMatchObject({ possible: false, deadline: '2020-08-24', daysLeft: -1, effectiveOn: '2021-11-23' });
  });

  it('counts 91 days left on 2020-05-25 (6 days of May, 30 of June, 31 of July, 24 of August)', async () => {
    const { notice } = jsonOf(await runIn(['status', '--on', '2020-05-25', '--json']));
    expect(notice).toMatchObject({ possible: true, deadline: '2020-08-24', daysLeft: 6 + 30 + 31 + 24 });
  });

  it('has no pending notice after the 2023-03-21 retraction', async () => {
    const { pending, inForce } = jsonOf(await runIn(['status', '--on', '2023-03-21', '--json']));
    expect(inForce).toBe(true);
    expect(pending).toEqual([]);
  });
});

describe('status --exit-code', () => {
  it('exits 0 on 2020-08-24, while notice is still possible', async () => {
    const run = await runIn(['status', '--on', '2020-08-24', '--exit-code']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2020-08-24');
    expect(run.stderr).toBe('');
  });

  it('exits 1 on 2020-08-25, the day after the deadline, and still prints the answer', async () => {
    const run = await runIn(['status', '--on', '2020-08-25', '--exit-code', '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).notice.possible).toBe(false);
  });

  it('exits 0 without --exit-code even when notice is no longer possible', async () => {
    expect((await runIn(['status', '--on', '2020-08-25'])).code).toBe(0);
  });
});

describe('status is the default command', () => {
  it('answers the same with and without the word status', async () => {
    const explicit = await runIn(['status', '--on', '2020-08-24', '--json']);
    const implicit = await runIn(['--on', '2020-08-24', '--json']);
    expect(implicit).toEqual(explicit);
  });
});

describe('status --on with an impossible or malformed date', () => {
  it.each([
    ['2020-02-30', /February 2020 has 29 days/],
    ['2019-02-29', /February 2019 has 28 days/],
    ['2020-8-24', /YYYY-MM-DD/],
  ])('exits 2 and names %s', async (value, why) => {
    const run = await runIn(['status', '--on', value]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`"${value}"`);
    expect(run.stderr).toContain('--on');
    expect(run.stderr).toMatch(why);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('--party in any case', () => {
  it("answers for the listed party, in the definition's spelling", async () => {
    const upper = jsonOf(await runIn(['status', '--agreement', 'paris', '--party', 'US', '--on', '2020-08-24', '--json']));
    for (const spelling of ['us', 'Us']) {
      const run = jsonOf(await runIn(['status', '--agreement', 'paris', '--party', spelling, '--on', '2020-08-24', '--json']));
      expect(run).toEqual(upper);
      expect(run.party).toBe('US');
    }
  });
});

describe('a multilateral agreement asked about without --party', () => {
  it("says a notice ends the notifying party's participation, not the agreement", async () => {
    const run = await runIn(['status', '--agreement', 'nato', '--on', '2020-08-24']);
    expect(run.stdout).toContain('If given     the notifying party would no longer be a party from 2021-08-24');
    expect(run.stdout).not.toContain('no longer in force');
    expect(jsonOf(await runIn(['status', '--agreement', 'nato', '--on', '2020-08-24', '--json'])).notice.ends).toBe('participation');
  });

  it('and --explain says whose participation a notice would end', async () => {
    const run = await runIn(['status', '--agreement', 'nato', '--on', '2020-08-24', '--explain']);
    expect(run.stdout).toContain(
      "Notice received 2020-08-24 would end the notifying party's participation: 2020-08-24 + 1 year = 2021-08-24",
    );
    const us = await runIn(['status', '--agreement', 'nato', '--party', 'US', '--on', '2020-08-24', '--explain']);
    expect(us.stdout).toContain("would end US's participation");
  });

  it('and a bilateral one that a notice ends the agreement', async () => {
    expect(jsonOf(await runIn(['status', '--on', '2020-08-24', '--json'])).notice.ends).toBe('agreement');
  });
});

describe('an end already on the way leads the answer', () => {
  // SPEC §5: KR's notice of 2019-08-23 would have taken effect on 2019-11-23.
  it('a pending notice: "Ends 2019-11-23 … KR\'s notice", and a new notice is not needed', async () => {
    const run = await runIn(['status', '--on', '2019-09-01']);
    const lines = run.stdout.split('\n');
    expect(lines[2]).toBe("Ends         2019-11-23 (in 83 days): KR's notice of 2019-08-23");
    expect(run.stdout).toContain('Notice       not needed: a notice already ends it');
    expect(run.stdout).not.toContain('If given');
    const json = jsonOf(await runIn(['status', '--on', '2019-09-01', '--json']));
    expect(json.scheduledEnd).toEqual({ on: '2019-11-23', reason: 'notice', party: 'KR', received: '2019-08-23' });
  });

  it('an expiring agreement shows its expiry; a notice that would take effect no sooner is not needed', async () => {
    // New START, extended to 2026-02-04 (its last day): first day out of force 2026-02-05.
    const early = await runIn(['status', '--agreement', 'new-start', '--on', '2025-06-01']);
    expect(early.stdout).toContain('Expires      2026-02-05 (in 249 days)');
    expect(early.stdout).toContain('If given     no longer in force from 2025-09-01');
    const late = await runIn(['status', '--agreement', 'new-start', '--on', '2025-12-01']);
    expect(late.stdout).toContain('Notice       not needed: it expires on 2026-02-05 in any case');
    expect(late.stdout).not.toContain('If given');
    const json = jsonOf(await runIn(['status', '--agreement', 'new-start', '--on', '2025-12-01', '--json']));
    expect(json.scheduledEnd).toEqual({ on: '2026-02-05', reason: 'expiry', party: null, received: null });
    expect(json.notice).toMatchObject({ possible: false, deadline: null });
  });

  it('nothing on the way: no such line, and scheduledEnd null', async () => {
    const run = await runIn(['status', '--on', '2020-08-24']);
    expect(run.stdout).not.toMatch(/^(Ends|Expires) /m);
    expect(jsonOf(await runIn(['status', '--on', '2020-08-24', '--json'])).scheduledEnd).toBeNull();
  });
});
