import { describe, expect, it } from 'vitest';
import type { CompiledAgreement } from '../../src/engine/compiled-agreement.js';
import { type History, historyUntil } from '../../src/engine/history.js';
import { catalogueJson, cataloguePlan, compiledOf, day, show } from '../helpers/agreement.js';

// Mutation testing (issue 6): outcomes and phase ends on the days they change.

const history = (compiled: CompiledAgreement, until: string, party: string | null = null, from: string | null = null) =>
  historyUntil(compiled, day(until), party, from === null ? null : day(from));
const terms = (h: History) => h.terms.map((t) => [t.number, show(t.start), show(t.end), show(t.noticeDeadline), t.outcome]);
const phases = (h: History) => h.phases.map((p) => [p.kind, show(p.start), show(p.end)]);

describe("GSOMIA's history", () => {
  const gsomia = cataloguePlan('gsomia');

  it('has term 4 current on its last day, 2020-11-22, and renewed from the next', () => {
    expect(terms(history(gsomia, '2020-11-22')).slice(2)).toEqual([
      [3, '2018-11-23', '2019-11-22', '2019-08-24', 'renewed'],
      [4, '2019-11-23', '2020-11-22', '2020-08-24', 'current'],
    ]);
    expect(terms(history(gsomia, '2020-11-23')).slice(3)).toEqual([
      [4, '2019-11-23', '2020-11-22', '2020-08-24', 'renewed'],
      [5, '2020-11-23', '2021-11-22', '2021-08-24', 'current'],
    ]);
  });

  it('has no terms and no phases before entry into force', () => {
    const before = history(gsomia, '2016-11-22');
    expect([before.terms, before.phases, before.events, before.endedOn, before.endReason]).toEqual([[], [], [], null, null]);
    expect(phases(history(gsomia, '2016-11-23'))).toEqual([['fixed-terms', '2016-11-23', null]]);
  });

  it('records what became of the 2019 notice, with the other events and their notes', () => {
    const events = history(gsomia, '2023-03-21').events;
    expect(events.map((e) => [e.index, e.type, show(e.date), e.party, e.state, show(e.effectiveOn)])).toEqual([
      [0, 'notice', '2019-08-23', 'KR', 'retracted', null],
      [1, 'suspension', '2019-11-22', 'KR', null, null],
      [2, 'retraction', '2023-03-21', 'KR', null, null],
    ]);
    expect(events[0]?.note).toMatch(/^Written notice of termination/);
    expect(history(gsomia, '2019-09-01').events.map((e) => [e.state, show(e.effectiveOn)])).toEqual([['pending', '2019-11-23']]);
  });

  it("keeps a bilateral agreement's events when asked for one party", () => {
    expect(history(gsomia, '2023-03-21', 'JP').events).toHaveLength(3);
    expect(history(gsomia, '2023-03-21', 'JP').participation).toEqual([]);
  });

  it('starts from the term holding `from`', () => {
    expect(terms(history(gsomia, '2020-11-23', null, '2019-11-23')).map((t) => t[0])).toEqual([4, 5]);
    expect(terms(history(gsomia, '2020-11-23', null, '2019-11-22')).map((t) => t[0])).toEqual([3, 4, 5]);
    expect(terms(history(gsomia, '2017-11-23', null, '2010-01-01')).map((t) => t[0])).toEqual([1, 2]);
  });

  it('gives no notes as null', () => {
    const compiled = compiledOf({
      ...(catalogueJson('gsomia') as Record<string, unknown>),
      events: [{ type: 'notice', date: '2019-08-23', party: 'KR' }],
    });
    expect(history(compiled, '2019-09-01').events[0]?.note).toBeNull();
  });
});

describe('the history of an initial term followed by indefinite duration (1965 Fisheries Agreement)', () => {
  const fisheries = cataloguePlan('japan-korea-fisheries-1965');

  it('has the initial term current on its last day, 1970-12-17, and continued from 1970-12-18', () => {
    const last = history(fisheries, '1970-12-17');
    expect(terms(last)).toEqual([[1, '1965-12-18', '1970-12-17', '1969-12-18', 'current']]);
    expect(phases(last)).toEqual([['fixed-terms', '1965-12-18', null]]);
    const next = history(fisheries, '1970-12-18');
    expect(terms(next)).toEqual([[1, '1965-12-18', '1970-12-17', '1969-12-18', 'continued']]);
    expect(phases(next)).toEqual([
      ['fixed-terms', '1965-12-18', '1970-12-17'],
      ['indefinite', '1970-12-18', null],
    ]);
  });

  it("ends the indefinite phase on 1999-01-22, the day before Japan's notice took effect", () => {
    const h = history(fisheries, '2000-01-01');
    expect([show(h.endedOn), h.endReason]).toEqual(['1999-01-23', 'notice']);
    expect(terms(h)).toEqual([[1, '1965-12-18', '1970-12-17', '1969-12-18', 'continued']]);
    expect(phases(h)).toEqual([
      ['fixed-terms', '1965-12-18', '1970-12-17'],
      ['indefinite', '1970-12-18', '1999-01-22'],
    ]);
    expect(h.events.map((e) => [e.state, show(e.effectiveOn)])).toEqual([['effective', '1999-01-23']]);
    expect(phases(history(fisheries, '1999-01-22'))[1]).toEqual(['indefinite', '1970-12-18', null]);
  });

  it('has no indefinite phase when a notice ends it with the initial term', () => {
    const compiled = compiledOf({
      ...(catalogueJson('japan-korea-fisheries-1965') as Record<string, unknown>),
      events: [{ type: 'notice', date: '1969-12-18', party: 'JP' }],
    });
    const h = history(compiled, '1975-01-01');
    expect(terms(h)).toEqual([[1, '1965-12-18', '1970-12-17', '1969-12-18', 'terminated']]);
    expect(phases(h)).toEqual([['fixed-terms', '1965-12-18', '1970-12-17']]);
  });
});

describe('the history of an expiring agreement (New START)', () => {
  const newStart = cataloguePlan('new-start');

  it('has the extended term expire on 2026-02-04', () => {
    const h = history(newStart, '2030-01-01');
    expect(terms(h)).toEqual([
      [1, '2011-02-05', '2021-02-04', '2020-11-05', 'renewed'],
      [2, '2021-02-05', '2026-02-04', null, 'expired'], // the last term ends anyway: no deadline
    ]);
    expect([show(h.endedOn), h.endReason]).toEqual(['2026-02-05', 'expiry']);
    expect(phases(h)).toEqual([['fixed-terms', '2011-02-05', '2026-02-04']]);
  });

  it('still shows the last term when asked from a day after it ended', () => {
    expect(terms(history(newStart, '2030-01-01', null, '2029-01-01')).map((t) => [t[0], t[4]])).toEqual([[2, 'expired']]);
  });

  it('has term 2 current on its last day', () => {
    const h = history(newStart, '2026-02-04');
    expect(terms(h).map((t) => t[4])).toEqual(['renewed', 'current']);
    expect([h.endedOn, phases(h)]).toEqual([null, [['fixed-terms', '2011-02-05', null]]]);
  });
});

describe('the history of a multilateral agreement (Open Skies)', () => {
  const openSkies = cataloguePlan('open-skies');

  it("records each party's participation, and only the party's own when asked for one", () => {
    const all = history(openSkies, '2022-01-01');
    expect(all.participation.map((p) => [p.party, show(p.from), show(p.until)])).toEqual([
      ['US', '2002-01-01', '2020-11-22'],
      ['RU', '2002-01-01', '2021-12-18'],
    ]);
    expect(all.events.map((e) => e.party)).toEqual(['US', 'RU']);
    expect(all.endedOn).toBeNull();
    const us = history(openSkies, '2022-01-01', 'US');
    expect(us.participation.map((p) => p.party)).toEqual(['US']);
    expect(us.events.map((e) => [e.party, e.state])).toEqual([['US', 'effective']]);
  });

  it('keeps an event that names no party when asked for one party', () => {
    const compiled = compiledOf({
      ...(catalogueJson('open-skies') as Record<string, unknown>),
      events: [{ type: 'termination', date: '2020-01-01' }],
    });
    const h = history(compiled, '2022-01-01', 'US');
    expect(h.events.map((e) => [e.type, e.party])).toEqual([['termination', null]]);
    expect(h.participation.map((p) => [p.party, show(p.until)])).toEqual([['US', '2020-01-01']]);
    expect([show(h.endedOn), h.endReason]).toEqual(['2020-01-01', 'termination']);
  });
});

describe('the history of an agreement indefinite from entry into force (INF)', () => {
  const inf = cataloguePlan('inf');

  it('has no terms, only an indefinite phase, ended by the US withdrawal on 2019-08-02', () => {
    const h = history(inf, '2020-01-01');
    expect([h.terms, phases(h), show(h.endedOn), h.endReason]).toEqual([
      [],
      [['indefinite', '1988-06-01', '2019-08-01']],
      '2019-08-02',
      'notice',
    ]);
  });

  it('has no terms when asked from a later day either', () => {
    const h = history(inf, '2019-01-01', null, '2000-01-01');
    expect([h.terms, phases(h), show(h.from)]).toEqual([[], [['indefinite', '1988-06-01', null]], '2000-01-01']);
  });
});
