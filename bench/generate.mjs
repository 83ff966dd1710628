// Writes N valid agreement definition files of mixed patterns into a directory, for the
// scale benchmark. Deterministic (a seeded generator), so two runs write the same files.
//
//   node bench/generate.mjs 10000 bench/out/catalogue-10000
//
// Patterns, in turn: renewing end-of-term (with notice, suspension, retraction),
// after-notice indefinite (with a pending notice), earliest notice, expire + extension,
// initial term then indefinite, multilateral with accessions and notices. Every date is
// built so that the events are consistent (SPEC §3): `gsomia validate` accepts them all.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded generator, so the catalogue is the same on every machine. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = ['UTC', 'Asia/Tokyo', 'Asia/Seoul', 'Europe/Paris', 'America/New_York', 'Australia/Sydney'];
const PARTIES = ['JP', 'KR', 'US', 'FR', 'DE', 'GB', 'CA', 'AU', 'BR', 'IN', 'ZA', 'MX'];
const pad = (n) => String(n).padStart(2, '0');

export function generateDefinitions(count, seed = 20200824) {
  const random = seeded(seed);
  const int = (low, high) => low + Math.floor(random() * (high - low + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  // Days 1–28 only: every month has them, so "+ n years" never clamps in these files.
  const date = (year, month = int(1, 12), day = int(1, 28)) => `${year}-${pad(month)}-${pad(day)}`;
  const plusYears = (text, years, days = 0) => {
    const [y, m, d] = text.split('-').map(Number);
    const base = Date.UTC(y + years, m - 1, d) + days * 86400000;
    return new Date(base).toISOString().slice(0, 10);
  };
  const two = () => {
    const first = pick(PARTIES);
    let second = pick(PARTIES);
    while (second === first) second = pick(PARTIES);
    return [first, second];
  };

  const patterns = [
    // Renewing every 1–5 years, notice before the end of a term; some with a notice that
    // was suspended, and some of those retracted (GSOMIA's shape).
    (id) => {
      const start = date(int(1950, 2015));
      const years = int(1, 5);
      const parties = two();
      const events = [];
      if (random() < 0.5) {
        // received early in the second term, well before its deadline
        const received = plusYears(start, years, int(1, 60));
        events.push({ type: 'notice', date: received, party: parties[1] });
        events.push({ type: 'suspension', date: plusYears(received, 0, int(1, 30)), party: parties[1] });
        if (random() < 0.5) events.push({ type: 'retraction', date: plusYears(received, 0, int(31, 200)), party: parties[1] });
      }
      return {
        id,
        title: `Renewing agreement ${id}`,
        parties,
        timeZone: pick(ZONES),
        entryIntoForce: start,
        duration: { initial: `P${years}Y`, then: 'renew', renewal: `P${years}Y` },
        termination: { notice: pick(['P90D', 'P6M', 'P3M', 'P1Y', 'P30D']), effect: 'end-of-term' },
        events,
      };
    },
    // Indefinite from entry into force, withdrawal after notice (INF's shape).
    (id) => {
      const start = date(int(1950, 2015));
      const parties = two();
      const events = random() < 0.5 ? [{ type: 'notice', date: plusYears(start, int(1, 8)), party: parties[0] }] : [];
      return {
        id,
        title: `Indefinite agreement ${id}`,
        parties,
        entryIntoForce: start,
        duration: { initial: null, then: 'indefinite' },
        termination: { notice: pick(['P6M', 'P1Y', 'P3M']), effect: 'after-notice', lapse: pick(['same-day', 'next-day']) },
        events,
      };
    },
    // Notice only after an earliest period (the US–Japan treaty's shape).
    (id) => {
      const start = date(int(1950, 2015));
      const earliest = int(1, 10);
      const parties = two();
      const events = random() < 0.4 ? [{ type: 'notice', date: plusYears(start, earliest, int(0, 400)), party: parties[1] }] : [];
      return {
        id,
        title: `Agreement with an earliest notice day ${id}`,
        parties,
        timeZone: pick(ZONES),
        entryIntoForce: start,
        duration: { initial: null, then: 'indefinite' },
        termination: { notice: 'P1Y', effect: 'after-notice', earliest: `P${earliest}Y` },
        events,
      };
    },
    // A fixed term that expires, extended by agreement (New START's shape).
    (id) => {
      const start = date(int(1990, 2018));
      const years = int(5, 10);
      const events = [];
      if (random() < 0.6) events.push({ type: 'extension', date: plusYears(start, years, -int(5, 60)), term: `P${int(1, 5)}Y` });
      return {
        id,
        title: `Expiring agreement ${id}`,
        parties: two(),
        entryIntoForce: start,
        duration: { initial: `P${years}Y`, then: 'expire' },
        termination: { notice: 'P3M', effect: 'after-notice' },
        events,
      };
    },
    // An initial term, then indefinite until a year after notice (the 1965 fisheries shape).
    (id) => {
      const start = date(int(1950, 2015));
      const years = int(2, 10);
      const parties = two();
      const events = random() < 0.4 ? [{ type: 'notice', date: plusYears(start, years + int(1, 20)), party: parties[0] }] : [];
      return {
        id,
        title: `Initial term then indefinite ${id}`,
        parties,
        timeZone: pick(ZONES),
        entryIntoForce: start,
        duration: { initial: `P${years}Y`, then: 'indefinite' },
        termination: { notice: 'P1Y', effect: 'after-notice' },
        events,
      };
    },
    // Multilateral: a late accession and withdrawals that end one party's participation
    // (Paris's and Open Skies's shapes).
    (id) => {
      const start = date(int(1950, 2010));
      const parties = [...new Set([pick(PARTIES), pick(PARTIES), pick(PARTIES), pick(PARTIES)])];
      while (parties.length < 3) parties.push(PARTIES.find((p) => !parties.includes(p)));
      const [first, second, joiner] = parties;
      const accession = plusYears(start, int(1, 5), int(0, 200));
      const events = [
        { type: 'accession', date: accession, party: joiner },
        { type: 'notice', date: plusYears(accession, int(3, 6)), party: first },
      ];
      if (random() < 0.5) events.push({ type: 'notice', date: plusYears(accession, int(7, 12)), party: second });
      return {
        id,
        kind: 'multilateral',
        title: `Multilateral agreement ${id}`,
        parties,
        timeZone: pick(ZONES),
        entryIntoForce: start,
        duration: { initial: null, then: 'indefinite' },
        termination: { notice: 'P1Y', effect: 'after-notice', earliest: 'P3Y' },
        events,
      };
    },
  ];
  return Array.from({ length: count }, (_, index) => patterns[index % patterns.length](`bench-${String(index).padStart(6, '0')}`));
}

/**
 * Writes the files of `generate` (the bench's own mix by default) unless the directory
 * already holds exactly `count` of them.
 */
export function writeCatalogue(dir, count, generate = generateDefinitions) {
  let existing = [];
  try {
    existing = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    // not there yet
  }
  if (existing.length === count) return false;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const definition of generate(count)) {
    writeFileSync(join(dir, `${definition.id}.json`), `${JSON.stringify(definition, null, 2)}\n`);
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '10000', dir = `bench/out/catalogue-${count}`] = process.argv.slice(2);
  writeCatalogue(dir, Number(count));
  console.log(`${count} definitions in ${dir}`);
}
