import { describe, expect, it } from 'vitest';
import type { CompiledAgreement } from '../../src/engine/compiled-agreement.js';
import { compareDeadlines, type DeadlineKind, type DeadlineOrder } from '../../src/engine/deadline.js';
import { deadlinesBetween } from '../../src/engine/deadlines.js';
import { deadlineJson } from '../../src/render/json.js';
import { catalogueJson, cataloguePlan, compiledOf, day, type EventInput, MINIMAL, show } from '../helpers/agreement.js';

// Mutation testing (issue 6) showed the deadline list was checked mostly by kind and date:
// these pin the whole entries, the window edges and the order on one day.

/**
 * The deadlines as SPEC §4 JSON rows: dates written out, the facts in the English
 * description (the weekday, end and working-day fields of SPEC §8 are tested in
 * tests/engine/deadline-day.test.ts).
 */
function listed(compiled: CompiledAgreement, from: string, until: string, party: string | null = null) {
  return deadlinesBetween(compiled, day(from), day(until), party)
    .map(deadlineJson)
    .map(({ weekday, endsAt, nonWorking, ...row }) => row);
}

/** A catalogue file with some fields replaced (e.g. other events), compiled. */
function variant(id: string, fields: Record<string, unknown>): CompiledAgreement {
  return compiledOf({ ...(catalogueJson(id) as Record<string, unknown>), ...fields });
}

// GSOMIA term 11 runs 2026-11-23 … 2027-11-22; its deadline is 2027-11-22 − 90 days.
const gsomiaDeadline2027 = {
  date: '2027-08-24',
  agreement: 'gsomia',
  kind: 'notice-deadline',
  daysUntil: 269,
  description: 'last day to give notice that stops the 2027-11-23 renewal (term 11 ends 2027-11-22)',
  party: null,
  term: 11,
};

describe('the deadlines of a renewing agreement', () => {
  const gsomia = cataloguePlan('gsomia');

  it('gives the 2027-08-24 deadline of term 11, then the 2027-11-23 renewal that begins term 12', () => {
    expect(listed(gsomia, '2026-11-28', '2027-11-28')).toEqual([
      gsomiaDeadline2027,
      {
        date: '2027-11-23',
        agreement: 'gsomia',
        kind: 'renewal',
        daysUntil: 360,
        description: 'GSOMIA renews: term 12 begins',
        party: null,
        term: 12,
      },
    ]);
  });

  it('includes a deadline that falls on the first or the last day of the window', () => {
    expect(listed(gsomia, '2027-08-24', '2027-08-24')).toEqual([{ ...gsomiaDeadline2027, daysUntil: 0 }]);
    expect(listed(gsomia, '2026-11-28', '2027-08-24')).toEqual([gsomiaDeadline2027]);
  });

  it('leaves out a deadline one day past either end of the window', () => {
    expect(listed(gsomia, '2026-11-28', '2027-08-23')).toEqual([]);
    expect(listed(gsomia, '2027-08-25', '2027-11-22')).toEqual([]);
  });

  it('lists a deadline whose renewal lies beyond the window', () => {
    expect(listed(gsomia, '2026-11-28', '2027-09-01')).toEqual([gsomiaDeadline2027]);
  });

  it('lists the renewal on its own once the deadline has passed', () => {
    expect(listed(gsomia, '2027-08-25', '2027-11-23').map((d) => [d.date, d.kind, d.term])).toEqual([['2027-11-23', 'renewal', 12]]);
  });

  it('starts from term 1 when asked from before entry into force', () => {
    expect(listed(gsomia, '2016-01-01', '2017-11-23').map((d) => [d.date, d.kind, d.term, d.daysUntil])).toEqual([
      ['2017-08-24', 'notice-deadline', 1, 601],
      ['2017-11-23', 'renewal', 2, 692],
    ]);
  });

  it('names an agreement without a short title by its title', () => {
    // The minimal definition has a title and no short title.
    const plain = compiledOf();
    expect(listed(plain, '2017-11-22', '2017-11-23')[0]?.description).toBe('Synthetic agreement renews: term 2 begins');
  });
});

describe('the deadlines of an expiring agreement (New START: term 2 ends 2026-02-04)', () => {
  it('lists the expiry alone: the last term ends then anyway, so its notice deadline changes nothing', () => {
    // Withdrawal three months after notice: one received on 2025-11-05 would take effect
    // on 2026-02-05, the expiry itself, so that day is no deadline worth listing.
    expect(listed(cataloguePlan('new-start'), '2025-01-01', '2026-12-31')).toEqual([
      {
        date: '2026-02-05',
        agreement: 'new-start',
        kind: 'expiry',
        daysUntil: 400,
        description: 'New START expires: first day out of force',
        party: null,
        term: 2,
      },
    ]);
  });

  it('lists a timely withdrawal as taking effect, and no longer the deadline or the expiry', () => {
    const compiled = variant('new-start', {
      events: [
        { type: 'extension', date: '2021-02-03', term: 'P5Y' },
        { type: 'notice', date: '2025-06-01', party: 'US' },
      ],
    });
    expect(listed(compiled, '2025-06-01', '2026-12-31')).toEqual([
      {
        date: '2025-09-01',
        agreement: 'new-start',
        kind: 'effective',
        daysUntil: 92,
        description: "US's notice of 2025-06-01 takes effect: New START is no longer in force",
        party: 'US',
        term: null,
      },
    ]);
  });

  it('lists only the expiry for a withdrawal cut short by it', () => {
    const compiled = variant('new-start', {
      events: [
        { type: 'extension', date: '2021-02-03', term: 'P5Y' },
        { type: 'notice', date: '2025-12-01', party: 'US' },
      ],
    });
    expect(listed(compiled, '2025-12-01', '2026-12-31').map((d) => [d.date, d.kind])).toEqual([['2026-02-05', 'expiry']]);
  });
});

describe('the deadline of a fixed initial term followed by indefinite duration', () => {
  it('ends the agreement with its initial term: 1969-12-18 + P1Y is the first day after it', () => {
    expect(listed(cataloguePlan('japan-korea-fisheries-1965'), '1969-01-01', '1971-12-31')).toEqual([
      {
        date: '1969-12-18',
        agreement: 'japan-korea-fisheries-1965',
        kind: 'notice-deadline',
        daysUntil: 351,
        description:
          'last day to give notice that ends Japan–Korea Fisheries Agreement (1965) with its initial term on 1970-12-18 (term 1 ends 1970-12-17)',
        party: null,
        term: 1,
      },
    ]);
  });
});

describe('a pending withdrawal in a multilateral agreement (Open Skies)', () => {
  const effective = {
    date: '2020-11-22',
    agreement: 'open-skies',
    kind: 'effective',
    daysUntil: 174,
    description: "US's notice of 2020-05-22 takes effect: US is no longer a party",
    party: 'US',
    term: null,
  };

  it('says the party leaves, not that the treaty ends', () => {
    expect(listed(cataloguePlan('open-skies'), '2020-06-01', '2020-12-31')).toEqual([effective]);
    expect(listed(cataloguePlan('open-skies'), '2020-06-01', '2020-12-31', 'US')).toEqual([effective]);
  });

  it("does not list another party's withdrawal when asked for one party", () => {
    expect(listed(cataloguePlan('open-skies'), '2020-06-01', '2020-12-31', 'RU')).toEqual([]);
  });
});

describe('the earliest day notice may be given', () => {
  const earliest = (description: string, party: string | null) => ({
    date: '1969-08-24',
    agreement: 'nato',
    kind: 'earliest-notice',
    daysUntil: 235,
    description,
    party,
  });

  it("lists NATO's 1969-08-24 once for the founding parties, and by name for one party", () => {
    const nato = cataloguePlan('nato');
    expect(listed(nato, '1969-01-01', '1969-12-31')).toEqual([
      { ...earliest('first day a party may give notice of withdrawal', null), term: null },
    ]);
    expect(listed(nato, '1969-01-01', '1969-12-31', 'US')).toEqual([
      { ...earliest('first day US may give notice of withdrawal', 'US'), term: null },
    ]);
  });

  it('lists it for a bilateral agreement without naming a party', () => {
    expect(listed(cataloguePlan('us-japan-security'), '1970-01-01', '1970-12-31')).toEqual([
      {
        date: '1970-06-23',
        agreement: 'us-japan-security',
        kind: 'earliest-notice',
        daysUntil: 173,
        description: 'first day a party may give notice of withdrawal',
        party: null,
        term: null,
      },
    ]);
  });

  // GSOMIA-shaped (the minimal definition) with a two-year wait: the 2017 and 2018 deadlines come before notice may be given.
  const waiting = (earliestAfter: string) =>
    compiledOf({
      termination: { ...MINIMAL.termination, earliest: earliestAfter },
    });

  it('speaks of termination for an end-of-term rule, and skips deadlines before that day', () => {
    expect(listed(waiting('P2Y'), '2016-11-23', '2019-08-24').map((d) => [d.date, d.kind, d.description])).toEqual([
      ['2017-11-23', 'renewal', 'Synthetic agreement renews: term 2 begins'],
      ['2018-11-23', 'earliest-notice', 'first day a party may give notice of termination'],
      ['2018-11-23', 'renewal', 'Synthetic agreement renews: term 3 begins'],
      ['2019-08-24', 'notice-deadline', 'last day to give notice that stops the 2019-11-23 renewal (term 3 ends 2019-11-22)'],
    ]);
  });

  it('keeps a deadline that falls on the earliest day itself, listing the earliest day first', () => {
    // 2016-11-23 + P1Y9M1D = 2018-08-24, the deadline of term 2.
    expect(listed(waiting('P1Y9M1D'), '2018-08-01', '2018-08-31').map((d) => [d.date, d.kind])).toEqual([
      ['2018-08-24', 'earliest-notice'],
      ['2018-08-24', 'notice-deadline'],
    ]);
  });
});

describe('compareDeadlines', () => {
  const at = (date: string, kind: DeadlineKind, agreement = 'gsomia', party: string | null = null): DeadlineOrder => ({
    date: day(date),
    agreement,
    kind,
    party,
  });
  const order = (deadlines: DeadlineOrder[]) =>
    [...deadlines].sort(compareDeadlines).map((d) => [show(d.date), d.agreement, d.kind, d.party]);

  it('puts the sooner date first whatever the kind or agreement', () => {
    expect(order([at('2020-01-02', 'earliest-notice', 'abm'), at('2020-01-01', 'renewal', 'paris')])).toEqual([
      ['2020-01-01', 'paris', 'renewal', null],
      ['2020-01-02', 'abm', 'earliest-notice', null],
    ]);
  });

  it("orders one agreement's day as earliest notice, notice deadline, effective, expiry, renewal", () => {
    const kinds: DeadlineKind[] = ['renewal', 'expiry', 'effective', 'notice-deadline', 'earliest-notice'];
    expect(order(kinds.map((kind) => at('2020-01-01', kind))).map((row) => row[2])).toEqual([...kinds].reverse());
  });

  it('groups one day by agreement before kind, then orders by party', () => {
    expect(
      order([
        at('2020-01-01', 'earliest-notice', 'paris'),
        at('2020-01-01', 'effective', 'abm', 'US'),
        at('2020-01-01', 'effective', 'abm', 'RU'),
      ]),
    ).toEqual([
      ['2020-01-01', 'abm', 'effective', 'RU'],
      ['2020-01-01', 'abm', 'effective', 'US'],
      ['2020-01-01', 'paris', 'earliest-notice', null],
    ]);
    expect(compareDeadlines(at('2020-01-01', 'effective', 'abm', 'US'), at('2020-01-01', 'effective', 'abm', 'US'))).toBe(0);
  });

  it("puts the party-less entry before a party's on the same day and kind", () => {
    expect(order([at('2020-01-01', 'effective', 'abm', 'US'), at('2020-01-01', 'effective', 'abm', null)]).map((row) => row[3])).toEqual([
      null,
      'US',
    ]);
    expect(compareDeadlines(at('2020-01-01', 'effective', 'abm', null), at('2020-01-01', 'effective', 'abm', 'AA'))).toBeLessThan(0);
    expect(compareDeadlines(at('2020-01-01', 'effective', 'abm', 'AA'), at('2020-01-01', 'effective', 'abm', null))).toBeGreaterThan(0);
  });
});

describe('what a pending notice cuts short', () => {
  it("lists GSOMIA's 2019 notice taking effect, and no renewal on that day", () => {
    expect(listed(cataloguePlan('gsomia'), '2019-09-01', '2019-12-31')).toEqual([
      {
        date: '2019-11-23',
        agreement: 'gsomia',
        kind: 'effective',
        daysUntil: 83,
        description: "KR's notice of 2019-08-23 takes effect: GSOMIA is no longer in force",
        party: 'KR',
        term: null,
      },
    ]);
  });

  it('drops a deadline that falls on the day a withdrawal takes effect', () => {
    // 2025-08-05 + P3M = 2025-11-05, New START's last day for a timely withdrawal.
    const compiled = variant('new-start', {
      events: [
        { type: 'extension', date: '2021-02-03', term: 'P5Y' },
        { type: 'notice', date: '2025-08-05', party: 'US' },
      ],
    });
    expect(listed(compiled, '2025-08-05', '2026-12-31').map((d) => [d.date, d.kind, d.daysUntil])).toEqual([
      ['2025-11-05', 'effective', 92],
    ]);
  });
});

describe('a renewing multilateral agreement that one party leaves', () => {
  // GSOMIA-shaped (the minimal definition), but AA's notice of 2019-08-23 takes only AA out, on 2019-11-23.
  const compiled = compiledOf({
    kind: 'multilateral',
    events: [{ type: 'notice', date: '2019-08-23', party: 'AA' }],
  });
  const rows = (party: string | null, from = '2019-09-01') =>
    listed(compiled, from, '2020-12-31', party).map((d) => [d.date, d.kind, d.party, d.term]);

  it("keeps renewing for the others, listing AA's departure first on its day", () => {
    expect(rows(null)).toEqual([
      ['2019-11-23', 'effective', 'AA', null],
      ['2019-11-23', 'renewal', null, 4],
      ['2020-08-24', 'notice-deadline', null, 4],
      ['2020-11-23', 'renewal', null, 5],
    ]);
    expect(listed(compiled, '2019-09-01', '2019-12-31')[0]?.description).toBe(
      "AA's notice of 2019-08-23 takes effect: AA is no longer a party",
    );
  });

  it('lists only its departure for the leaving party, and nothing once it is out', () => {
    expect(rows('AA')).toEqual([['2019-11-23', 'effective', 'AA', null]]);
    expect(rows('AA', '2020-01-01')).toEqual([]);
  });

  it('lists the renewals and deadlines again for the party once it is back', () => {
    const back = compiledOf({
      kind: 'multilateral',
      events: [
        { type: 'notice', date: '2019-08-23', party: 'AA' },
        { type: 'accession', date: '2020-01-01', party: 'AA' },
      ],
    });
    expect(listed(back, '2020-02-01', '2020-12-31', 'AA').map((d) => [d.date, d.kind])).toEqual([
      ['2020-08-24', 'notice-deadline'],
      ['2020-11-23', 'renewal'],
    ]);
  });

  it('lists the renewals and deadlines for a party that stays', () => {
    expect(rows('BB')).toEqual([
      ['2019-11-23', 'renewal', null, 4],
      ['2020-08-24', 'notice-deadline', null, 4],
      ['2020-11-23', 'renewal', null, 5],
    ]);
  });
});

describe('earliest-notice days of parties that joined later', () => {
  // Paris-shaped: three years from entry into force for each party (2010-03-31 + P3Y = 2013-03-31).
  const parisShaped = (parties: string[], events: EventInput[]) =>
    compiledOf({
      kind: 'multilateral',
      parties,
      entryIntoForce: '2010-03-31',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
      events,
    });
  const rows = (compiled: CompiledAgreement, from: string, until: string) =>
    listed(compiled, from, until).map((d) => [d.date, d.kind, d.party, d.description]);

  it("lists a later party's own day, and the founders' day once", () => {
    const compiled = parisShaped(['AA', 'CC'], [{ type: 'accession', date: '2012-06-01', party: 'CC' }]);
    expect(rows(compiled, '2012-07-01', '2016-01-01')).toEqual([
      ['2013-03-31', 'earliest-notice', null, 'first day a party may give notice of withdrawal'],
      ['2015-06-01', 'earliest-notice', 'CC', 'first day CC may give notice of withdrawal'],
    ]);
  });

  it("does not list the founders' day when every tracked party joined later", () => {
    const compiled = parisShaped(['CC'], [{ type: 'accession', date: '2012-06-01', party: 'CC' }]);
    expect(rows(compiled, '2012-07-01', '2016-01-01')).toEqual([
      ['2015-06-01', 'earliest-notice', 'CC', 'first day CC may give notice of withdrawal'],
    ]);
  });

  it("skips a party that has left, and lists a party's day when asked from before entry into force", () => {
    const compiled = parisShaped(
      ['AA', 'BB', 'CC'],
      [
        { type: 'accession', date: '2012-06-01', party: 'CC' },
        { type: 'notice', date: '2013-04-01', party: 'AA' },
      ],
    );
    expect(rows(compiled, '2014-05-01', '2015-12-31')).toEqual([
      ['2015-06-01', 'earliest-notice', 'CC', 'first day CC may give notice of withdrawal'],
    ]);
    expect(rows(compiled, '2010-01-01', '2013-12-31').map((row) => [row[0], row[1], row[2]])).toEqual([
      ['2013-03-31', 'earliest-notice', null],
    ]);
  });
});

describe('a renewal on the first day of the window', () => {
  it('lists the 2020-11-23 GSOMIA renewal with 0 days until when the window starts that day', () => {
    const compiled = cataloguePlan('gsomia');
    const first = deadlinesBetween(compiled, day('2020-11-23'), day('2021-11-23'))[0];
    expect(first && [show(first.date), first.kind, first.daysUntil, first.term]).toEqual(['2020-11-23', 'renewal', 0, 5]);
  });
});

describe('deadlines as known on --from, read from the one replay', () => {
  // GSOMIA: KR's notice of 2019-08-23 was pending from that day, to take effect 2019-11-23
  // (treaties.md); it was suspended on 2019-11-22.
  const gsomia = cataloguePlan('gsomia');
  const until = day('2020-09-01');

  it('lists the pending notice taking effect 2019-11-23 from 2019-09-01', () => {
    const kinds = deadlinesBetween(gsomia, day('2019-09-01'), until).map((d) => [show(d.date), d.kind]);
    expect(kinds).toContainEqual(['2019-11-23', 'effective']);
  });

  it('does not know of the notice on 2019-08-22, the day before it was given', () => {
    const kinds = deadlinesBetween(gsomia, day('2019-08-22'), until).map((d) => d.kind);
    expect(kinds).not.toContain('effective');
    expect(kinds).toContain('renewal');
  });
});
