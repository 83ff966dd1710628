import { describe, expect, it } from 'vitest';
import { statusOn, survivesUntil } from '../../src/engine/status.js';
import { cataloguePlan, compiledOf, day, MINIMAL, show } from '../helpers/agreement.js';

// Mutation testing (issue 6): the edges of each answer in SPEC §4 `status --json`.

const notice = (compiled: Parameters<typeof statusOn>[0], on: string, party: string | null = null) => {
  const n = statusOn(compiled, day(on), party).notice;
  return {
    possible: n.possible,
    deadline: show(n.deadline),
    daysLeft: n.daysLeft,
    effectiveOn: show(n.effectiveOn),
    nextDeadline: show(n.nextDeadline),
    earliestOn: show(n.earliestOn),
    ...(n.cannotStop === null ? {} : { cannotStop: n.cannotStop }),
  };
};

describe('GSOMIA on the edges of its first term', () => {
  const gsomia = cataloguePlan('gsomia');

  it('is not yet in force on 2016-11-22 and answers nothing about notice', () => {
    const status = statusOn(gsomia, day('2016-11-22'));
    expect([status.phase, status.inForce, status.term, status.nextRenewal, status.endedOn, status.endReason]).toEqual([
      'not-yet-in-force',
      false,
      null,
      null,
      null,
      null,
    ]);
    expect(notice(gsomia, '2016-11-22')).toEqual({
      possible: false,
      deadline: null,
      daysLeft: null,
      effectiveOn: null,
      nextDeadline: null,
      earliestOn: null,
    });
  });

  it('is in term 1 from 2016-11-23, 274 days before the 2017-08-24 deadline', () => {
    const status = statusOn(gsomia, day('2016-11-23'));
    expect([
      status.phase,
      status.inForce,
      status.term?.number,
      show(status.term?.start),
      show(status.term?.end),
      show(status.nextRenewal),
    ]).toEqual(['fixed-term', true, 1, '2016-11-23', '2017-11-22', '2017-11-23']);
    expect(notice(gsomia, '2016-11-23')).toEqual({
      possible: true,
      deadline: '2017-08-24',
      daysLeft: 274,
      effectiveOn: '2017-11-23',
      nextDeadline: '2017-08-24',
      earliestOn: null,
    });
  });

  it("gives the next year's deadline as the next one a notice can meet, the day after a deadline", () => {
    expect(notice(gsomia, '2020-08-25')).toEqual({
      possible: false,
      deadline: '2020-08-24',
      daysLeft: -1,
      effectiveOn: '2021-11-23',
      nextDeadline: '2021-08-24',
      earliestOn: null,
    });
  });

  it('has no next renewal while a notice is pending that ends the term, and one again once it is suspended', () => {
    // KR's notice of 2019-08-23 would take effect on 2019-11-23, the day term 4 would begin.
    const pending = statusOn(gsomia, day('2019-09-01'));
    expect(pending.nextRenewal).toBeNull();
    expect(pending.pending.map((p) => [p.index, p.party, show(p.received), p.state, show(p.effectiveOn), p.remainingDays])).toEqual([
      [0, 'KR', '2019-08-23', 'pending', '2019-11-23', null],
    ]);
    const suspended = statusOn(gsomia, day('2019-11-22'));
    expect(show(suspended.nextRenewal)).toBe('2019-11-23');
    expect(suspended.pending.map((p) => [p.state, p.effectiveOn, p.remainingDays])).toEqual([['suspended', null, 1]]);
  });
});

describe('a renewing agreement whose notice may be given only after two years', () => {
  // GSOMIA-shaped (the minimal definition): notice from 2016-11-23 + P2Y = 2018-11-23 on; deadlines every 24 August.
  const compiled = compiledOf({ termination: { ...MINIMAL.termination, earliest: 'P2Y' } });

  it('points to the first deadline on or after the earliest day, while notice is not yet allowed', () => {
    // Term 1's deadline, 2017-08-24, lies before the earliest day: no notice can meet it.
    expect(notice(compiled, '2017-01-01')).toEqual({
      possible: false,
      deadline: null,
      daysLeft: null,
      effectiveOn: null,
      nextDeadline: '2019-08-24',
      earliestOn: '2018-11-23',
      cannotStop: 'before-earliest',
    });
  });

  it('allows notice on the earliest day itself, but not the day before', () => {
    expect(notice(compiled, '2018-11-22').possible).toBe(false);
    expect(notice(compiled, '2018-11-23')).toEqual({
      possible: true,
      deadline: '2019-08-24',
      daysLeft: 274,
      effectiveOn: '2019-11-23',
      nextDeadline: '2019-08-24',
      earliestOn: '2018-11-23',
    });
  });
});

describe('an initial term followed by indefinite duration, withdrawal the day after notice has run', () => {
  // 2004-01-30 + P1Y + 1 day = 2005-01-31, the first day after the initial term.
  const compiled = compiledOf({
    entryIntoForce: '2000-01-31',
    duration: { initial: 'P5Y', then: 'indefinite' },
    termination: { notice: 'P1Y', effect: 'after-notice', lapse: 'next-day' },
  });

  it('gives 2004-01-30 as the next deadline on that day', () => {
    expect(notice(compiled, '2004-01-30')).toEqual({
      possible: true,
      deadline: '2004-01-30',
      daysLeft: 0,
      effectiveOn: '2005-01-31',
      nextDeadline: '2004-01-30',
      earliestOn: null,
    });
  });

  it('has no next deadline the day after, and a notice then takes effect a year and a day later', () => {
    expect(notice(compiled, '2004-01-31')).toEqual({
      possible: true,
      deadline: '2004-01-30',
      daysLeft: -1,
      effectiveOn: '2005-02-01',
      nextDeadline: null,
      earliestOn: null,
    });
  });
});

describe('an initial term followed by indefinite duration, notice before the end of a term', () => {
  const compiled = compiledOf({
    entryIntoForce: '2000-01-31',
    duration: { initial: 'P5Y', then: 'indefinite' },
    termination: { notice: 'P6M', effect: 'end-of-term' },
  });

  it("still allows a notice after the initial term's deadline: only a renewal or an expiry can be missed", () => {
    // Term 1 ends 2005-01-30; 2004-07-30 + P6M = 2005-01-30.
    expect(notice(compiled, '2004-07-31')).toMatchObject({
      possible: true,
      deadline: '2004-07-30',
      daysLeft: -1,
      effectiveOn: '2005-01-31',
    });
  });
});

describe('one party of a multilateral agreement', () => {
  // Paris-shaped: CC joins in 2012, AA leaves in 2015.
  const compiled = compiledOf({
    kind: 'multilateral',
    parties: ['AA', 'BB', 'CC'],
    entryIntoForce: '2010-03-31',
    duration: { initial: null, then: 'indefinite' },
    termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
    events: [
      { type: 'accession', date: '2012-06-01', party: 'CC' },
      { type: 'notice', date: '2014-01-15', party: 'AA' },
    ],
  });

  it('is not a party before its accession, and has left nothing', () => {
    const cc = statusOn(compiled, day('2012-05-31'), 'CC');
    expect([cc.phase, cc.inForce, cc.endedOn, cc.endReason, cc.pending]).toEqual(['not-a-party', false, null, null, []]);
  });

  it('is out with the reason "notice" from the day its withdrawal takes effect', () => {
    const aa = statusOn(compiled, day('2015-01-15'), 'AA');
    expect([aa.phase, aa.inForce, show(aa.endedOn), aa.endReason, aa.pending]).toEqual(['not-a-party', false, '2015-01-15', 'notice', []]);
  });

  it("shows only the party's own pending notice, and every pending notice for the agreement", () => {
    expect(statusOn(compiled, day('2014-06-01'), 'BB').pending).toEqual([]);
    expect(statusOn(compiled, day('2014-06-01'), 'AA').pending.map((p) => p.party)).toEqual(['AA']);
    expect(statusOn(compiled, day('2014-06-01')).pending.map((p) => p.party)).toEqual(['AA']);
  });

  it('counts the earliest day of a party that joined later from its accession', () => {
    expect(notice(compiled, '2015-05-31', 'CC')).toMatchObject({ possible: false, earliestOn: '2015-06-01', effectiveOn: null });
    expect(notice(compiled, '2015-06-01', 'CC')).toMatchObject({ possible: true, earliestOn: '2015-06-01', effectiveOn: '2016-06-01' });
    expect(notice(compiled, '2015-06-01', 'BB')).toMatchObject({ possible: true, earliestOn: '2013-03-31', effectiveOn: '2016-06-01' });
  });
});

describe('more edges of the notice answer', () => {
  it("counts a party's earliest day from its last entry into force, once it has left again", () => {
    // AA leaves on 2015-01-15, re-joins on 2016-05-31, gives notice on 2019-05-31 (2016-05-31 + P3Y).
    const compiled = compiledOf({
      kind: 'multilateral',
      parties: ['AA', 'BB'],
      entryIntoForce: '2010-03-31',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
      events: [
        { type: 'notice', date: '2014-01-15', party: 'AA' },
        { type: 'accession', date: '2016-05-31', party: 'AA' },
        { type: 'notice', date: '2019-05-31', party: 'AA' },
      ],
    });
    const aa = statusOn(compiled, day('2021-01-01'), 'AA');
    expect([aa.phase, show(aa.endedOn), aa.endReason]).toEqual(['not-a-party', '2020-05-31', 'notice']);
    expect(notice(compiled, '2021-01-01', 'AA')).toMatchObject({ possible: false, earliestOn: '2019-05-31', effectiveOn: null });
  });

  it("calls no withdrawal possible that would take effect at an expiring agreement's expiry: it changes nothing", () => {
    // New START: a withdrawal received 2025-11-06 would take effect 2026-02-06, after the 2026-02-05 expiry.
    expect(notice(cataloguePlan('new-start'), '2025-11-06')).toEqual({
      possible: false,
      deadline: null,
      daysLeft: null,
      effectiveOn: '2026-02-05',
      nextDeadline: null,
      earliestOn: null,
    });
  });

  it('gives the deadline day itself as the next deadline of a same-day withdrawal', () => {
    // 2004-01-31 + P1Y = 2005-01-31, the first day after the initial term.
    const compiled = compiledOf({
      entryIntoForce: '2000-01-31',
      duration: { initial: 'P5Y', then: 'indefinite' },
      termination: { notice: 'P1Y', effect: 'after-notice' },
    });
    expect(notice(compiled, '2004-01-31')).toMatchObject({
      possible: true,
      deadline: '2004-01-31',
      daysLeft: 0,
      nextDeadline: '2004-01-31',
      effectiveOn: '2005-01-31',
    });
    expect(notice(compiled, '2004-02-01')).toMatchObject({ nextDeadline: null });
  });
});

describe('whether a notice today would end it sooner than what is already on the way', () => {
  it('is false while a pending notice ends it first, or the expiry comes first, and true otherwise', () => {
    // SPEC §5: KR's notice of 2019-08-23 takes effect 2019-11-23; a notice on 2019-09-01 would reach 2020-11-23.
    expect(statusOn(cataloguePlan('gsomia'), day('2019-09-01')).notice.endsSooner).toBe(false);
    expect(statusOn(cataloguePlan('gsomia'), day('2020-08-24')).notice.endsSooner).toBe(true);
    // New START expires 2026-02-05; three months' notice on 2025-12-01 would reach 2026-03-01.
    expect(statusOn(cataloguePlan('new-start'), day('2025-12-01')).notice.endsSooner).toBe(false);
    expect(statusOn(cataloguePlan('new-start'), day('2025-06-01')).notice.endsSooner).toBe(true);
  });
});

describe('scheduledEnd: the end already on the way', () => {
  const show3 = (status: ReturnType<typeof statusOn>) => {
    const end = status.scheduledEnd;
    return end === null ? null : { on: show(end.on), reason: end.reason, party: end.party, received: show(end.received) };
  };

  it("is the soonest notice's effect, not the first received: BB's of 2020-02-01, out 2020-08-01, before AA's asking for 2021-01-01", () => {
    // six months after notice: AA's of 2020-01-10 would take effect 2020-07-10, but asks for 2021-01-01
    const compiled = compiledOf({
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P6M', effect: 'after-notice' },
      events: [
        { type: 'notice', date: '2020-01-10', party: 'AA', effectiveOn: '2021-01-01' },
        { type: 'notice', date: '2020-02-01', party: 'BB' },
      ],
    });
    expect(show3(statusOn(compiled, day('2020-03-01')))).toEqual({
      on: '2020-08-01',
      reason: 'notice',
      party: 'BB',
      received: '2020-02-01',
    });
  });

  it("is the soonest notice's effect, not the last received: AA's of 2020-01-10, out 2020-07-10, before BB's asking for 2021-01-01", () => {
    const compiled = compiledOf({
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P6M', effect: 'after-notice' },
      events: [
        { type: 'notice', date: '2020-01-10', party: 'AA' },
        { type: 'notice', date: '2020-02-01', party: 'BB', effectiveOn: '2021-01-01' },
      ],
    });
    expect(show3(statusOn(compiled, day('2020-03-01')))).toEqual({
      on: '2020-07-10',
      reason: 'notice',
      party: 'AA',
      received: '2020-01-10',
    });
  });

  // Five years from 2016-11-23, then it expires: out from 2021-11-23; withdrawal a year after notice.
  const expiring = (notice: string) =>
    compiledOf({
      duration: { initial: 'P5Y', then: 'expire' },
      termination: { notice: 'P1Y', effect: 'after-notice' },
      events: [{ type: 'notice', date: notice, party: 'AA' }],
    });

  it('is a notice taking effect before the expiry: 2019-01-10 + P1Y → 2020-01-10', () => {
    expect(show3(statusOn(expiring('2019-01-10'), day('2019-06-01')))).toEqual({
      on: '2020-01-10',
      reason: 'notice',
      party: 'AA',
      received: '2019-01-10',
    });
  });

  it.each([
    ['on the expiry day itself', '2020-11-23'],
    ['after it', '2021-01-10'],
  ])('is the expiry, 2021-11-23, for a notice that would take effect %s', (_when, received) => {
    expect(show3(statusOn(expiring(received), day('2021-06-01')))).toEqual({
      on: '2021-11-23',
      reason: 'expiry',
      party: null,
      received: null,
    });
  });

  it("is nothing for a multilateral agreement as a whole while a party's withdrawal is pending, and that withdrawal for the party", () => {
    const compiled = compiledOf({
      kind: 'multilateral',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P3M', effect: 'after-notice' },
      events: [{ type: 'notice', date: '2020-01-10', party: 'AA' }],
    });
    expect(statusOn(compiled, day('2020-02-01')).scheduledEnd).toBeNull();
    expect(show3(statusOn(compiled, day('2020-02-01'), 'AA'))).toEqual({
      on: '2020-04-10',
      reason: 'notice',
      party: 'AA',
      received: '2020-01-10',
    });
  });
});

describe('notice, the rest of the answer', () => {
  it('allows a withdrawal in the last term of an expiring agreement when it takes effect before the expiry', () => {
    // 2019-06-01 + P1Y = 2020-06-01, before 2016-11-23 + P5Y = 2021-11-23
    const compiled = compiledOf({ duration: { initial: 'P5Y', then: 'expire' }, termination: { notice: 'P1Y', effect: 'after-notice' } });
    const answer = statusOn(compiled, day('2019-06-01')).notice;
    expect([answer.possible, show(answer.effectiveOn)]).toEqual([true, '2020-06-01']);
  });

  it("gives GSOMIA's 2020 deadline day: a Monday, ending at 2020-08-24T15:00:00Z (24:00 in Tokyo), a working day", () => {
    const deadline = statusOn(cataloguePlan('gsomia'), day('2020-08-24')).notice.deadlineDay;
    expect(
      deadline && { weekday: deadline.weekday, endsAt: new Date(deadline.endsAt).toISOString(), nonWorking: deadline.nonWorking },
    ).toEqual({
      weekday: 'monday',
      endsAt: '2020-08-24T15:00:00.000Z',
      nonWorking: null,
    });
  });

  it('gives no deadline day when there is no deadline: a withdrawal six months after notice, no fixed term', () => {
    const compiled = compiledOf({
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P6M', effect: 'after-notice' },
    });
    expect(statusOn(compiled, day('2020-01-01')).notice.deadlineDay).toBeNull();
  });

  it('says a notice ends the agreement when bilateral, and only the participation when multilateral', () => {
    expect(statusOn(compiledOf(), day('2020-01-01')).notice.ends).toBe('agreement');
    expect(statusOn(compiledOf({ kind: 'multilateral' }), day('2020-01-01')).notice.ends).toBe('participation');
  });

  it('does not call a notice sooner when none may be given: before the earliest day, 2016-11-23 + P3Y = 2019-11-23', () => {
    const compiled = compiledOf({
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
    });
    const answer = statusOn(compiled, day('2017-01-01')).notice;
    expect([answer.effectiveOn, answer.endsSooner]).toEqual([null, false]);
  });
});

describe('survives', () => {
  // a withdrawal a year after notice; what it names survives twenty years
  const termination = { notice: 'P1Y', effect: 'after-notice', survives: { for: 'P20Y', what: 'existing investments' } } as const;

  it('is null for an agreement without a survival clause', () => {
    expect(survivesUntil(compiledOf(), day('2020-01-10'))).toBeNull();
  });

  it('runs through the day before E + P20Y after a withdrawal on E: 2020-01-10 → 2040-01-09', () => {
    const compiled = compiledOf({
      duration: { initial: null, then: 'indefinite' },
      termination,
      events: [{ type: 'notice', date: '2019-01-10', party: 'AA' }],
    });
    expect(statusOn(compiled, day('2021-01-01')).survives).toEqual({ what: 'existing investments', until: day('2040-01-09') });
  });

  it('is null once the agreement ended by consent: nothing was withdrawn from', () => {
    const compiled = compiledOf({
      duration: { initial: null, then: 'indefinite' },
      termination,
      events: [{ type: 'termination', date: '2020-01-10' }],
    });
    const status = statusOn(compiled, day('2021-01-01'));
    expect([status.inForce, status.survives]).toEqual([false, null]);
  });
});

describe('windowOpens: what bars notice until earliestOn', () => {
  // S = 1950-01-01, windows every P10Y for P1Y: window 1 is 1960-01-01 … 1960-12-31, window 2 opens 1970-01-01.
  const windowed = (earliest?: string) =>
    compiledOf({
      entryIntoForce: '1950-01-01',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P1Y', effect: 'after-notice', windows: { every: 'P10Y', length: 'P1Y' }, ...(earliest ? { earliest } : {}) },
    });
  const answer = (compiled: Parameters<typeof statusOn>[0], on: string) => {
    const n = statusOn(compiled, day(on)).notice;
    return [show(n.earliestOn), n.windowOpens];
  };

  it('is true outside the windows, earliestOn being the next opening', () => {
    expect(answer(windowed(), '1955-01-01')).toEqual(['1960-01-01', true]);
    expect(answer(windowed(), '1961-01-01')).toEqual(['1970-01-01', true]);
  });

  it('is false inside a window, where notice is possible', () => {
    expect(answer(windowed(), '1960-06-01')).toEqual(['1960-01-01', false]);
  });

  it('is false when an earliest day inside a window bars notice (P10Y6M: 1960-07-01), before it or in the window', () => {
    expect(answer(windowed('P10Y6M'), '1955-01-01')).toEqual(['1960-07-01', false]);
    expect(answer(windowed('P10Y6M'), '1960-03-01')).toEqual(['1960-07-01', false]);
  });

  it('is true when the earliest day falls between windows, and the next window opens later (P15Y: 1965-01-01 → 1970-01-01)', () => {
    expect(answer(windowed('P15Y'), '1962-01-01')).toEqual(['1970-01-01', true]);
  });

  it('is false without windows', () => {
    expect(
      statusOn(
        compiledOf({
          duration: { initial: null, then: 'indefinite' },
          termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
        }),
        day('2017-01-01'),
      ).notice.windowOpens,
    ).toBe(false);
  });
});
