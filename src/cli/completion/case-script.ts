import { commandCases, valueFlags } from './shared.js';
import type { CommandSpec, CompletionSpec, OptionSpec, Values } from './spec.js';

/**
 * The completion function bash and zsh share: scan the words before the cursor for the
 * command (stepping over flags' values), then complete a flag's value, an option, a
 * command or an operand. Each shell supplies its spelling as a `CaseDialect`; `{P}` in
 * the lines stands for the function-name prefix.
 */

/** How one shell spells the pieces of the case-based completion function. */
export interface CaseDialect {
  /** a `case` pattern matching any of the words, with its closing `)` */
  arm(words: readonly string[]): string;
  /** lines before the scan (locals, `cur` and `prev`) */
  readonly setup: readonly string[];
  /** the loop over the words before the cursor, and the word it looks at */
  readonly loop: string;
  readonly word: string;
  /** moves the loop past a flag's value */
  readonly skipValue: string;
  /** lines after the scan */
  readonly afterScan: readonly string[];
  /** the word under the cursor, tested for a leading '-' */
  readonly cursor: string;
  /** leaves the function once options are offered */
  readonly stop: string;
  /** completes a flag's value and stops */
  optionValue(values: Values): string;
  /** completes a command's operand */
  operand(values: Values): string;
  /** offers the options' flags */
  options(options: readonly OptionSpec[]): string;
  /** offers the commands' names */
  commands(commands: readonly CommandSpec[]): string;
}

type ValuedOption = OptionSpec & { readonly values: Values };
const valuedOptions = (options: readonly OptionSpec[]): ValuedOption[] =>
  options.filter((option): option is ValuedOption => option.values !== null && option.flags.length > 0);

/**
 * The lines of the `_{P}` function, from its opening to its closing brace.
 *
 * @example
 * caseFunction(spec, bash)
 * // ['_{P}() {', "  local cur=${COMP_WORDS[COMP_CWORD]} prev='' command='' i", …, "    '') _{P}_words 'status history …' ;;", …, '}']
 */
export function caseFunction(spec: CompletionSpec, dialect: CaseDialect): string[] {
  const { arm } = dialect;
  const skipped = valueFlags(spec);
  const valueCase = (option: ValuedOption) => `${arm(option.flags)} ${dialect.optionValue(option.values)} ;;`;
  // The default command also matches '' (no command yet), where its options apply.
  const pattern = (command: CommandSpec) => arm(command.name === spec.defaultCommand ? [command.name, "''"] : [command.name]);
  return [
    '_{P}() {',
    ...dialect.setup,
    `  ${dialect.loop}`,
    `    case ${dialect.word} in`,
    ...(skipped.length ? [`      ${arm(skipped)} ${dialect.skipValue} ;;`] : []),
    ...commandCases(spec).map(({ pattern: words, name }) => `      ${arm(words)} command=${name}; break ;;`),
    '    esac',
    '  done',
    ...dialect.afterScan,
    '  case $command in',
    ...spec.commands.flatMap((command) => {
      const cases = valuedOptions(command.options).map((option) => `        ${valueCase(option)}`);
      return cases.length ? [`    ${pattern(command)}`, '      case $prev in', ...cases, '      esac ;;'] : [];
    }),
    '  esac',
    '  case $prev in',
    ...valuedOptions(spec.globals).map((option) => `    ${valueCase(option)}`),
    '  esac',
    `  if [[ ${dialect.cursor} == -* ]]; then`,
    '    case $command in',
    ...spec.commands.map((command) => `      ${pattern(command)} ${dialect.options([...command.options, ...spec.globals])} ;;`),
    ...(spec.defaultCommand === null ? [`      ${arm(["''"])} ${dialect.options(spec.globals)} ;;`] : []),
    '    esac',
    `    ${dialect.stop}`,
    '  fi',
    '  case $command in',
    `    ${arm(["''"])} ${dialect.commands(spec.commands)} ;;`,
    ...spec.commands.flatMap((command) =>
      command.operands === null ? [] : [`    ${arm([command.name])} ${dialect.operand(command.operands)} ;;`],
    ),
    '  esac',
    '}',
  ];
}
