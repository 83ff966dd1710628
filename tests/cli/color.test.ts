import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { colorFlagIn, colorLevel } from '../../src/cli/color.js';
import { builtBin, ESCAPE, hasProgram, ROOT, removeBinCopy, runBin, runIn, tempDir } from '../helpers/cli.js';

afterAll(removeBinCopy);

const BAD_DATE = ['--on', '2020-02-30'];
const STATUS = ['status', '--on', '2020-08-24'];

describe('colorLevel', () => {
  it.each([
    // [what, flag, env, isTTY, level]
    ['a terminal', undefined, {}, true, 1],
    ['a pipe', undefined, {}, false, 0],
    ['a terminal with TERM=dumb', undefined, { TERM: 'dumb' }, true, 0],
    ['NO_COLOR=1 on a terminal', undefined, { NO_COLOR: '1' }, true, 0],
    ['NO_COLOR empty on a terminal (present but empty: ignored)', undefined, { NO_COLOR: '' }, true, 1],
    ['FORCE_COLOR=1 in a pipe', undefined, { FORCE_COLOR: '1' }, false, 1],
    ['FORCE_COLOR empty in a pipe', undefined, { FORCE_COLOR: '' }, false, 1],
    ['FORCE_COLOR=1 with TERM=dumb', undefined, { FORCE_COLOR: '1', TERM: 'dumb' }, false, 1],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, 0],
    ['FORCE_COLOR=false on a terminal', undefined, { FORCE_COLOR: 'false' }, true, 0],
    ['FORCE_COLOR=1 with NO_COLOR=1', undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, true, 0],
    ['--color in a pipe', true, {}, false, 1],
    ['--color with NO_COLOR=1', true, { NO_COLOR: '1' }, false, 1],
    ['--no-color with FORCE_COLOR=1 on a terminal', false, { FORCE_COLOR: '1' }, true, 0],
  ] as const)('decides %s', (_what, flag, env, isTTY, level) => {
    expect(colorLevel({ flag, env, isTTY })).toBe(level);
  });

  it('takes the last of --color and --no-color, and none after "--"', () => {
    expect(colorFlagIn(['--color', 'status', '--no-color'])).toBe(false);
    expect(colorFlagIn(['--no-color', '--color'])).toBe(true);
    expect(colorFlagIn(['validate', '--', '--color'])).toBeUndefined();
    expect(colorFlagIn(['status'])).toBeUndefined();
  });
});

describe('colour decided per stream, in-process', () => {
  it('colours stdout on a terminal while stderr in a pipe stays plain', async () => {
    const answer = await runIn(STATUS, { stdout: { isTTY: true }, stderrTTY: false });
    expect(answer.stdout).toMatch(ESCAPE);
    const error = await runIn(BAD_DATE, { stdout: { isTTY: true }, stderrTTY: false });
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/^gsomia: invalid --on date "2020-02-30"/);
  });

  it('paints the gsomia: prefix red on a terminal stderr while stdout in a pipe stays plain', async () => {
    const answer = await runIn(STATUS, { stdout: { isTTY: false }, stderrTTY: true });
    expect(answer.stdout).not.toMatch(ESCAPE);
    const error = await runIn(BAD_DATE, { stdout: { isTTY: false }, stderrTTY: true });
    expect(error.stderr).toMatch(/^\x1b\[31mgsomia:\x1b\[39m invalid --on date "2020-02-30"/);
  });

  it('paints a usage error too, and keeps it plain with --no-color or NO_COLOR', async () => {
    expect((await runIn(['--frobnicate'], { stderrTTY: true })).stderr).toMatch(/^\x1b\[31mgsomia:/);
    expect((await runIn(['--frobnicate', '--no-color'], { stderrTTY: true })).stderr).not.toMatch(ESCAPE);
    expect((await runIn(BAD_DATE, { stderrTTY: true, env: { NO_COLOR: '1' } })).stderr).not.toMatch(ESCAPE);
  });

  it('keeps both streams plain on a terminal with TERM=dumb', async () => {
    const terminal = { stdout: { isTTY: true }, stderrTTY: true, env: { TERM: 'dumb' } };
    expect((await runIn(STATUS, terminal)).stdout).not.toMatch(ESCAPE);
    expect((await runIn(BAD_DATE, terminal)).stderr).not.toMatch(ESCAPE);
  });
});

describe('colour from the built bin (stdout and stderr are pipes)', () => {
  it('prints no escape codes with FORCE_COLOR=1 NO_COLOR=1', () => {
    const run = runBin(STATUS, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2020-08-24');
    expect(run.stdout).not.toMatch(ESCAPE);
  });

  it('prints escape codes with FORCE_COLOR=1, on both streams', () => {
    expect(runBin(STATUS, { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ESCAPE);
    expect(runBin(BAD_DATE, { env: { FORCE_COLOR: '1' } }).stderr).toMatch(/^\x1b\[31mgsomia:/);
  });

  it('prints none into a pipe by default', () => {
    const run = runBin(STATUS, { env: { TERM: 'xterm-256color' } });
    expect(run.stdout).not.toMatch(ESCAPE);
    expect(runBin(BAD_DATE).stderr).not.toMatch(ESCAPE);
  });

  it('colours a pipe with --color', () => {
    expect(runBin([...STATUS, '--color']).stdout).toMatch(ESCAPE);
  });

  it('lets --no-color beat FORCE_COLOR=1', () => {
    expect(runBin([...STATUS, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ESCAPE);
    expect(runBin([...BAD_DATE, '--no-color'], { env: { FORCE_COLOR: '1' } }).stderr).not.toMatch(ESCAPE);
  });

  it('keeps --json free of escape codes even with --color', () => {
    const run = runBin([...STATUS, '--json', '--color']);
    expect(run.stdout).not.toMatch(ESCAPE);
    expect(JSON.parse(run.stdout).notice.deadline).toBe('2020-08-24');
  });
});

describe.skipIf(!hasProgram('script'))('colour from the built bin on a real terminal (script(1) gives it one)', () => {
  const onTerminal = (command: string) => {
    const child = spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm' },
    });
    return child.stdout;
  };
  const node = () => `${JSON.stringify(process.execPath)} ${JSON.stringify(builtBin())}`;

  it('colours stdout on the terminal and leaves stderr, redirected to a file, plain', () => {
    const dir = tempDir();
    expect(onTerminal(`${node()} ${STATUS.join(' ')} 2>${dir}/err`)).toMatch(ESCAPE);
    onTerminal(`${node()} ${BAD_DATE.join(' ')} 2>${dir}/err`);
    expect(readFileSync(join(dir, 'err'), 'utf8')).toMatch(/^gsomia: invalid --on date/);
  });

  it('paints stderr on the terminal and leaves stdout, redirected to a file, plain', () => {
    const dir = tempDir();
    onTerminal(`${node()} ${STATUS.join(' ')} >${dir}/out`);
    expect(readFileSync(join(dir, 'out'), 'utf8')).not.toMatch(ESCAPE);
    expect(onTerminal(`${node()} ${BAD_DATE.join(' ')} >${dir}/out`)).toMatch(/\x1b\[31mgsomia:/);
  });
});

describe('chalk', () => {
  it('is imported by color.ts alone, and only as the Chalk class (its default instance guesses from the environment)', () => {
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/from ['"]chalk['"]/.test(readFileSync(path, 'utf8'))) importers.push(path.slice(ROOT.length));
      }
    };
    walk(join(ROOT, 'src'));
    expect(importers).toEqual(['src/cli/color.ts']);
    expect(readFileSync(join(ROOT, 'src/cli/color.ts'), 'utf8')).toMatch(/import \{ Chalk, type ChalkInstance \} from 'chalk'/);
  });

  it('prints nothing when imported, whatever FORCE_COLOR and NO_COLOR say', () => {
    const child = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "const { Chalk } = await import('chalk'); new Chalk({ level: 0 });"],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', FORCE_COLOR: '3', NO_COLOR: '1' },
      },
    );
    expect(child.stdout).toBe('');
    expect(child.stderr).toBe('');
  });
});
