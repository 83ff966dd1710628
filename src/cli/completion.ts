import type { Argument, CommandUnknownOpts, Option } from '@commander-js/extra-typings';

/**
 * Shell completion scripts, generated from the commander command tree so that every
 * command and option added to the program is completed without touching this file.
 *
 * The catalogue's agreement ids and party codes are embedded in the script when it is
 * generated (no `gsomia` process runs at completion time, so a TAB costs nothing); a
 * script made with `--data DIR` or GSOMIA_DATA offers that catalogue's ids, and should
 * be generated again when the catalogue changes.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type ShellName = (typeof SHELLS)[number];
export const isShellName = (name: string): name is ShellName => (SHELLS as readonly string[]).includes(name);

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

/** Walks the program's command tree: every visible command, its options and operands. */
export function completionSpec(root: CommandUnknownOpts, known: KnownValues): CompletionSpec {
  const help = root.createHelp();
  const visible = help.visibleCommands(root);
  const commandNames = visible.flatMap((command) => [command.name(), ...command.aliases()]);
  const spec = (option: Option): OptionSpec => ({ flags: flagsOf(option), description: option.description, values: optionValues(option, known, commandNames) });
  // The private field is the only record of `addCommand(…, { isDefault: true })`.
  const defaultCommand = (root as unknown as { _defaultCommandName?: string | null })._defaultCommandName ?? null;
  return {
    program: root.name(),
    globals: help.visibleOptions(root).filter((option) => option.long !== '--help').map(spec),
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

/** The completion script for one shell. */
export function completionScript(shell: ShellName, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bashScript(spec);
    case 'zsh':
      return zshScript(spec);
    case 'fish':
      return fishScript(spec);
  }
}

const HEADER = (shell: string, spec: CompletionSpec, load: string) =>
  `# ${shell} completion for ${spec.program}, generated by \`${spec.program} completion ${shell}\` from its commands.\n` +
  `# Agreement ids and party codes are those of the catalogue when it was generated.\n# ${load}\n`;

const valueFlags = (spec: CompletionSpec) => {
  const defaults = spec.commands.find((command) => command.name === spec.defaultCommand)?.options ?? [];
  return [...new Set([...spec.globals, ...defaults].filter((option) => option.values !== null).flatMap((option) => option.flags))];
};
const commandCases = (spec: CompletionSpec) => spec.commands.map((command) => ({ pattern: [command.name, ...command.aliases], name: command.name }));
/** The options usable after `command` ('' = no command yet, where the default command's apply). */
const optionsAfter = (spec: CompletionSpec, command: CommandSpec | undefined) => [...(command?.options ?? []), ...spec.globals];
const namesOf = (list: readonly Word[]) => list.map((word) => word.name).join(' ');
const singleQuoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function bashValues(values: Values): string {
  switch (values.kind) {
    case 'none':
      return '';
    case 'words':
      return `_{P}_words ${singleQuoted(namesOf(values.words))}; `;
    case 'files':
      return `${values.words.length ? `_{P}_words ${singleQuoted(namesOf(values.words))}; ` : ''}_{P}_files; `;
    case 'dirs':
      return '_{P}_dirs; ';
  }
}

function bashScript(spec: CompletionSpec): string {
  const lines: string[] = [HEADER('bash', spec, `Load it with: source <(${spec.program} completion bash)`)];
  const valueCases = (options: readonly OptionSpec[], indent: string) =>
    options
      .filter((option) => option.values !== null && option.flags.length > 0)
      .map((option) => `${indent}${option.flags.join('|')}) ${bashValues(option.values as Values)}return 0 ;;`);
  const label = (command: CommandSpec) => (command.name === spec.defaultCommand ? `${command.name}|''` : command.name);
  lines.push(
    '_{P}() {',
    "  local cur=${COMP_WORDS[COMP_CWORD]} prev='' command='' i",
    '  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD-1]}',
    '  # bash splits "--agreement=inf" at "=": look past it',
    "  if [[ $cur == = ]]; then cur=''; elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then prev=${COMP_WORDS[COMP_CWORD-2]}; fi",
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    case ${COMP_WORDS[i]} in',
    ...(valueFlags(spec).length ? [`      ${valueFlags(spec).join('|')}) ((i++)) ;;`] : []),
    ...commandCases(spec).map(({ pattern, name }) => `      ${pattern.join('|')}) command=${name}; break ;;`),
    '    esac',
    '  done',
    '  case $command in',
    ...spec.commands.flatMap((command) => {
      const cases = valueCases(command.options, '        ');
      return cases.length ? [`    ${label(command)})`, '      case $prev in', ...cases, '      esac ;;'] : [];
    }),
    '  esac',
    '  case $prev in',
    ...valueCases(spec.globals, '    '),
    '  esac',
    '  if [[ $cur == -* ]]; then',
    '    case $command in',
    ...spec.commands.map((command) => `      ${label(command)}) _{P}_words ${singleQuoted(optionsAfter(spec, command).flatMap((option) => option.flags).join(' '))} ;;`),
    ...(spec.defaultCommand === null ? [`      '') _{P}_words ${singleQuoted(spec.globals.flatMap((option) => option.flags).join(' '))} ;;`] : []),
    '    esac',
    '    return 0',
    '  fi',
    '  case $command in',
    `    '') _{P}_words ${singleQuoted(spec.commands.map((command) => command.name).join(' '))} ;;`,
    ...spec.commands.filter((command) => command.operands !== null).map((command) => `    ${command.name}) ${bashValues(command.operands as Values)}return 0 ;;`),
    '  esac',
    '}',
    '_{P}_words() { local IFS=$\' \\t\\n\'; COMPREPLY+=($(compgen -W "$1" -- "$cur")); }',
    "_{P}_files() { type compopt &>/dev/null && compopt -o filenames 2>/dev/null; local IFS=$'\\n'; COMPREPLY+=($(compgen -f -- \"$cur\")); }",
    "_{P}_dirs() { type compopt &>/dev/null && compopt -o filenames 2>/dev/null; local IFS=$'\\n'; COMPREPLY+=($(compgen -d -- \"$cur\")); }",
    `complete -F _{P} ${spec.program}`,
    '',
  );
  return lines.join('\n').replaceAll('{P}', functionName(spec));
}

/** `gsomia` → `gsomia`; a program name usable in shell function names. */
const functionName = (spec: CompletionSpec) => spec.program.replace(/[^\w]/g, '_');

const zshDescribed = (list: readonly Word[]) => list.map((word) => singleQuoted(word.description ? `${word.name}:${word.description}` : word.name)).join(' ');

function zshValues(values: Values): string {
  switch (values.kind) {
    case 'none':
      return `_message ${singleQuoted(values.hint)}`;
    case 'words':
      return `_{P}_describe values ${zshDescribed(values.words)}`;
    case 'files':
      return `${values.words.length ? `_{P}_describe values ${zshDescribed(values.words)}; ` : ''}_files`;
    case 'dirs':
      return '_files -/';
  }
}

function zshScript(spec: CompletionSpec): string {
  const optionWords = (options: readonly OptionSpec[]) =>
    zshDescribed(options.flatMap((option) => option.flags.map((flag) => ({ name: flag, description: option.description }))));
  const valueCases = (options: readonly OptionSpec[], indent: string) =>
    options
      .filter((option) => option.values !== null && option.flags.length > 0)
      .map((option) => `${indent}(${option.flags.join('|')}) ${zshValues(option.values as Values)}; return ;;`);
  const label = (command: CommandSpec) => (command.name === spec.defaultCommand ? `${command.name}|''` : command.name);
  const lines = [
    `#compdef ${spec.program}`,
    HEADER('zsh', spec, `Load it with: source <(${spec.program} completion zsh), or save it as _${spec.program} in a directory of $fpath.`),
    '_{P}() {',
    '  local prev=${words[CURRENT-1]} command= i',
    '  for (( i = 2; i < CURRENT; i++ )); do',
    '    case ${words[i]} in',
    ...(valueFlags(spec).length ? [`      (${valueFlags(spec).join('|')}) (( i++ )) ;;`] : []),
    ...commandCases(spec).map(({ pattern, name }) => `      (${pattern.join('|')}) command=${name}; break ;;`),
    '    esac',
    '  done',
    '  # "--agreement=inf": complete the value after "="',
    "  if [[ $PREFIX == -*=* ]]; then prev=${PREFIX%%=*}; compset -P '*='; fi",
    '  case $command in',
    ...spec.commands.flatMap((command) => {
      const cases = valueCases(command.options, '        ');
      return cases.length ? [`    (${label(command)})`, '      case $prev in', ...cases, '      esac ;;'] : [];
    }),
    '  esac',
    '  case $prev in',
    ...valueCases(spec.globals, '    '),
    '  esac',
    '  if [[ $PREFIX == -* ]]; then',
    '    case $command in',
    ...spec.commands.map((command) => `      (${label(command)}) _{P}_describe options ${optionWords(optionsAfter(spec, command))} ;;`),
    ...(spec.defaultCommand === null ? [`      ('') _{P}_describe options ${optionWords(spec.globals)} ;;`] : []),
    '    esac',
    '    return',
    '  fi',
    '  case $command in',
    `    ('') _{P}_describe commands ${zshDescribed(spec.commands.map((command) => ({ name: command.name, description: command.description })))} ;;`,
    ...spec.commands.filter((command) => command.operands !== null).map((command) => `    (${command.name}) ${zshValues(command.operands as Values)} ;;`),
    '  esac',
    '}',
    '_{P}_describe() { local tag=$1; shift; local -a candidates; candidates=("$@"); _describe -t $tag $tag candidates; }',
    // Saved in $fpath the file is the body of _{P}; sourced, it registers the function.
    'if [[ ${funcstack[1]} == _{P} ]]; then _{P} "$@"; else compdef _{P} ' + spec.program + '; fi',
    '',
  ];
  return lines.join('\n').replaceAll('{P}', functionName(spec));
}

const fishQuoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fishScript(spec: CompletionSpec): string {
  const P = functionName(spec);
  const lines = [
    HEADER('fish', spec, `Load it with: ${spec.program} completion fish | source, or save it in ~/.config/fish/completions/${spec.program}.fish`),
    `complete -c ${spec.program} -e`,
    `complete -c ${spec.program} -f`,
    `function __${P}_command --description 'the command named on the line, if any'`,
    '    set -l tokens (commandline -opc)',
    '    set -l skip 0',
    '    for token in $tokens[2..-1]',
    '        if test $skip = 1',
    '            set skip 0',
    '            continue',
    '        end',
    '        switch $token',
    ...(valueFlags(spec).length ? [`            case ${valueFlags(spec).join(' ')}`, '                set skip 1'] : []),
    ...commandCases(spec).flatMap(({ pattern, name }) => [`            case ${pattern.join(' ')}`, `                echo ${name}`, '                return 0']),
    '        end',
    '    end',
    "    echo ''",
    'end',
    `function __${P}_using --description 'is the command on the line one of these?'`,
    `    contains -- (__${P}_command) $argv`,
    'end',
  ];
  let helpers = 0;
  // An option's value needs -r (required); an operand is a plain argument.
  const valueArgs = (values: Values, ofOption: boolean): string => {
    const noFiles = ofOption ? '-x' : '-f';
    switch (values.kind) {
      case 'none':
        return noFiles;
      case 'dirs':
        return `${noFiles} -a '(__fish_complete_directories)'`;
      case 'words':
      case 'files': {
        const helper = `__${P}_values_${++helpers}`;
        lines.push(`function ${helper}`, ...values.words.map((word) => `    printf '%s\\t%s\\n' ${fishQuoted(word.name)} ${fishQuoted(word.description)}`), 'end');
        return `${values.kind === 'files' ? (ofOption ? '-r -F' : '-F') : noFiles} -a '(${helper})'`;
      }
    }
  };
  const optionLine = (option: OptionSpec, condition: string | null) => {
    const flags = option.flags.map((flag) => (flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`)).join(' ');
    const value = option.values === null ? '' : ` ${valueArgs(option.values, true)}`;
    return `complete -c ${spec.program}${condition ? ` -n ${fishQuoted(condition)}` : ''} ${flags}${value} -d ${fishQuoted(option.description)}`;
  };
  const completions: string[] = [];
  for (const option of spec.globals) completions.push(optionLine(option, null));
  for (const command of spec.commands) {
    completions.push(`complete -c ${spec.program} -n ${fishQuoted(`__${P}_using ''`)} -a ${command.name} -d ${fishQuoted(command.description)}`);
    const where = `__${P}_using ${command.name}${command.name === spec.defaultCommand ? " ''" : ''}`;
    for (const option of command.options) completions.push(optionLine(option, where));
    if (command.operands !== null) completions.push(`complete -c ${spec.program} -n ${fishQuoted(`__${P}_using ${command.name}`)} ${valueArgs(command.operands, false)}`);
  }
  return [...lines, ...completions, ''].join('\n');
}
