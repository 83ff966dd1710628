import { commandCases, fishQuoted, functionName, header, valueFlags } from './shared.js';
import type { CompletionSpec, OptionSpec, Values } from './spec.js';

/** The fish completion script: one `complete` line per option, conditioned on the command named. */

/**
 * The fish completion script for the spec'd program.
 *
 * @example
 * fishScript(spec) // '# fish completion for gsomia, …\ncomplete -c gsomia -e\ncomplete -c gsomia -f\n…'
 */
export function fishScript(spec: CompletionSpec): string {
  const P = functionName(spec);
  const skipped = valueFlags(spec);
  const lines = [
    header(
      'fish',
      spec,
      `Load it with: ${spec.program} completion fish | source, or save it in ~/.config/fish/completions/${spec.program}.fish`,
    ),
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
    ...(skipped.length ? [`            case ${skipped.join(' ')}`, '                set skip 1'] : []),
    ...commandCases(spec).flatMap(({ pattern, name }) => [
      `            case ${pattern.join(' ')}`,
      `                echo ${name}`,
      '                return 0',
    ]),
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
        // Each candidate list is a function after the fixed ones, so `lines` grows here.
        const helper = `__${P}_values_${++helpers}`;
        lines.push(
          `function ${helper}`,
          ...values.words.map((word) => `    printf '%s\\t%s\\n' ${fishQuoted(word.name)} ${fishQuoted(word.description)}`),
          'end',
        );
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
    completions.push(
      `complete -c ${spec.program} -n ${fishQuoted(`__${P}_using ''`)} -a ${command.name} -d ${fishQuoted(command.description)}`,
    );
    const where = `__${P}_using ${command.name}${command.name === spec.defaultCommand ? " ''" : ''}`;
    for (const option of command.options) completions.push(optionLine(option, where));
    if (command.operands !== null)
      completions.push(
        `complete -c ${spec.program} -n ${fishQuoted(`__${P}_using ${command.name}`)} ${valueArgs(command.operands, false)}`,
      );
  }
  return [...lines, ...completions, ''].join('\n');
}
