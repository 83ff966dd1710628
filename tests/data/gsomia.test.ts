import { describe, expect, it } from 'vitest';
import { historyUntil } from '../../src/engine/history.js';
import { mainReadingOf, readingsOf } from '../../src/engine/readings.js';
import { statusOn } from '../../src/engine/status.js';
import { cataloguePlan, day, show } from '../helpers/agreement.js';

const gsomia = cataloguePlan('gsomia');

describe("GSOMIA (SPEC §5: in force 2016-11-23, yearly terms, 90 days' notice)", () => {
  it('renewed on 2017-11-23 and 2018-11-23 with deadlines 2017-08-24 and 2018-08-24', () => {
    const { terms } = historyUntil(gsomia, day('2019-01-01'));
    expect(terms.map((t) => [t.number, show(t.start), show(t.end), show(t.noticeDeadline), t.outcome])).toEqual([
      [1, '2016-11-23', '2017-11-22', '2017-08-24', 'renewed'],
      [2, '2017-11-23', '2018-11-22', '2018-08-24', 'renewed'],
      [3, '2018-11-23', '2019-11-22', '2019-08-24', 'current'],
    ]);
  });

  it('would have ended on 2019-11-23 after the ROK notice of 2019-08-23, within the 2019-08-24 deadline', () => {
    const status = statusOn(gsomia, day('2019-08-23'));
    expect(show(status.notice.deadline)).toBe('2019-08-24');
    expect(status.pending.map((n) => [n.party, n.state, show(n.effectiveOn)])).toEqual([['KR', 'pending', '2019-11-23']]);
    expect(status.nextRenewal).toBeNull();
  });

  it('answers the SPEC example for 2020-08-24: term 4, deadline that day, the notice suspended with 1 day left', () => {
    const status = statusOn(gsomia, day('2020-08-24'));
    expect(status.term && [status.term.number, show(status.term.start), show(status.term.end)]).toEqual([4, '2019-11-23', '2020-11-22']);
    expect(show(status.nextRenewal)).toBe('2020-11-23');
    expect([status.notice.possible, show(status.notice.deadline), status.notice.daysLeft, show(status.notice.effectiveOn)]).toEqual([
      true,
      '2020-08-24',
      0,
      '2020-11-23',
    ]);
    expect(status.pending.map((n) => [n.party, show(n.received), n.state, n.effectiveOn, n.remainingDays])).toEqual([
      ['KR', '2019-08-23', 'suspended', null, 1],
    ]);
  });

  it('can no longer stop the 2020 renewal on 2020-08-25', () => {
    const { notice } = statusOn(gsomia, day('2020-08-25'));
    expect([notice.possible, notice.daysLeft, show(notice.nextDeadline), show(notice.effectiveOn)]).toEqual([
      false,
      -1,
      '2021-08-24',
      '2021-11-23',
    ]);
  });

  it('has nothing pending once the ROK withdrew its notes on 2023-03-21', () => {
    expect(statusOn(gsomia, day('2023-03-20')).pending).toHaveLength(1);
    const status = statusOn(gsomia, day('2023-03-21'));
    expect([status.inForce, status.pending]).toEqual([true, []]);
  });
});

// SPEC §7 and the reference's "Readings": Seoul (Hankyoreh 2020-08-05, Yonhap 2020-01-09)
// revives the suspended notice, one day left; Tokyo (Nikkei via Arirang 2020-08-24) reads the
// 2019-11-22 suspension as spending it, so a new notice must meet the 2020-08-24 deadline.
describe("GSOMIA's readings of 2020: Seoul's (main) and Tokyo's", () => {
  const tokyo = readingsOf(gsomia).find((reading) => reading.id === 'tokyo')!.compiled;

  it('names Seoul as the main reading and Tokyo as the other', () => {
    expect(mainReadingOf(gsomia)?.id).toBe('seoul');
    expect(readingsOf(gsomia).map((reading) => reading.id)).toEqual(['tokyo']);
  });

  it('on 2020-08-25: earliest end 2020-08-26 for Seoul (resume, one day left), 2021-11-23 for Tokyo', () => {
    expect(show(statusOn(gsomia, day('2020-08-25')).earliestEnd)).toBe('2020-08-26');
    expect(show(statusOn(tokyo, day('2020-08-25')).earliestEnd)).toBe('2021-11-23');
  });

  it('on 2020-08-24, Tokyo: a notice that day meets the deadline and ends it from 2020-11-23', () => {
    const status = statusOn(tokyo, day('2020-08-24'));
    expect([status.notice.possible, show(status.notice.deadline), show(status.earliestEnd)]).toEqual([true, '2020-08-24', '2020-11-23']);
    expect(status.pending).toEqual([]);
  });

  it('agree on the record itself: in force, renewed every year since', () => {
    const { terms } = historyUntil(tokyo, day('2026-11-28'));
    expect(terms.map((t) => t.outcome).slice(0, 9)).toEqual(Array(9).fill('renewed'));
  });
});
