import { Argument, Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { GsomiaError } from '../../errors.js';
import { catalogue } from '../agreement-option.js';
import { isShellName, SHELLS } from '../completion/shells.js';
import type { KnownValues } from '../completion.js';
import { examples, type Shell } from '../shell.js';

/** The program itself: the script is generated from the whole tree, whatever was added to it. */
function rootOf(command: CommandUnknownOpts): CommandUnknownOpts {
  let root = command;
  while (root.parent) root = root.parent;
  return root;
}

/** Zones offered for `--tz`: what this Node knows, plus UTC, which Intl leaves out. */
function timeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', ...zones])];
}

export function completionCommand(shell: Shell) {
  const shellName = new Argument('<shell>', 'the shell to complete for');
  // Offered by the scripts themselves; checked in the action so a wrong name gets gsomia's own one-line error.
  shellName.argChoices = [...SHELLS];
  return new Command('completion')
    .description('print a completion script for bash, zsh or fish (agreement ids of the catalogue in use are built in)')
    .addArgument(shellName)
    .addHelpText(
      'after',
      examples(
        'source <(gsomia completion bash)          # in ~/.bashrc',
        'gsomia completion zsh > "${fpath[1]}/_gsomia"',
        'gsomia completion fish > ~/.config/fish/completions/gsomia.fish',
        'gsomia completion bash --data ./treaties  # complete the ids of another catalogue',
      ),
    )
    .action(async (name, _options, command) => {
      if (!isShellName(name))
        throw new GsomiaError('UNKNOWN_SHELL', `unknown shell "${name}": completion scripts exist for ${SHELLS.join(', ')}`, 2, {
          value: `"${name}"`,
          shells: SHELLS.join(', '),
        });
      const g = shell.globals(command);
      const agreements = (await catalogue(g.data)).map((entry) => entry.compiled);
      const known: KnownValues = {
        agreements: agreements.map((compiled) => ({ name: compiled.id, description: compiled.name })),
        parties: [...new Set(agreements.flatMap((compiled) => compiled.parties))].sort(),
        zones: timeZones(),
      };
      // The scripts are a lazy chunk: no other command needs them.
      const { completionScript, completionSpec } = await import('../completion.js');
      shell.out(completionScript(name, completionSpec(rootOf(command), known)));
    });
}
