import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../src/catalogue/directory.js';
import { hashOf, IdTable } from '../../src/catalogue/id-table.js';
import { forEachAgreement } from '../../src/cli/agreement-option.js';
import { GsomiaError } from '../../src/errors.js';
import { definition } from '../helpers/agreement.js';
import { runIn } from '../helpers/cli.js';

// loadDirectory reads a catalogue with no stat per file (the listing's file type decides)
// and validates through fastAccept before zod: these pin the behaviour that must not change.

const root = mkdtempSync(join(tmpdir(), 'gsomia-catalogue-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
function catalogueWith(files: Record<string, unknown>): string {
  count += 1;
  const dir = join(root, `c${count}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

/** The minimal definition (SPEC §3's GSOMIA terms: one year from 2016-11-23, renewed yearly, 90 days' notice), named. */
const withId = (id: string) => definition({ id, title: `Agreement ${id}`, parties: ['JP', 'KR'] });

async function failure(dir: string): Promise<GsomiaError> {
  const error = await loadDirectory(dir).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GsomiaError);
  return error as GsomiaError;
}

describe('loadDirectory', () => {
  it('agreements every *.json file in file-name order, with the defaults of SPEC §3', async () => {
    const dir = catalogueWith({ 'b.json': withId('bravo'), 'a.json': withId('alpha'), 'notes.txt': 'not a definition' });
    const entries = await loadDirectory(dir);
    expect(entries.map((entry) => entry.source)).toEqual([join(dir, 'a.json'), join(dir, 'b.json')]);
    expect(entries[0]?.compiled).toMatchObject({ id: 'alpha', timeZone: 'UTC', multilateral: false, lapseDays: 0, events: [] });
  });

  it('names the file and the field when a file breaks a rule, as zod words it', async () => {
    const bad = { ...withId('bad'), events: [{ type: 'suspension', date: '2019-11-22', party: 'KR' }] };
    const dir = catalogueWith({ 'a.json': withId('alpha'), 'bad.json': bad });
    const error = await failure(dir);
    expect(error.code).toBe('INVALID_DEFINITION');
    expect(error.message).toContain(join(dir, 'bad.json'));
    expect(error.message).toContain('events[0].type');
  });

  it('names the file and the date for 2019-02-29 in entryIntoForce', async () => {
    const dir = catalogueWith({ 'a.json': { ...withId('alpha'), entryIntoForce: '2019-02-29' } });
    const error = await failure(dir);
    expect(error.code).toBe('INVALID_DEFINITION');
    expect(error.message).toContain('entryIntoForce: invalid date "2019-02-29": February 2019 has 28 days');
  });

  it('exits 2 and says a directory named x.json is a directory', async () => {
    const dir = catalogueWith({});
    mkdirSync(join(dir, 'x.json'));
    const error = await failure(dir);
    expect([error.code, error.exitCode]).toEqual(['UNREADABLE_FILE', 2]);
    expect(error.message).toBe(`cannot read ${join(dir, 'x.json')}: it is a directory`);
  });

  it('refuses a file past the 5 MiB limit', async () => {
    const dir = catalogueWith({ 'big.json': `"${'x'.repeat(5 * 1024 * 1024)}"` });
    const error = await failure(dir);
    expect(error.code).toBe('UNREADABLE_FILE');
    expect(error.message).toContain('5 MiB');
  });

  it('follows a link to a definition file', async () => {
    const dir = catalogueWith({});
    const target = join(catalogueWith({ 'real.json': withId('linked') }), 'real.json');
    symlinkSync(target, join(dir, 'link.json'));
    expect((await loadDirectory(dir)).map((entry) => entry.compiled.id)).toEqual(['linked']);
  });

  it('names both files when an id is defined twice', async () => {
    const dir = catalogueWith({ 'a.json': withId('same'), 'b.json': withId('same') });
    const error = await failure(dir);
    expect(error.code).toBe('DUPLICATE_ID');
    expect(error.message).toBe(`agreement id "same" is defined twice: ${join(dir, 'a.json')} and ${join(dir, 'b.json')}`);
  });

  it('reports invalid JSON with the file name', async () => {
    const dir = catalogueWith({ 'a.json': '{"id": ' });
    const error = await failure(dir);
    expect(error.code).toBe('INVALID_JSON');
    expect(error.message).toContain(`invalid agreement file ${join(dir, 'a.json')}: not valid JSON`);
  });
});

describe('an empty catalogue', () => {
  it('lists no deadlines and exits 0 for deadlines --all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gsomia-empty-'));
    const run = await runIn(['deadlines', '--all', '--data', dir, '--from', '2026-11-28', '--json']);
    expect([run.code, run.stderr, JSON.parse(run.stdout).deadlines]).toEqual([0, '', []]);
  });
});

describe('deadlines --all over a catalogue directory', () => {
  // The scan reuses the replay that validated each file when all its events come before
  // --from; a file with later events is replayed again. Either way the answer must be the
  // one each agreement gives on its own.
  it.each(['1960-01-01', '2019-09-01', '2020-08-24', '2026-11-28'])(
    'lists from %s exactly what each agreement lists alone',
    async (from) => {
      const data = fileURLToPath(new URL('../../data/', import.meta.url));
      const all = JSON.parse(
        (await runIn(['deadlines', '--all', '--data', data, '--from', from, '--within', 'P10Y', '--json'])).stdout,
      ).deadlines;
      const ids = JSON.parse((await runIn(['list', '--json'])).stdout).agreements.map(
        (agreement: { id: string }) => agreement.id,
      ) as string[];
      const one: unknown[] = [];
      for (const id of ids)
        one.push(
          ...JSON.parse((await runIn(['deadlines', '--agreement', id, '--from', from, '--within', 'P10Y', '--json'])).stdout).deadlines,
        );
      expect(all.length).toBeGreaterThan(0);
      expect(all).toEqual(expect.arrayContaining(one));
      expect(one).toHaveLength(all.length);
    },
  );
});

describe('--agreement ID --data DIR', () => {
  const good = definition({ id: 'good', title: 'Good' });

  it('reads DIR/<id>.json alone when that file defines the id, even beside a broken file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gsomia-named-'));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good));
    writeFileSync(join(dir, 'broken.json'), '{');
    const run = await runIn(['status', '--agreement', 'good', '--data', dir, '--on', '2020-08-24', '--json']);
    expect([run.code, run.stderr, JSON.parse(run.stdout).notice.deadline]).toEqual([0, '', '2020-08-24']);
  });

  it('searches the whole directory for an id kept under another file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gsomia-named-'));
    writeFileSync(join(dir, 'elsewhere.json'), JSON.stringify(good));
    const found = await runIn(['status', '--agreement', 'good', '--data', dir, '--on', '2020-08-24', '--json']);
    expect(JSON.parse(found.stdout).agreement).toBe('good');
    // A bad file elsewhere does not matter to the one asked about; it is the error only
    // when the id is found nowhere (it may be the bad file).
    writeFileSync(join(dir, 'broken.json'), '{');
    const still = await runIn(['status', '--agreement', 'good', '--data', dir, '--on', '2020-08-24', '--json']);
    expect([still.code, JSON.parse(still.stdout).agreement, still.stderr]).toEqual([0, 'good', '']);
    const refused = await runIn(['status', '--agreement', 'lost', '--data', dir, '--on', '2020-08-24']);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toContain('broken.json');
  });
});

describe('forEachAgreement over a directory (the streaming scan of deadlines --all)', () => {
  async function scanned(dir: string): Promise<string[] | GsomiaError> {
    const ids: string[] = [];
    return forEachAgreement(dir, (entry) => ids.push(entry.compiled.id)).then(
      () => ids.sort(),
      (caught: unknown) => caught as GsomiaError,
    );
  }

  it('visits every definition once', async () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.json`, withId(`id-${i}`)]));
    expect(await scanned(catalogueWith(files))).toEqual(Array.from({ length: 40 }, (_, i) => `id-${i}`).sort());
  });

  it('names the first two files in name order that share an id, whatever order the directory lists them in', async () => {
    const files: Record<string, unknown> = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`m${i}.json`, withId(`id-${i}`)]));
    Object.assign(files, { 'z.json': withId('same'), 'c.json': withId('same'), 'q.json': withId('same') });
    const dir = catalogueWith(files);
    const error = await scanned(dir);
    expect(error).toBeInstanceOf(GsomiaError);
    expect((error as GsomiaError).message).toBe(`agreement id "same" is defined twice: ${join(dir, 'c.json')} and ${join(dir, 'q.json')}`);
  });

  it('reports the first bad file in name order, as the sorted scan does', async () => {
    const files: Record<string, unknown> = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`m${i}.json`, withId(`id-${i}`)]));
    Object.assign(files, { 'zz.json': '{"id": ', 'b.json': { ...withId('b'), entryIntoForce: '2019-02-29' } });
    const dir = catalogueWith(files);
    const error = await scanned(dir);
    expect((error as GsomiaError).code).toBe('INVALID_DEFINITION');
    expect((error as GsomiaError).message).toContain(join(dir, 'b.json'));
  });
});

describe('IdTable', () => {
  it('says "maybe seen" for an id it holds and not for 100,000 others', () => {
    const table = new IdTable();
    let falseHits = 0;
    for (let i = 0; i < 100000; i += 1) if (table.add(`bench-${String(i).padStart(6, '0')}`)) falseHits += 1;
    expect(falseHits).toBe(0);
    expect(table.add('bench-004711')).toBe(true);
    expect(table.add('bench-100000')).toBe(false);
  });

  it('spreads ids over 52 bits', () => {
    const hashes = ['gsomia', 'gsomib', 'inf', 'nato', ''].map(hashOf);
    expect(new Set(hashes).size).toBe(5);
    for (const hash of hashes) expect(hash >= 0 && hash < 2 ** 52 && Number.isInteger(hash)).toBe(true);
  });
});
