// A second catalogue for the scale benchmark, written apart from the bench's own
// generator (generate.mjs) so that the scan is not tuned to one mix: annual renewals,
// ten-year terms, withdrawal with an earliest notice day, an initial term then indefinite
// duration, and a notice event in about a third of the files. Deterministic, like the other.
//
//   node bench/held-out.mjs 10000 bench/out/held-out-10000

/** xorshift32, seeded: another generator than generate.mjs's, on purpose. */
function seeded(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

export function generateHeldOut(count, seed = 19650622) {
  const random = seeded(seed);
  const int = (low, high) => low + Math.floor(random() * (high - low + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const CODES = ['AR', 'BE', 'CL', 'DK', 'EG', 'FI', 'GR', 'HU', 'IE', 'JO', 'KE', 'LT', 'MA', 'NO', 'PE'];
  const pair = () => {
    const a = pick(CODES);
    let b = pick(CODES);
    while (b === a) b = pick(CODES);
    return [a, b];
  };
  // Days 1–28, so adding whole years or months never clamps and every event is consistent.
  const ymd = (year, month, day) => `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  const patterns = [
    // Annual renewal, 90 days' or six months' notice before the end of a term.
    (id, withNotice) => {
      const [year, month, day] = [int(1960, 2018), int(1, 12), int(1, 28)];
      const parties = pair();
      return {
        id,
        title: `Annual agreement ${id}`,
        parties,
        entryIntoForce: ymd(year, month, day),
        duration: { initial: 'P1Y', then: 'renew', renewal: 'P1Y' },
        termination: { notice: pick(['P90D', 'P6M']), effect: 'end-of-term' },
        events: withNotice ? [{ type: 'notice', date: ymd(year + int(2, 5), month, day), party: parties[0] }] : [],
      };
    },
    // Ten-year terms, a year's notice.
    (id, withNotice) => {
      const [year, month, day] = [int(1950, 2010), int(1, 12), int(1, 28)];
      const parties = pair();
      return {
        id,
        title: `Ten-year agreement ${id}`,
        parties,
        timeZone: pick(['Europe/Brussels', 'America/Santiago', 'Africa/Cairo']),
        entryIntoForce: ymd(year, month, day),
        duration: { initial: 'P10Y', then: 'renew', renewal: 'P10Y' },
        termination: { notice: 'P1Y', effect: 'end-of-term' },
        events: withNotice ? [{ type: 'notice', date: ymd(year + 12, month, day), party: parties[1] }] : [],
      };
    },
    // Withdrawal six months after notice, allowed only after five years.
    (id, withNotice) => {
      const [year, month, day] = [int(1970, 2015), int(1, 12), int(1, 28)];
      const parties = pair();
      return {
        id,
        title: `Withdrawal agreement ${id}`,
        parties,
        entryIntoForce: ymd(year, month, day),
        duration: { initial: null, then: 'indefinite' },
        termination: { notice: 'P6M', effect: 'after-notice', earliest: 'P5Y' },
        events: withNotice ? [{ type: 'notice', date: ymd(year + int(5, 9), month, day), party: parties[0] }] : [],
      };
    },
    // An initial term of twenty years, then indefinite until a year after notice.
    (id, withNotice) => {
      const [year, month, day] = [int(1950, 2000), int(1, 12), int(1, 28)];
      const parties = pair();
      return {
        id,
        title: `Initial term agreement ${id}`,
        parties,
        entryIntoForce: ymd(year, month, day),
        duration: { initial: 'P20Y', then: 'indefinite' },
        termination: { notice: 'P1Y', effect: 'after-notice' },
        events: withNotice ? [{ type: 'notice', date: ymd(year + int(21, 25), month, day), party: parties[1] }] : [],
      };
    },
  ];
  return Array.from({ length: count }, (_, index) => {
    const id = `held-${String(index).padStart(6, '0')}`;
    return patterns[int(0, patterns.length - 1)](id, random() < 1 / 3);
  });
}
