import { describe, expect, it } from 'vitest';
import { compileValid } from '../../src/engine/compile.js';
import { GsomiaError } from '../../src/errors.js';
import type { Agreement } from '../../src/model/schema.js';
import { catalogueJson, cataloguePlan, compiledOf, show } from '../helpers/agreement.js';

// Mutation testing (issue 6). The schema checks every date and duration before compileValid
// sees them; should an unchecked definition ever reach it, the error still names the field.

const gsomia = catalogueJson('gsomia') as Agreement;

describe('compileValid', () => {
  it("compiles GSOMIA: in force 2016-11-23, one year then yearly, 90 days' notice, no lapse day", () => {
    const compiled = cataloguePlan('gsomia');
    expect([compiled.id, compiled.name, compiled.multilateral, compiled.parties, compiled.timeZone, show(compiled.start)]).toEqual([
      'gsomia',
      'GSOMIA',
      false,
      ['JP', 'KR'],
      'Asia/Tokyo',
      '2016-11-23',
    ]);
    expect([
      compiled.initial?.text,
      compiled.then,
      compiled.renewal?.text,
      compiled.notice.text,
      compiled.effect,
      compiled.lapseDays,
      compiled.earliest,
    ]).toEqual(['P1Y', 'renew', 'P1Y', 'P90D', 'end-of-term', 0, null]);
    expect(compiled.events.map((e) => [e.index, e.type, show(e.day), e.party, e.term])).toEqual([
      [0, 'notice', '2019-08-23', 'KR', null],
      [1, 'suspension', '2019-11-22', 'KR', null],
      [2, 'retraction', '2023-03-21', 'KR', null],
    ]);
  });

  it('counts a lapse day only for "next-day", and reads the earliest rule and extension terms', () => {
    const icsid = compiledOf({
      entryIntoForce: '1966-10-14',
      duration: { initial: null, then: 'indefinite' },
      termination: { notice: 'P6M', effect: 'after-notice', lapse: 'next-day', earliest: 'P1Y' },
    });
    expect([icsid.lapseDays, icsid.initial, icsid.renewal, icsid.earliest?.text, icsid.name, icsid.multilateral]).toEqual([
      1,
      null,
      null,
      'P1Y',
      'Synthetic agreement',
      false,
    ]);
    expect(cataloguePlan('inf').lapseDays).toBe(0);
    expect(cataloguePlan('nato').multilateral).toBe(true);
    const extension = cataloguePlan('new-start').events[0];
    expect([extension?.term?.months, extension?.term?.days, extension?.party, extension?.note]).toEqual([
      60,
      0,
      null,
      expect.stringMatching(/^Five-year/),
    ]);
  });

  it.each([
    ['entryIntoForce', { ...gsomia, entryIntoForce: '2016-02-30' }, 'invalid entryIntoForce "2016-02-30"'],
    ['duration.initial', { ...gsomia, duration: { ...gsomia.duration, initial: 'P1X' } }, 'invalid duration.initial "P1X"'],
    ['duration.renewal', { ...gsomia, duration: { ...gsomia.duration, renewal: 'P1X' } }, 'invalid duration.renewal "P1X"'],
    [
      'termination.notice',
      { ...gsomia, termination: { ...gsomia.termination, notice: '90 days' } },
      'invalid termination.notice "90 days"',
    ],
    ['termination.earliest', { ...gsomia, termination: { ...gsomia.termination, earliest: 'P' } }, 'invalid termination.earliest "P"'],
    [
      'events[1].date',
      { ...gsomia, events: [gsomia.events[0], { ...gsomia.events[1], date: '2019-11-31' }] },
      'invalid events[1].date "2019-11-31"',
    ],
    [
      'events[0].term',
      { ...gsomia, events: [{ type: 'extension', date: '2020-01-01', term: 'five years' }] },
      'invalid events[0].term "five years"',
    ],
  ])('names %s when handed a value the schema would have rejected', (_field, unchecked, message) => {
    expect(() => compileValid(unchecked as Agreement)).toThrow(GsomiaError);
    expect(() => compileValid(unchecked as Agreement)).toThrow(message);
  });
});
