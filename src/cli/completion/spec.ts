import type { Argument, CommandUnknownOpts, Option } from '@commander-js/extra-typings';
import { LANGUAGES } from '../../render/messages/index.js';

/**
 * The completion spec: the commander command tree reduced to plain data (commands,
 * options, what each value can be), so that each shell's script is rendered from data
 * and no renderer needs commander.
 */

/** A candidate word, with a description for the shells that show one. */
export interface Word {
  readonly name: string;
  readonly description: string;
}

/** What can be typed in one place: nothing to offer (a date), words, files, directories. */
export type Values =
  | { readonly kind: 'none'; readonly hint: string }
  | { readonly kind: 'words'; readonly words: readonly Word[] }
  | { readonly kind: 'files'; readonly words: readonly Word[] }
  | { readonly kind: 'dirs' };

export interface OptionSpec {
  /** `-a`, `--agreement` */
  readonly flags: readonly string[];
  readonly description: string;
  /** what its value can be; null for a flag without a value */
  readonly values: Values | null;
}

export interface CommandSpec {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly options: readonly OptionSpec[];
  /** what its operands can be; null when it takes none */
  readonly operands: Values | null;
}

export interface CompletionSpec {
  readonly program: string;
  readonly commands: readonly CommandSpec[];
  /** the program's own options, accepted before and after a command */
  readonly globals: readonly OptionSpec[];
  /** the command run when none is named (its options complete before any command) */
  readonly defaultCommand: string | null;
}

/** What the catalogue contributes: agreement ids with their names, party codes, zones. */
export interface KnownValues {
  readonly agreements: readonly Word[];
  readonly parties: readonly string[];
  readonly zones: readonly string[];
}

// Only words that need no quoting in any of the three shells (and no ':' for zsh) are embedded.
const SAFE_WORD = /^[\w.+/@-]+$/;
const words = (names: readonly string[], description = ''): Word[] =>
  names.filter((name) => SAFE_WORD.test(name)).map((name) => ({ name, description }));

function optionValues(option: Option, known: KnownValues, commandNames: readonly string[]): Values | null {
  if (!option.required && !option.optional) return null;
  if (option.argChoices) return { kind: 'words', words: words(option.argChoices) };
  const placeholder = /[<[]([^>\]]*)[>\]]/.exec(option.flags)?.[1] ?? 'value';
  switch (option.attributeName()) {
    case 'agreement':
      return { kind: 'files', words: known.agreements.filter((word) => SAFE_WORD.test(word.name)) };
    case 'party':
      return { kind: 'words', words: words(known.parties) };
    case 'tz':
      return { kind: 'words', words: words(known.zones) };
    case 'lang':
      return { kind: 'words', words: words(LANGUAGES) };
    case 'command':
      return { kind: 'words', words: words(commandNames) };
  }
  if (/dir/i.test(placeholder)) return { kind: 'dirs' };
  if (/file|path/i.test(placeholder)) return { kind: 'files', words: [] };
  return { kind: 'none', hint: placeholder };
}

function operandValues(argument: Argument | undefined, commandNames: readonly string[]): Values | null {
  if (argument === undefined) return null;
  if (argument.argChoices) return { kind: 'words', words: words(argument.argChoices) };
  // `help [command]`, commander's own help command
  if (argument.name() === 'command') return { kind: 'words', words: words(commandNames) };
  return { kind: 'files', words: [] };
}

const flagsOf = (option: Option) => [option.short, option.long].filter((flag): flag is string => flag !== undefined);

/**
 * Walks the program's command tree: every visible command, its options and operands.
 *
 * @example
 * // `gsomia status --on <date> --party <code>`, parties ['JP', 'KR']:
 * // commands[0] = { name: 'status', options: [{ flags: ['--on'], values: { kind: 'none', hint: 'date' } },
 * //   { flags: ['--party'], values: { kind: 'words', words: [{ name: 'JP', … }, { name: 'KR', … }] } }], … }
 */
export function completionSpec(root: CommandUnknownOpts, known: KnownValues): CompletionSpec {
  const help = root.createHelp();
  const visible = help.visibleCommands(root);
  const commandNames = visible.flatMap((command) => [command.name(), ...command.aliases()]);
  const spec = (option: Option): OptionSpec => ({
    flags: flagsOf(option),
    description: option.description,
    values: optionValues(option, known, commandNames),
  });
  // The private field is the only record of `addCommand(…, { isDefault: true })`.
  const defaultCommand = (root as unknown as { _defaultCommandName?: string | null })._defaultCommandName ?? null;
  return {
    program: root.name(),
    globals: help
      .visibleOptions(root)
      .filter((option) => option.long !== '--help')
      .map(spec),
    defaultCommand,
    commands: visible.map((command) => ({
      name: command.name(),
      aliases: command.aliases(),
      description: help.subcommandDescription(command),
      options: help.visibleOptions(command).map(spec),
      operands: operandValues(command.registeredArguments[0], commandNames),
    })),
  };
}
