import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../helpers/agreement.js';
import { commandTree, hasProgram, removeBinCopy, runBin, runIn, tempDir, writeTemp } from '../helpers/cli.js';

afterAll(removeBinCopy);

async function script(shell: string, ...globals: string[]): Promise<string> {
  const run = await runIn(['completion', shell, ...globals]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** The words bash would offer: sources the script and calls its function as `complete -F` would. */
function bashCompletes(scriptFile: string, cwd: string, ...words: string[]): string[] {
  const harness =
    'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _gsomia; printf "%s\\n" "${COMPREPLY[@]}"';
  const child = spawnSync('bash', ['--norc', '--noprofile', '-c', harness, 'harness', scriptFile, ...words], { encoding: 'utf8', cwd });
  expect(child.stderr).toBe('');
  return child.stdout.split('\n').filter(Boolean);
}

describe('gsomia completion bash', () => {
  let file = '';
  let empty = '';
  const complete = (...words: string[]) => bashCompletes(file, empty, 'gsomia', ...words);
  beforeAll(async () => {
    empty = tempDir();
    file = writeTemp(tempDir(), 'gsomia.bash', await script('bash'));
  });

  it('passes bash -n', () => {
    const child = spawnSync('bash', ['--norc', '-n', file], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
  });

  it('completes "gsomia st" to status', () => {
    expect(complete('st')).toContain('status');
  });

  it('completes "gsomia status --o" to --on', () => {
    expect(complete('status', '--o')).toEqual(['--on']);
  });

  it('offers the catalogue ids, inf among them, after --agreement', () => {
    expect(complete('--agreement', '')).toEqual(expect.arrayContaining(['gsomia', 'inf', 'paris']));
    expect(complete('status', '-a', 'in')).toEqual(['inf']);
  });

  it('completes the value after "--agreement=", which bash splits into its own word', () => {
    expect(complete('status', '--agreement', '=', 'in')).toEqual(['inf']);
  });

  it('offers files after --agreement, since a definition file works too', () => {
    const dir = tempDir();
    writeTemp(dir, 'my-treaty.json', '{}');
    expect(bashCompletes(file, dir, 'gsomia', '--agreement', 'my')).toEqual(['my-treaty.json']);
  });

  it('offers the party codes after --party, US and KR among them', () => {
    expect(complete('status', '--party', '')).toEqual(expect.arrayContaining(['US', 'KR']));
  });

  it('offers the time zones after --tz', () => {
    expect(complete('--tz', 'Asia/Tok')).toEqual(['Asia/Tokyo']);
  });

  it('offers every command of the tree, help included, when no command is named yet', () => {
    const names = commandTree().commands.map((command) => command.name());
    expect(names).toEqual(expect.arrayContaining(['status', 'history', 'deadlines', 'list', 'validate', 'completion']));
    expect(complete('')).toEqual(expect.arrayContaining([...names, 'help']));
  });

  it('offers every option of every command of the tree, and the global ones, after that command', () => {
    const root = commandTree();
    const globals = root.options.map((option) => option.long).filter((flag) => flag !== undefined);
    expect(globals).toEqual(expect.arrayContaining(['--agreement', '--data', '--tz', '--color', '--no-color']));
    for (const command of root.commands) {
      const offered = complete(command.name(), '--');
      for (const option of command.options) if (option.long) expect(offered, `${command.name()} ${option.long}`).toContain(option.long);
      expect(offered, command.name()).toEqual(expect.arrayContaining(globals));
    }
  });

  it('offers the declared choices of every option that has them (such as --format)', () => {
    for (const command of commandTree().commands) {
      for (const option of command.options) {
        if (option.argChoices && option.long)
          expect(complete(command.name(), option.long, ''), `${command.name()} ${option.long}`).toEqual(option.argChoices);
      }
    }
  });

  it('offers the default command status options before any command: "gsomia --ex" → --exit-code', () => {
    expect(complete('--ex')).toContain('--exit-code');
  });

  it('finds the command past a global option and its value: "gsomia --agreement inf status --o"', () => {
    expect(complete('--agreement', 'inf', 'status', '--o')).toEqual(['--on']);
  });

  it('offers bash, zsh and fish after "completion"', () => {
    expect(complete('completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('offers nothing after --on, which wants a date', () => {
    expect(complete('status', '--on', '')).toEqual([]);
  });
});

describe('the catalogue in a completion script', () => {
  const catalogueDir = () => {
    const dir = tempDir();
    writeTemp(dir, 'my-pact.json', JSON.stringify(definition({ id: 'my-pact', title: 'My pact', parties: ['XA', 'XB'] })));
    return dir;
  };

  it('embeds the ids of the --data catalogue instead of the built-in ones', async () => {
    const file = writeTemp(tempDir(), 'c.bash', await script('bash', '--data', catalogueDir()));
    expect(bashCompletes(file, tempDir(), 'gsomia', '--agreement', '')).toEqual(['my-pact']);
    expect(bashCompletes(file, tempDir(), 'gsomia', '--party', '')).toEqual(['XA', 'XB']);
  });

  it('embeds the ids of the GSOMIA_DATA catalogue', async () => {
    const run = await runIn(['completion', 'fish'], { env: { GSOMIA_DATA: catalogueDir() } });
    expect(run.stdout).toContain("'my-pact'");
    expect(run.stdout).not.toContain("'inf'");
  });
});

describe('gsomia completion for other shells', () => {
  it('exits 2 naming "powershell" and listing bash, zsh, fish, with nothing on stdout', async () => {
    const run = await runIn(['completion', 'powershell']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^gsomia: [^\n]*"powershell"[^\n]*bash, zsh, fish\n$/);
  });

  it.skipIf(!hasProgram('zsh'))('gives a zsh script that passes zsh -n', async () => {
    const file = writeTemp(tempDir(), '_gsomia', await script('zsh'));
    const child = spawnSync('zsh', ['-n', file], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
  });

  it.skipIf(!hasProgram('zsh'))('gives a zsh function that offers status for "gsomia st" and inf after --agreement', async () => {
    const file = writeTemp(tempDir(), '_gsomia', await script('zsh'));
    // compsys is not running outside an interactive shell: stand-ins print what would be offered.
    const harness = [
      'compdef() {}',
      '_describe() { local -a c; c=("${(@P)4}"); print -l -- "${c[@]%%:*}"; }',
      '_files() { print -- "(files)"; }',
      'source "$1"; shift; words=("$@"); CURRENT=$#; PREFIX=${words[CURRENT]}; _gsomia',
    ].join('\n');
    const offered = (...words: string[]) =>
      spawnSync('zsh', ['-f', '-c', harness, 'harness', file, 'gsomia', ...words], { encoding: 'utf8' }).stdout.split('\n');
    expect(offered('st')).toContain('status');
    expect(offered('status', '--o')).toContain('--on');
    expect(offered('--agreement', '')).toEqual(expect.arrayContaining(['inf', '(files)']));
  });

  it.skipIf(!hasProgram('fish'))('gives a fish script that passes fish --no-execute', async () => {
    const file = writeTemp(tempDir(), 'gsomia.fish', await script('fish'));
    const child = spawnSync('fish', ['--no-execute', file], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
  });

  it.skipIf(!hasProgram('fish'))('gives fish completions: status for "gsomia st", --on, inf after --agreement', async () => {
    const file = writeTemp(tempDir(), 'gsomia.fish', await script('fish'));
    const offered = (line: string) =>
      spawnSync('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', file, line], { encoding: 'utf8', cwd: tempDir() })
        .stdout.split('\n')
        .map((entry) => entry.split('\t')[0]);
    expect(offered('gsomia st')).toContain('status');
    expect(offered('gsomia status --o')).toContain('--on');
    expect(offered('gsomia --agreement i')).toContain('inf');
    expect(offered('gsomia completion ')).toEqual(expect.arrayContaining(['bash', 'zsh', 'fish']));
  });
});

describe('gsomia completion from the built bin', () => {
  it('prints a bash script with the built-in catalogue that passes bash -n', () => {
    const run = runBin(['completion', 'bash']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('new-start');
    const child = spawnSync('bash', ['--norc', '-n'], { input: run.stdout, encoding: 'utf8' });
    expect(child.status).toBe(0);
  });
});
