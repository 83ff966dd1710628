// `npm run bench`: issue 5's three targets, each measured side by side with its baseline.
// Not a test: timings depend on the machine and its load, so CI never runs this.
//
//   node bench/run.mjs [--runs N] [--only startup,options,scale,far] [--hyperfine]
//
// Each pair of commands runs interleaved (A B, B A, A B …) after warm-up runs, so a
// burst of load elsewhere hits both sides alike; the ratio is of the two medians. Max RSS
// comes from separate runs under GNU time (`/usr/bin/time -f %M`), so its fork never adds
// to the wall times. `--hyperfine` also runs the start-up pairs under hyperfine, as a
// cross-check (Debian/Ubuntu: `apt-get install hyperfine`; elsewhere `cargo install
// hyperfine` or the project's release binaries); without it the Node harness is the whole
// measurement.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateClausePatterns } from './clause-patterns.mjs';
import { writeCatalogue } from './generate.mjs';
import { generateHeldOut } from './held-out.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const only = new Set((option('--only', 'startup,options,scale,far') ?? '').split(','));
const runsOverride = option('--runs', undefined);

// ---------------------------------------------------------------------------------------
// The bin under test, copied aside: other builds of dist/ during a run cannot change it.
if (!existsSync(join(root, 'dist', 'gsomia.js'))) {
  console.error('bench: dist/gsomia.js is missing: build it first (npm run build; npm run bench does both)');
  process.exit(2);
}
const app = join(out, 'app');
rmSync(app, { recursive: true, force: true });
mkdirSync(app, { recursive: true });
cpSync(join(root, 'bin'), join(app, 'bin'), { recursive: true });
cpSync(join(root, 'dist'), join(app, 'dist'), { recursive: true, filter: (path) => !path.endsWith('.map') });
// The copy sits under the project's package.json ("type": "module"), as the real bin does.
const bin = join(app, 'bin', 'gsomia.js');
const node = process.execPath;
const gsomia = (...rest) => [node, bin, ...rest];

// ---------------------------------------------------------------------------------------
// Measuring.
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const hasGnuTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).stderr?.trim().match(/^\d+$/) != null;

/** One run: wall milliseconds, and the exit status (a failed run spoils a benchmark). */
function runOnce(command, env) {
  const started = process.hrtime.bigint();
  const child = spawnSync(command[0], command.slice(1), {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`bench: ${command.slice(1).join(' ')} exited ${child.status}: ${child.stderr}`);
  return wall;
}

/** Peak resident memory in MiB, from GNU time, or null without it. */
function maxRss(command, env) {
  if (!hasGnuTime) return null;
  const child = spawnSync('/usr/bin/time', ['-f', '%M', ...command], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return Number(child.stderr.trim().split('\n').pop()) / 1024;
}

/** Interleaved runs of a baseline and its subject: medians of wall time and max RSS. */
function measurePair(baseline, subject, { runs, warmup, rssRuns = 5, env = {} }) {
  const walls = [[], []];
  const commands = [baseline, subject];
  for (let round = 0; round < warmup + runs; round += 1) {
    const order = round % 2 ? [1, 0] : [0, 1];
    for (const side of order) {
      const wall = runOnce(commands[side], env);
      if (round >= warmup) walls[side].push(wall);
    }
  }
  const rss = [[], []];
  for (let round = 0; round < (hasGnuTime ? rssRuns : 0); round += 1) {
    for (const side of [0, 1]) rss[side].push(maxRss(commands[side], env));
  }
  return walls.map((values, side) => ({ wall: median(values), rss: rss[side].length ? median(rss[side]) : null }));
}

const results = [];
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const fmtRss = (mib) => (mib === null ? 'n/a' : `${mib.toFixed(1)} MiB`);

function report(target, label, limit, ratio, detail) {
  const pass = ratio <= limit;
  results.push({ target, label, ratio, limit, pass });
  console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${ratio.toFixed(3)}× (limit ${limit.toFixed(2)}×)  ${label}`);
  console.log(`        ${detail}`);
}

function comparePair(target, label, baseline, subject, { limit, rssLimit = null, ...settings }) {
  const [base, sub] = measurePair(baseline, subject, settings);
  const rss = rssLimit === null && sub.rss !== null ? `; max RSS ${fmtRss(sub.rss)} vs ${fmtRss(base.rss)}` : '';
  report(target, `${label}: time`, limit, sub.wall / base.wall, `${fmt(sub.wall)} vs ${fmt(base.wall)} (medians)${rss}`);
  if (rssLimit !== null && sub.rss !== null && base.rss !== null) {
    report(target, `${label}: max RSS`, rssLimit, sub.rss / base.rss, `${fmtRss(sub.rss)} vs ${fmtRss(base.rss)}`);
  }
  return { base, sub };
}

// ---------------------------------------------------------------------------------------
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`gsomia benchmarks: ${cpu}, ${cpus().length} cores, Node ${process.version}, ${process.platform}`);
console.log(
  `load average at start: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}  (other work on the machine widens the spread)`,
);
console.log(
  `bin: ${bin} (a copy of bin/ and dist/)${hasGnuTime ? '' : '\nmax RSS: n/a (GNU time is not at /usr/bin/time; apt-get install time)'}`,
);

// 1. Start-up: a one-line answer from the built-in catalogue against `node -e 0`.
if (only.has('startup')) {
  const runs = Number(runsOverride ?? 40);
  console.log(`\n1. Start-up, against \`node -e 0\` (${runs} interleaved runs each, medians; limits 1.25× time, 1.20× max RSS)`);
  const baseline = [node, '-e', '0'];
  const commands = [
    ['status --on 2020-08-24', gsomia('status', '--on', '2020-08-24')],
    ['status --on 2020-08-24 --json', gsomia('status', '--on', '2020-08-24', '--json')],
    ['history --until 2020-08-24', gsomia('history', '--until', '2020-08-24')],
    ['deadlines --from 2020-08-24', gsomia('deadlines', '--from', '2020-08-24')],
  ];
  for (const [label, command] of commands)
    comparePair('startup', label, baseline, command, { limit: 1.25, rssLimit: 1.2, runs, warmup: 3 });
  // Issue 12: another language loads its table and date-fns locale, a lazy chunk; its limit is 1.35×.
  for (const lang of ['ja', 'zh']) {
    const command = gsomia('status', '--on', '2020-08-24', '--lang', lang);
    comparePair('startup', `status --on 2020-08-24 --lang ${lang}`, baseline, command, { limit: 1.35, rssLimit: 1.2, runs, warmup: 3 });
  }
  // Not a target: without --on, "today" needs Intl.DateTimeFormat, whose first use loads ICU.
  const [base, clock] = measurePair(baseline, gsomia('status'), { runs: Math.max(10, runs >> 1), warmup: 2, rssRuns: 0 });
  console.log(
    `  info  ${(clock.wall / base.wall).toFixed(3)}×  status (today from the clock, Intl): ${fmt(clock.wall)} vs ${fmt(base.wall)}`,
  );
  if (args.includes('--hyperfine'))
    hyperfine(
      baseline,
      commands.map(([, command]) => command),
    );
}

// 1b. Options that load code of their own: what they add to the same answer without them.
if (only.has('options')) {
  const runs = Number(runsOverride ?? 30);
  console.log(`\n1b. Options, against the same command without them (${runs} interleaved runs; limits in ms added)`);
  const plain = gsomia('status', '--on', '2019-08-01');
  const ics = join(root, 'examples', 'holidays', 'kr-2019.ics');
  const cases = [['--holidays FILE.ics (ical.js, loaded for it)', [...plain, '--holidays', ics], 30]];
  for (const [label, command, limitMs] of cases) {
    const [base, sub] = measurePair(plain, command, { runs, warmup: 3, rssRuns: 0 });
    const added = sub.wall - base.wall;
    const pass = added <= limitMs;
    results.push({ target: 'options', label, ratio: added, limit: limitMs, pass });
    console.log(`  ${pass ? 'PASS' : 'FAIL'}  +${fmt(added)} (limit +${limitMs} ms)  ${label}`);
    console.log(`        ${fmt(sub.wall)} vs ${fmt(base.wall)} (medians)`);
  }
}

// 2. Scale: deadlines over a whole generated catalogue against reading and parsing it.
if (only.has('scale')) {
  const runs = Number(runsOverride ?? 7);
  console.log(
    `\n2. Scale: deadlines --all --data DIR --json, against read + JSON.parse of the same files (${runs} runs; limits 2.0×, linear 2.2×, max RSS at 100,000 files 1.5×)`,
  );
  const env = { GSOMIA_NOW: '2025-06-01T00:00:00Z' };
  const timings = {};
  for (const count of [10000, 20000]) {
    const dir = join(out, `catalogue-${count}`);
    if (writeCatalogue(dir, count)) console.log(`  (wrote ${count} definitions to ${dir})`);
    const baseline = [node, join(root, 'bench', 'read-baseline.mjs'), dir];
    const subject = gsomia('deadlines', '--all', '--data', dir, '--json');
    const settings = { runs, warmup: 1, rssRuns: 2, env };
    if (count === 10000) {
      timings[count] = comparePair('scale', `${count} files`, baseline, subject, { limit: 2.0, ...settings }).sub.wall;
    } else {
      const [base, sub] = measurePair(baseline, subject, settings);
      timings[count] = sub.wall;
      console.log(
        `  info  ${(sub.wall / base.wall).toFixed(3)}×  ${count} files: ${fmt(sub.wall)} vs ${fmt(base.wall)} (medians); max RSS ${fmtRss(sub.rss)} vs ${fmtRss(base.rss)}`,
      );
    }
  }
  report(
    'scale',
    'linear: 20,000 files against 10,000',
    2.2,
    timings[20000] / timings[10000],
    `${fmt(timings[20000])} vs ${fmt(timings[10000])}`,
  );
  // The same target on catalogues the scan was never tuned on: a mix of plain patterns
  // (held-out.mjs), and the clause patterns of SPEC §6 with the readings of §7 (clause-patterns.mjs).
  for (const [name, label, generate] of [
    ['held-out-10000', 'held-out', generateHeldOut],
    ['clause-patterns-10000', 'clause-pattern', generateClausePatterns],
  ]) {
    const dir = join(out, name);
    if (writeCatalogue(dir, 10000, generate)) console.log(`  (wrote 10000 ${label} definitions to ${dir})`);
    comparePair(
      'scale',
      `10000 ${label} files`,
      [node, join(root, 'bench', 'read-baseline.mjs'), dir],
      gsomia('deadlines', '--all', '--data', dir, '--json'),
      { limit: 2.0, runs, warmup: 1, rssRuns: 2, env },
    );
  }
  // Memory: a one-week window over 100,000 files holds no more than over 10,000 (the scan
  // lets each definition go once its deadlines are listed).
  const big = join(out, 'catalogue-100000');
  if (writeCatalogue(big, 100000)) console.log(`  (wrote 100000 definitions to ${big})`);
  if (hasGnuTime) {
    const week = (dir) => gsomia('deadlines', '--all', '--data', dir, '--within', 'P7D', '--json');
    const rss = (dir) => median([0, 1, 2].map(() => maxRss(week(dir), env)));
    const [small, large] = [rss(join(out, 'catalogue-10000')), rss(big)];
    report(
      'scale',
      'max RSS: deadlines --all --within P7D, 100,000 files against 10,000',
      1.5,
      large / small,
      `${fmtRss(large)} vs ${fmtRss(small)}`,
    );
  }
}

// 3. Far dates: term 2,958,463 of a daily renewal must cost what term 36,526 does.
if (only.has('far')) {
  const runs = Number(runsOverride ?? 30);
  console.log(`\n3. Far dates: an agreement renewing every day since 1900-01-01 (${runs} interleaved runs; limit 1.10×)`);
  const file = join(out, 'daily.json');
  writeFileSync(
    file,
    `${JSON.stringify({
      id: 'daily',
      title: 'An agreement renewed every day since 1900-01-01',
      parties: ['AA', 'BB'],
      entryIntoForce: '1900-01-01',
      duration: { initial: 'P1D', then: 'renew', renewal: 'P1D' },
      termination: { notice: 'P1D', effect: 'end-of-term' },
    })}\n`,
  );
  const pairs = [
    ['status --on 9999-12-30 vs 2000-01-02', ['status', '--on', '2000-01-02'], ['status', '--on', '9999-12-30']],
    [
      'history --from D --until D, 9999-12-30 vs 2000-01-02',
      ['history', '--from', '2000-01-02', '--until', '2000-01-02'],
      ['history', '--from', '9999-12-30', '--until', '9999-12-30'],
    ],
    [
      'deadlines --within P1M, from 9999-01-01 vs 2000-01-02',
      ['deadlines', '--from', '2000-01-02', '--within', 'P1M'],
      ['deadlines', '--from', '9999-01-01', '--within', 'P1M'],
    ],
  ];
  for (const [label, near, far] of pairs) {
    comparePair('far', label, gsomia(...near, '--agreement', file, '--json'), gsomia(...far, '--agreement', file, '--json'), {
      limit: 1.1,
      runs,
      warmup: 3,
      rssRuns: 0,
    });
  }
}

function hyperfine(baseline, commands) {
  const quote = (command) => command.map((part) => (/^[\w./:=-]+$/.test(part) ? part : `'${part}'`)).join(' ');
  const found = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' });
  if (found.error) {
    console.log('  hyperfine is not installed (Debian/Ubuntu: apt-get install hyperfine): the Node harness above is the measurement');
    return;
  }
  const exported = join(out, 'hyperfine.json');
  spawnSync('hyperfine', ['-N', '--warmup', '5', '--runs', '30', '--export-json', exported, quote(baseline), ...commands.map(quote)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const { results: rows } = JSON.parse(readFileSync(exported, 'utf8'));
  const base = rows[0].median * 1000;
  console.log(`  hyperfine medians (cross-check, run one after another, not interleaved):`);
  for (const row of rows)
    console.log(
      `        ${((row.median * 1000) / base).toFixed(3)}×  ${fmt(row.median * 1000)}  ${row.command.replace(`${node} ${bin}`, 'gsomia')}`,
    );
}

// ---------------------------------------------------------------------------------------
const failed = results.filter((result) => !result.pass);
console.log(
  `\n${results.length - failed.length} of ${results.length} within their limits; load average at the end: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
process.exitCode = failed.length ? 1 : 0;
