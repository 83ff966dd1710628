import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonOf, ROOT, runIn, scratchDir } from '../helpers/cli.js';

/** The ids of data/*.json, read straight from the files. */
function shippedIds(): string[] {
  const dir = join(ROOT, 'data');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { id: string }).id)
    .sort();
}

const gsomiaFile = join(ROOT, 'data', 'gsomia.json');
const gsomia = () => JSON.parse(readFileSync(gsomiaFile, 'utf8')) as Record<string, unknown>;
const scratch = scratchDir('cli-catalogue');
afterAll(() => scratch.cleanup());

describe('list --json', () => {
  it('lists every agreement in data/, by id', async () => {
    const { agreements } = jsonOf(await runIn(['list', '--json']));
    expect(agreements.map((agreement: any) => agreement.id).sort()).toEqual(shippedIds());
  });

  it('lists a --data catalogue instead of the built-in one', async () => {
    const dir = join(scratch.dir, 'one');
    mkdirSync(dir);
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ ...gsomia(), id: 'mine' }));
    const { agreements } = jsonOf(await runIn(['list', '--json', '--data', dir]));
    expect(agreements.map((agreement: any) => agreement.id)).toEqual(['mine']);
    const viaEnv = jsonOf(await runIn(['list', '--json'], { env: { GSOMIA_DATA: dir } }));
    expect(viaEnv.agreements.map((agreement: any) => agreement.id)).toEqual(['mine']);
  });
});

describe('--agreement', () => {
  it('answers for a definition file given by path', async () => {
    const path = scratch.write('copy.json', JSON.stringify({ ...gsomia(), id: 'copy' }));
    const status = jsonOf(await runIn(['status', '--agreement', path, '--on', '2020-08-24', '--json']));
    expect(status.agreement).toBe('copy');
    expect(status.notice.deadline).toBe('2020-08-24');
  });

  it('exits 2 and names an id that is not in the catalogue', async () => {
    const run = await runIn(['status', '--agreement', 'no-such-treaty']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"no-such-treaty"');
  });
});

describe('validate', () => {
  it('exits 0 for the shipped GSOMIA definition and says it is valid', async () => {
    const run = await runIn(['validate', gsomiaFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('valid');
    expect(run.stdout).toContain('gsomia');
    expect(run.stderr).toBe('');
  });

  it('exits 0 for every shipped definition at once', async () => {
    const files = shippedIds().map((id) => join(ROOT, 'data', `${id}.json`));
    expect((await runIn(['validate', ...files])).code).toBe(0);
  });

  it('exits 1 and names events[0] for a suspension with nothing pending', async () => {
    const path = scratch.write(
      'lonely-suspension.json',
      JSON.stringify({ ...gsomia(), events: [{ type: 'suspension', date: '2019-11-22', party: 'KR' }] }),
    );
    const run = await runIn(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(path);
    expect(run.stderr).toContain('events[0]');
  });

  it('reports the good and the bad file each on its own stream, and exits 1', async () => {
    const bad = scratch.write('bad-date.json', JSON.stringify({ ...gsomia(), entryIntoForce: '2016-11-31' }));
    const run = await runIn(['validate', gsomiaFile, bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(gsomiaFile);
    expect(run.stdout).not.toContain(bad);
    expect(run.stderr).toContain(`${bad}: entryIntoForce`);
    expect(run.stderr).toContain('"2016-11-31"');
  });

  it('gives the same verdict as JSON with --json', async () => {
    const path = scratch.write(
      'lonely-suspension-2.json',
      JSON.stringify({ ...gsomia(), events: [{ type: 'suspension', date: '2019-11-22', party: 'KR' }] }),
    );
    const run = await runIn(['validate', '--json', gsomiaFile, path]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.valid).toBe(false);
    expect(report.files.map((file: any) => file.valid)).toEqual([true, false]);
    expect(report.files[1].errors[0].path).toMatch(/^events\[0\]/);
  });
});

describe('a --data catalogue with bad files', () => {
  const dir = join(scratch.dir, 'mixed');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ ...gsomia(), id: 'a' }));
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ ...gsomia(), id: 'b', entryIntoForce: '2016-02-30' }));
  writeFileSync(join(dir, 'c.json'), '{\n  "id": "c",\n  oops\n}');
  writeFileSync(join(dir, 'd.json'), JSON.stringify({ ...gsomia(), id: 'a' }));
  writeFileSync(join(dir, 'e.json'), JSON.stringify({ ...gsomia(), id: 'e' }));

  // Under --json each bad file is a JSON error line (SPEC §8), code 2 like the exit status.
  const namesEveryBadFile = (stderr: string) => {
    const errors = stderr
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).error);
    expect(errors.map((error: { code: number }) => error.code)).toEqual([2, 2, 2]);
    const lines = errors.map((error: { message: string }) => error.message);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('b.json');
    expect(lines[0]).toContain('"2016-02-30"');
    expect(lines[1]).toContain('c.json: not valid JSON at line 3, column 3');
    expect(lines[2]).toContain('agreement id "a" is defined twice: ');
    expect(lines[2]).toContain('d.json');
  };

  it('list answers for the good files, names every bad one on stderr, and exits 2', async () => {
    const run = await runIn(['list', '--data', dir, '--json']);
    expect(run.code).toBe(2);
    expect(jsonOf({ ...run, stderr: '' }).agreements.map((a: { id: string }) => a.id)).toEqual(['a', 'e']);
    namesEveryBadFile(run.stderr);
  });

  it('deadlines --all does the same, with the first file of a twice-defined id kept', async () => {
    const run = await runIn(['deadlines', '--all', '--data', dir, '--from', '2020-01-01', '--json']);
    expect(run.code).toBe(2);
    const ids = new Set(jsonOf({ ...run, stderr: '' }).deadlines.map((d: { agreement: string }) => d.agreement));
    expect([...ids].sort()).toEqual(['a', 'e']);
    namesEveryBadFile(run.stderr);
  });

  it('still finds the built-in agreements by id, after the --data catalogue', async () => {
    const run = await runIn(['status', '--data', dir, '--agreement', 'paris', '--on', '2020-08-24', '--json']);
    expect([run.code, jsonOf(run).agreement]).toEqual([0, 'paris']);
    // and gsomia, the default agreement, when the directory has none of that id
    expect(jsonOf(await runIn(['status', '--data', dir, '--on', '2020-08-24', '--json'])).agreement).toBe('gsomia');
  });

  it('prefers the --data file to the built-in one of the same id', async () => {
    const own = join(scratch.dir, 'own');
    mkdirSync(own);
    writeFileSync(join(own, 'gsomia.json'), JSON.stringify({ ...gsomia(), shortTitle: 'My GSOMIA' }));
    expect((await runIn(['status', '--data', own, '--on', '2020-08-24'])).stdout).toContain('My GSOMIA on 2020-08-24');
  });
});
