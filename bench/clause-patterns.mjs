// A third catalogue for the scale benchmark: the clause patterns of SPEC §6 and the
// readings of §7, shaped on the catalogue's real agreements: a withdrawal on the first day
// of a month after three months (Istanbul Convention), on 31 December (UNESCO), on 30 June
// after notice by 1 January (Whaling Convention), notice only in windows (ILO), a fixed
// last day (SORT), obligations that survive a withdrawal (Energy Charter Treaty), a notice
// naming its own later day and its sending day (Rome Statute), and an annual renewal with a
// second reading of its notice period. A notice event in about a third of the files.
// Deterministic, like the other two (generate.mjs's generator, under a seed of its own).
//
//   node bench/clause-patterns.mjs 10000 bench/out/clause-patterns-10000

import { seeded, writeCatalogue } from './generate.mjs';

const pad = (n) => String(n).padStart(2, '0');

export function generateClausePatterns(count, seed = 20111201) {
  const random = seeded(seed);
  const int = (low, high) => low + Math.floor(random() * (high - low + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const CODES = ['AT', 'BG', 'CY', 'DE', 'EE', 'FR', 'GE', 'HR', 'IS', 'JP', 'KR', 'LV', 'MT', 'NL', 'PL', 'RO'];
  const parties = (n) => {
    const chosen = new Set();
    while (chosen.size < n) chosen.add(pick(CODES));
    return [...chosen];
  };
  // Days 1–28, so adding whole years or months never clamps and every event is consistent.
  const ymd = (year, month, day) => `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  const indefinite = { initial: null, then: 'indefinite' };
  const withdrawal = (id, title, termination, withNotice, extra = {}) => {
    const [year, month, day] = [int(1950, 2015), int(1, 12), int(1, 28)];
    const members = parties(int(3, 6));
    const events = withNotice ? [{ type: 'notice', date: ymd(year + int(2, 8), month, day), party: members[0] }] : [];
    return {
      id,
      title: `${title} ${id}`,
      kind: 'multilateral',
      parties: members,
      timeZone: pick(['Europe/Brussels', 'Europe/Paris', 'UTC']),
      entryIntoForce: ymd(year, month, day),
      duration: indefinite,
      termination,
      events,
      ...extra,
    };
  };
  const patterns = [
    (id, withNotice) =>
      withdrawal(
        id,
        'Convention (month-start)',
        { notice: 'P3M', effect: 'after-notice', lapse: 'next-day', roundTo: 'month-start' },
        withNotice,
      ),
    (id, withNotice) =>
      withdrawal(id, 'Constitution (31 December)', { notice: 'P1Y', effect: 'after-notice', roundTo: '--12-31' }, withNotice),
    (id, withNotice) =>
      withdrawal(
        id,
        'Convention (30 June)',
        { notice: 'P0D', effect: 'after-notice', roundTo: '--06-30', noticeBy: '--01-01' },
        withNotice,
      ),
    (id, withNotice) =>
      withdrawal(
        id,
        'Treaty (survival)',
        { notice: 'P1Y', effect: 'after-notice', lapse: 'next-day', survives: { for: 'P20Y', what: 'protection of investments' } },
        withNotice,
      ),
    // Windows: a notice, when there is one, on the first day of a window.
    (id, withNotice) => {
      const [year, month, day] = [int(1950, 2000), int(1, 12), int(1, 28)];
      const members = parties(int(3, 6));
      const k = int(1, 2);
      return {
        id,
        title: `Convention (windows) ${id}`,
        kind: 'multilateral',
        parties: members,
        entryIntoForce: ymd(year, month, day),
        duration: indefinite,
        termination: { notice: 'P1Y', effect: 'after-notice', windows: { every: 'P10Y', length: 'P1Y' } },
        events: withNotice ? [{ type: 'notice', date: ymd(year + 10 * k, month, day), party: members[1] }] : [],
      };
    },
    // A fixed last day, withdrawal three months after notice.
    (id, withNotice) => {
      const [year, month, day] = [int(1990, 2020), int(1, 12), int(1, 28)];
      const pair = parties(2);
      return {
        id,
        title: `Treaty (fixed last day) ${id}`,
        parties: pair,
        entryIntoForce: ymd(year, month, day),
        duration: { until: ymd(year + int(8, 15), 12, 31), then: 'expire' },
        termination: { notice: 'P3M', effect: 'after-notice' },
        events: withNotice ? [{ type: 'notice', date: ymd(year + int(1, 6), month, day), party: pair[0] }] : [],
      };
    },
    // A notice naming its own later day, and the day it was sent.
    (id, withNotice) => {
      const [year, month, day] = [int(1960, 2012), int(1, 12), int(1, 28)];
      const members = parties(int(3, 6));
      const received = year + int(3, 9);
      const notice = {
        type: 'notice',
        date: ymd(received, month, day),
        party: members[2],
        sent: ymd(received, month, Math.max(1, day - 3)),
        effectiveOn: ymd(received + 2, month, day),
      };
      return {
        id,
        title: `Statute (own day) ${id}`,
        kind: 'multilateral',
        parties: members,
        entryIntoForce: ymd(year, month, day),
        duration: indefinite,
        termination: { notice: 'P1Y', effect: 'after-notice' },
        events: withNotice ? [notice] : [],
      };
    },
    // An annual renewal read two ways: 90 days' notice, or (the other reading) 60.
    (id, withNotice) => {
      const [year, month, day] = [int(1970, 2018), int(1, 12), int(1, 28)];
      const pair = parties(2);
      return {
        id,
        title: `Agreement (two readings) ${id}`,
        parties: pair,
        timeZone: pick(['Asia/Tokyo', 'Asia/Seoul']),
        entryIntoForce: ymd(year, month, day),
        duration: { initial: 'P1Y', then: 'renew', renewal: 'P1Y' },
        termination: { notice: 'P90D', effect: 'end-of-term' },
        events: withNotice ? [{ type: 'notice', date: ymd(year + int(2, 5), month, day), party: pair[1] }] : [],
        reading: { id: 'ninety-days', title: "Ninety days' notice" },
        readings: [{ id: 'sixty-days', title: "Sixty days' notice", termination: { notice: 'P60D' } }],
      };
    },
  ];
  return Array.from({ length: count }, (_, index) => {
    const id = `clause-${String(index).padStart(6, '0')}`;
    return patterns[index % patterns.length](id, random() < 1 / 3);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '10000', dir = `bench/out/clause-patterns-${count}`] = process.argv.slice(2);
  writeCatalogue(dir, Number(count), generateClausePatterns);
  console.log(`${count} definitions in ${dir}`);
}
