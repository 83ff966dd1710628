import { describe, expect, it } from 'vitest';
import { explainStatus } from '../../src/engine/explain/status.js';
import { historyUntil } from '../../src/engine/history.js';
import { noticeEffect } from '../../src/engine/notice-effect.js';
import { statusOn } from '../../src/engine/status.js';
import { termsOf } from '../../src/engine/terms.js';
import { timelineOf } from '../../src/engine/timeline.js';
import { validateDefinition } from '../../src/engine/validate.js';
import { en } from '../../src/render/messages/en.js';
import { compiledOf, type DefinitionFields, day, definition, type EventInput, problemsOf, show } from '../helpers/agreement.js';

// The clause patterns of SPEC §6. Expected days come from SPEC §6's worked examples and
// from the reference facts (treaties-v2.md, second set), quoted beside each; where a test
// needs a date neither gives (an entry into force), it says the date is only a setting.

/** The first day out of force of the agreement's notice number `index`, as replayed. */
const effectOf = (compiled: ReturnType<typeof compiledOf>, index = 0) => show(compiled.course.notices[index]?.stages.at(-1)?.effectiveOn);

/** An ILO-shaped bilateral agreement (SPEC §6 windows), in force 1951-01-01 (a setting). */
const bilateralIlo = () =>
  compiledOf({
    entryIntoForce: '1951-01-01',
    duration: { initial: null, then: 'indefinite' },
    termination: { notice: 'P1Y', effect: 'after-notice', windows: { every: 'P10Y', length: 'P1Y' } },
  });

const multilateral = (
  parties: string[],
  entryIntoForce: string,
  termination: NonNullable<DefinitionFields['termination']>,
  events: EventInput[] = [],
) => ({
  kind: 'multilateral',
  parties,
  entryIntoForce,
  duration: { initial: null, then: 'indefinite' },
  termination,
  events,
});

describe('roundTo "month-start": the Istanbul Convention (Council of Europe)', () => {
  // treaties-v2.md: in force 2014-08-01; effective on the first day of the month following
  // three months after receipt; Turkey, received 2021-03-22 (or 2021-03-20): out from 2021-07-01.
  const termination = { notice: 'P3M', effect: 'after-notice', lapse: 'next-day', roundTo: 'month-start' };
  const istanbul = (received: string) =>
    compiledOf(multilateral(['TR', 'FR'], '2014-08-01', termination, [{ type: 'notice', date: received, party: 'TR' }]));

  it('takes Turkey out from 2021-07-01 after receipt on 2021-03-22', () => {
    const compiled = istanbul('2021-03-22');
    expect(effectOf(compiled)).toBe('2021-07-01');
    expect(statusOn(compiled, day('2021-06-30'), 'TR').inForce).toBe(true);
    const out = statusOn(compiled, day('2021-07-01'), 'TR');
    expect([out.inForce, show(out.endedOn)]).toEqual([false, '2021-07-01']);
    expect(statusOn(compiled, day('2021-07-01'), 'FR').inForce).toBe(true);
  });

  it('gives 2021-07-01 as well for receipt on 2021-03-20, the other date cited', () => {
    expect(effectOf(istanbul('2021-03-20'))).toBe('2021-07-01');
  });

  it('records each step: 2021-03-22 + P3M = 06-22, the next day 06-23, rounded to 07-01', () => {
    const compiled = istanbul('2021-03-22');
    const effect = noticeEffect(compiled, termsOf(compiled), day('2021-03-22'));
    expect([show(effect.reach), show(effect.rounded), show(effect.effectiveOn)]).toEqual(['2021-06-22', '2021-07-01', '2021-07-01']);
    expect([effect.cutOff, effect.missedCutOff, effect.requested, effect.requestHonoured]).toEqual([null, false, null, null]);
  });
});

describe('roundTo "--12-31": the UNESCO Constitution, Art. II(6)', () => {
  // treaties-v2.md: US notice 2017-10-12 → 2018-12-31; Israel received 2017-12-29 →
  // 2018-12-31; the US accepted the Constitution again 2023-07-10; US notice 2025-07-22 →
  // 2026-12-31. The entry into force (1946-11-04) is only a setting here.
  const compiled = compiledOf(
    multilateral(['US', 'IL', 'FR'], '1946-11-04', { notice: 'P1Y', effect: 'after-notice', roundTo: '--12-31' }, [
      { type: 'notice', date: '2017-10-12', party: 'US' },
      { type: 'notice', date: '2017-12-29', party: 'IL' },
      { type: 'accession', date: '2023-07-10', party: 'US' },
      { type: 'notice', date: '2025-07-22', party: 'US' },
    ]),
  );

  it('takes the United States out from 2018-12-31 after its notice of 2017-10-12', () => {
    expect(effectOf(compiled, 0)).toBe('2018-12-31');
    expect(statusOn(compiled, day('2018-12-30'), 'US').inForce).toBe(true);
    expect(statusOn(compiled, day('2018-12-31'), 'US').inForce).toBe(false);
  });

  it('takes Israel out the same day, 2018-12-31, after receipt on 2017-12-29', () => {
    expect(effectOf(compiled, 1)).toBe('2018-12-31');
  });

  it('takes the United States out again from 2026-12-31 after its notice of 2025-07-22', () => {
    expect(effectOf(compiled, 2)).toBe('2026-12-31');
    expect(statusOn(compiled, day('2026-12-30'), 'US').inForce).toBe(true);
    expect(show(statusOn(compiled, day('2026-12-31'), 'US').endedOn)).toBe('2026-12-31');
  });

  it('answers "31 December of the year following" for a notice received that day', () => {
    expect(show(statusOn(compiled, day('2017-10-12'), 'FR').notice.effectiveOn)).toBe('2018-12-31');
    expect(show(statusOn(compiled, day('2018-01-01'), 'FR').notice.effectiveOn)).toBe('2019-12-31');
  });
});

describe('noticeBy: the Whaling Convention, Art. XI', () => {
  // SPEC §6: notice P0D, roundTo --06-30, noticeBy --01-01; Japan, received 2018-12-26 →
  // 2019-06-30; a notice of 2019-01-02 → 2020-06-30. In force 1948-11-10 (treaties-v2.md).
  const termination = { notice: 'P0D', effect: 'after-notice', roundTo: '--06-30', noticeBy: '--01-01' };
  const whaling = compiledOf(multilateral(['JP', 'NO'], '1948-11-10', termination, [{ type: 'notice', date: '2018-12-26', party: 'JP' }]));

  it('takes Japan out on 2019-06-30 after receipt on 2018-12-26', () => {
    expect(effectOf(whaling)).toBe('2019-06-30');
    expect(statusOn(whaling, day('2019-06-29'), 'JP').inForce).toBe(true);
    expect(statusOn(whaling, day('2019-06-30'), 'JP').inForce).toBe(false);
  });

  it('moves a notice of 2019-01-02, after the 1 January cut-off, to 2020-06-30', () => {
    expect(show(statusOn(whaling, day('2019-01-02'), 'NO').notice.effectiveOn)).toBe('2020-06-30');
    const effect = noticeEffect(whaling, termsOf(whaling), day('2019-01-02'));
    expect([show(effect.rounded), show(effect.cutOff), effect.missedCutOff]).toEqual(['2019-06-30', '2019-01-01', true]);
  });

  it('still reaches 30 June of the same year on the cut-off day itself ("on or before 1 January")', () => {
    expect(show(statusOn(whaling, day('2019-01-01'), 'NO').notice.effectiveOn)).toBe('2019-06-30');
    expect(noticeEffect(whaling, termsOf(whaling), day('2019-01-01')).missedCutOff).toBe(false);
  });
});

describe('windows: an ILO convention', () => {
  // SPEC §6: "may denounce it after the expiration of ten years from the date on which the
  // Convention first comes into force … within the year following … and thereafter … at the
  // expiration of each period of ten years": every P10Y, length P1Y, notice P1Y after
  // notice. Window k runs from S + k·P10Y through the day before S + k·P10Y + P1Y. The
  // entry into force (1951-01-01) is only a setting.
  const termination = { notice: 'P1Y', effect: 'after-notice', windows: { every: 'P10Y', length: 'P1Y' } };
  const ilo = (events: EventInput[] = []) => compiledOf(multilateral(['AA', 'BB'], '1951-01-01', termination, events));

  it('allows notice inside the first window, 1961-01-01 … 1961-12-31, effective a year later', () => {
    for (const [on, effective] of [
      ['1961-01-01', '1962-01-01'],
      ['1961-12-31', '1962-12-31'],
    ] as const) {
      const notice = statusOn(ilo(), day(on), 'AA').notice;
      expect([notice.possible, show(notice.earliestOn), show(notice.effectiveOn)], on).toEqual([true, '1961-01-01', effective]);
    }
  });

  it("refuses notice outside a window and names the next window's first day", () => {
    for (const [on, next] of [
      ['1960-12-31', '1961-01-01'],
      ['1962-01-01', '1971-01-01'],
      ['1970-12-31', '1971-01-01'],
    ] as const) {
      const notice = statusOn(ilo(), day(on), 'AA').notice;
      expect([notice.possible, show(notice.earliestOn), notice.effectiveOn], on).toEqual([false, next, null]);
    }
  });

  it('opens the second window ten years on, 1971-01-01 … 1971-12-31', () => {
    const inside = statusOn(ilo(), day('1971-06-30'), 'AA').notice;
    expect([inside.possible, show(inside.windowLastDay)]).toEqual([true, '1971-12-31']);
    expect(statusOn(ilo(), day('1972-01-01'), 'AA').notice.windowLastDay).toBeNull();
    expect(show(statusOn(ilo(), day('1972-01-01'), 'AA').notice.earliestOn)).toBe('1981-01-01');
  });

  it('takes a notice given inside a window, and refuses one outside at its date', () => {
    expect(effectOf(ilo([{ type: 'notice', date: '1971-12-31', party: 'AA' }]))).toBe('1972-12-31');
    const outside = [{ type: 'notice', date: '1965-03-01', party: 'AA' }];
    const problems = problemsOf(multilateral(['AA', 'BB'], '1951-01-01', termination, outside));
    expect(problems.map((problem) => problem.path)).toEqual([['events', 0, 'date']]);
    expect(problems[0]?.message).toMatch(/outside the windows.*1971-01-01/);
  });
});

describe("a notice's own effectiveOn: the Rome Statute, Art. 127(1)", () => {
  // SPEC §6: "one year after the date of receipt of the notification, unless the
  // notification specifies a later date"; the later of the two days, an earlier request
  // not honoured. The entry into force (2002-07-01) and the notices are only settings.
  const oneYear = { notice: 'P1Y', effect: 'after-notice' };
  const rome = (effectiveOn: string) =>
    compiledOf(multilateral(['AA', 'BB'], '2002-07-01', oneYear, [{ type: 'notice', date: '2016-10-27', party: 'AA', effectiveOn }]));

  it('honours a later day asked for: 2018-01-01 rather than 2017-10-27', () => {
    const compiled = rome('2018-01-01');
    expect(effectOf(compiled)).toBe('2018-01-01');
    const notice = compiled.course.notices[0];
    expect([show(notice?.requested), notice?.requestHonoured]).toEqual(['2018-01-01', true]);
    expect(statusOn(compiled, day('2017-12-31'), 'AA').inForce).toBe(true);
  });

  it('does not honour an earlier day, and says so: one year after receipt, 2017-10-27', () => {
    const compiled = rome('2017-03-01');
    expect(effectOf(compiled)).toBe('2017-10-27');
    const notice = compiled.course.notices[0];
    expect([show(notice?.requested), notice?.requestHonoured]).toEqual(['2017-03-01', false]);
    expect(statusOn(compiled, day('2017-05-01'), 'AA').pending[0]).toMatchObject({ effectiveOn: day('2017-10-27') });
  });
});

describe('duration.until: SORT, "in force until December 31, 2012"', () => {
  // treaties-v2.md: in force 2003-06-01, until 2012-12-31 (its last day), superseded when
  // New START entered into force, 2011-02-05; three months' notice.
  const sort = (events: EventInput[] = []) =>
    compiledOf({
      parties: ['US', 'RU'],
      entryIntoForce: '2003-06-01',
      duration: { until: '2012-12-31', then: 'expire' },
      termination: { notice: 'P3M', effect: 'after-notice' },
      events,
    });

  it('is in force through 2012-12-31 and out from 2013-01-01', () => {
    expect(statusOn(sort(), day('2012-12-31')).inForce).toBe(true);
    const after = statusOn(sort(), day('2013-01-01'));
    expect([after.inForce, show(after.endedOn), after.endReason]).toEqual([false, '2013-01-01', 'expiry']);
  });

  it('has one fixed term, 2003-06-01 … 2012-12-31, with no renewal', () => {
    const status = statusOn(sort(), day('2010-01-01'));
    const term = [status.term?.number, show(status.term?.start), show(status.term?.end), status.nextRenewal];
    expect(term).toEqual([1, '2003-06-01', '2012-12-31', null]);
  });

  it('ends on 2011-02-05 when superseded by consent', () => {
    const superseded = statusOn(sort([{ type: 'termination', date: '2011-02-05' }]), day('2011-02-05'));
    expect([superseded.inForce, show(superseded.endedOn), superseded.endReason]).toEqual([false, '2011-02-05', 'termination']);
  });

  it('cuts a withdrawal at the fixed end: notice 2012-11-01 + P3M would be 2013-02-01', () => {
    expect(show(statusOn(sort(), day('2012-11-01')).notice.effectiveOn)).toBe('2013-01-01');
  });
});

describe("an extension's until: a new last day (USMCA-style review)", () => {
  // treaties-v2.md: USMCA in force 2020-07-01, ends 16 years after entry into force unless
  // confirmed at the review of 2026-07-01 for a new 16-year term; the new last day here,
  // 2052-06-30 (16 years from the review), is only a setting.
  const usmca = (events: EventInput[]) =>
    compiledOf({
      parties: ['US', 'MX', 'CA'],
      entryIntoForce: '2020-07-01',
      duration: { initial: 'P16Y', then: 'expire' },
      termination: { notice: 'P6M', effect: 'after-notice' },
      events,
    });

  it('expires on 2036-07-01 without the extension, and runs through 2052-06-30 with it', () => {
    expect(statusOn(usmca([]), day('2036-07-01')).inForce).toBe(false);
    const extended = usmca([{ type: 'extension', date: '2026-07-01', until: '2052-06-30' }]);
    expect(statusOn(extended, day('2052-06-30')).inForce).toBe(true);
    expect(show(statusOn(extended, day('2052-07-01')).endedOn)).toBe('2052-07-01');
  });

  it('counts a later extension by term from the new end: 2052-07-01 + P1Y → 2053-07-01', () => {
    const extended = usmca([
      { type: 'extension', date: '2026-07-01', until: '2052-06-30' },
      { type: 'extension', date: '2040-01-01', term: 'P1Y' },
    ]);
    expect(show(statusOn(extended, day('2053-07-01')).endedOn)).toBe('2053-07-01');
    expect(statusOn(extended, day('2053-06-30')).inForce).toBe(true);
  });

  it('refuses an until that does not move the end, at its until', () => {
    const fields = {
      parties: ['US', 'MX'],
      entryIntoForce: '2020-07-01',
      duration: { initial: 'P16Y', then: 'expire' },
      termination: { notice: 'P6M', effect: 'after-notice' },
      events: [{ type: 'extension', date: '2026-07-01', until: '2036-06-30' }],
    };
    const problems = problemsOf(fields);
    expect(problems.map((problem) => problem.path)).toEqual([['events', 0, 'until']]);
    expect(problems[0]?.message).toMatch(/does not extend.*2036-06-30/);
  });
});

describe("a notice's sent day: recorded, receipt counts (Russia–Ukraine Treaty of Friendship)", () => {
  // treaties-v2.md: in force 1999-04-01; ten years, renewed for ten-year periods unless
  // notice at least six months before the end; note sent 2018-09-21, received 2018-09-24;
  // out of force from 2019-04-01.
  const friendship = (sent: string, received: string) =>
    compiledOf({
      parties: ['UA', 'RU'],
      entryIntoForce: '1999-04-01',
      duration: { initial: 'P10Y', then: 'renew', renewal: 'P10Y' },
      termination: { notice: 'P6M', effect: 'end-of-term' },
      events: [{ type: 'notice', date: received, party: 'UA', sent }],
    });

  it('ends the treaty from 2019-04-01 after the note received 2018-09-24, sent 2018-09-21', () => {
    const compiled = friendship('2018-09-21', '2018-09-24');
    expect(effectOf(compiled)).toBe('2019-04-01');
    const notice = compiled.course.notices[0];
    expect([show(notice?.sent), show(notice?.received)]).toEqual(['2018-09-21', '2018-09-24']);
    expect(show(statusOn(compiled, day('2019-04-01')).endedOn)).toBe('2019-04-01');
  });

  it('judges timeliness by receipt: sent on the 2018-09-30 deadline, received after it, it misses the 2019 end', () => {
    // 2019-03-31 (the term's last day) − P6M = 2018-09-30 (SPEC §2 forward rule)
    expect(effectOf(friendship('2018-09-30', '2018-10-02'))).toBe('2029-04-01');
  });
});

describe('survives: the Energy Charter Treaty, Art. 47(3)', () => {
  // treaties-v2.md: in force 1998-04-16; receipt + 1 year + 1 day; 20 years' protection
  // for existing investments; Italy 2014-12-31 → 2016-01-01; United Kingdom 2024-04-26 →
  // 2025-04-27. The obligations continue through the day before E + P20Y (SPEC §6).
  const what = 'protection of investments existing on the day the withdrawal takes effect';
  const energyCharter = { notice: 'P1Y', effect: 'after-notice', lapse: 'next-day', survives: { for: 'P20Y', what } };
  const compiled = compiledOf(
    multilateral(['IT', 'GB', 'JP'], '1998-04-16', energyCharter, [
      { type: 'notice', date: '2014-12-31', party: 'IT' },
      { type: 'notice', date: '2024-04-26', party: 'GB' },
    ]),
  );

  it('takes Italy out from 2016-01-01, its investments protected through 2035-12-31', () => {
    const italy = statusOn(compiled, day('2016-01-01'), 'IT');
    const answer = [italy.inForce, show(italy.endedOn), show(italy.survives?.until), italy.survives?.what];
    expect(answer).toEqual([false, '2016-01-01', '2035-12-31', what]);
  });

  it('takes the United Kingdom out from 2025-04-27, protected through 2045-04-26', () => {
    expect(statusOn(compiled, day('2025-04-26'), 'GB').survives).toBeNull();
    expect(show(statusOn(compiled, day('2025-04-27'), 'GB').survives?.until)).toBe('2045-04-26');
  });

  it('names no surviving obligations for a party still in', () => {
    expect(statusOn(compiled, day('2025-04-27'), 'JP').survives).toBeNull();
  });
});

describe('the notice deadline of a fixed initial term under roundTo', () => {
  // SPEC §2: a withdrawal never takes effect before the initial term ends, and the initial
  // term has a notice deadline by the forward rule: the latest receipt whose effect day
  // (SPEC §6: period, lapse, roundTo, noticeBy) is no later than the day after the term.
  const initial = (entryIntoForce: string, termination: NonNullable<DefinitionFields['termination']>) =>
    compiledOf({ entryIntoForce, duration: { initial: 'P5Y', then: 'indefinite' }, termination });

  it("gives 2019-12-31 for UNESCO's rule and a term ending 2020-12-31 (2020-01-01 would reach 2021-12-31)", () => {
    const compiled = initial('2016-01-01', { notice: 'P1Y', effect: 'after-notice', roundTo: '--12-31' });
    expect(show(statusOn(compiled, day('2019-06-01')).notice.deadline)).toBe('2019-12-31');
    expect(show(statusOn(compiled, day('2019-12-31')).notice.effectiveOn)).toBe('2021-01-01');
    expect(show(statusOn(compiled, day('2020-01-01')).notice.effectiveOn)).toBe('2021-12-31');
  });

  it("gives 2020-09-30 for the Council of Europe's rule and a term ending 2021-01-14", () => {
    const compiled = initial('2016-01-15', { notice: 'P3M', effect: 'after-notice', lapse: 'next-day', roundTo: 'month-start' });
    expect(show(statusOn(compiled, day('2020-06-01')).notice.deadline)).toBe('2020-09-30');
    expect(show(statusOn(compiled, day('2020-09-30')).notice.effectiveOn)).toBe('2021-01-15');
    expect(show(statusOn(compiled, day('2020-10-01')).notice.effectiveOn)).toBe('2021-02-01');
  });
});

describe('the history of a notice that asked for its own day, and of an extension by until', () => {
  it('records the request and whether it was honoured, the day sent, and the new last day', () => {
    const compiled = compiledOf({
      kind: 'multilateral',
      entryIntoForce: '2002-07-01',
      duration: { initial: 'P20Y', then: 'expire' },
      termination: { notice: 'P1Y', effect: 'after-notice' },
      events: [
        { type: 'notice', date: '2016-10-27', party: 'AA', sent: '2016-10-25', effectiveOn: '2017-03-01' },
        { type: 'extension', date: '2020-01-01', until: '2030-06-30' },
      ],
    });
    const [notice, extension] = historyUntil(compiled, day('2031-01-01')).events;
    expect([show(notice?.sent), show(notice?.requested), notice?.requestHonoured, show(notice?.effectiveOn)]).toEqual([
      '2016-10-25',
      '2017-03-01',
      false,
      '2017-10-27',
    ]);
    expect(show(extension?.until)).toBe('2030-06-30');
  });
});

describe('the next deadline under roundTo', () => {
  it("names none once the initial term's deadline (2019-12-31, UNESCO's rule) has passed", () => {
    const compiled = compiledOf({
      entryIntoForce: '2016-01-01',
      duration: { initial: 'P5Y', then: 'indefinite' },
      termination: { notice: 'P1Y', effect: 'after-notice', roundTo: '--12-31' },
    });
    expect(show(statusOn(compiled, day('2019-12-31')).notice.nextDeadline)).toBe('2019-12-31');
    expect(statusOn(compiled, day('2020-01-01')).notice.nextDeadline).toBeNull();
  });
});

describe('a warning about a fixed last day too close for notice', () => {
  it('names the last day when the notice period is not shorter than the term it ends', () => {
    const result = validateDefinition(
      definition({
        entryIntoForce: '2012-10-01',
        duration: { until: '2012-12-31', then: 'expire' },
        termination: { notice: 'P6M', effect: 'end-of-term' },
      }),
    );
    expect(result.ok && result.warnings.map((warning) => warning.message)).toEqual([
      'the notice period P6M is not shorter than the first term (through 2012-12-31): no notice can stop its end',
    ]);
  });
});

describe('explanations of the new rules (their own wording is still to come)', () => {
  it('explain a day outside the windows without an earliest-notice step built from no earliest rule', () => {
    const compiled = bilateralIlo();
    const steps = explainStatus(compiled, statusOn(compiled, day('2019-01-02')));
    expect(steps.map((step) => step.kind)).not.toContain('earliest');
  });

  it('say a zero notice period in words: P0D → "0 days"', () => {
    expect(
      en.duration(
        compiledOf({
          entryIntoForce: '1948-11-10',
          duration: { initial: null, then: 'indefinite' },
          termination: { notice: 'P0D', effect: 'after-notice', roundTo: '--06-30', noticeBy: '--01-01' },
        }).notice,
      ),
    ).toBe('0 days');
  });
});

describe('the timeline of an agreement with windows for notice', () => {
  it('shows notice possible only inside the windows: 1961 and 1971 of 1960-06-01 … 1972-06-30', () => {
    const compiled = bilateralIlo();
    const { windows } = timelineOf(compiled, day('1960-06-01'), day('1972-06-30'), day('1965-01-01'), null);
    expect(windows.map((span) => [show(span.from), show(span.to)])).toEqual([
      ['1961-01-01', '1961-12-31'],
      ['1971-01-01', '1971-12-31'],
    ]);
  });
});
