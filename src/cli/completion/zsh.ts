import { type CaseDialect, caseFunction } from './case-script.js';
import { functionName, header, singleQuoted } from './shared.js';
import type { CompletionSpec, OptionSpec, Values, Word } from './spec.js';

/** The zsh completion script: a `#compdef` function offering described candidates through `_describe`. */

const described = (list: readonly Word[]) =>
  list.map((word) => singleQuoted(word.description ? `${word.name}:${word.description}` : word.name)).join(' ');
const optionWords = (options: readonly OptionSpec[]) =>
  described(options.flatMap((option) => option.flags.map((flag) => ({ name: flag, description: option.description }))));

function zshValues(values: Values): string {
  switch (values.kind) {
    case 'none':
      return `_message ${singleQuoted(values.hint)}`;
    case 'words':
      return `_{P}_describe values ${described(values.words)}`;
    case 'files':
      return `${values.words.length ? `_{P}_describe values ${described(values.words)}; ` : ''}_files`;
    case 'dirs':
      return '_files -/';
  }
}

const zsh: CaseDialect = {
  arm: (words) => `(${words.join('|')})`,
  setup: ['  local prev=${words[CURRENT-1]} command= i'],
  loop: 'for (( i = 2; i < CURRENT; i++ )); do',
  word: '${words[i]}',
  skipValue: '(( i++ ))',
  afterScan: [
    '  # "--agreement=inf": complete the value after "="',
    "  if [[ $PREFIX == -*=* ]]; then prev=${PREFIX%%=*}; compset -P '*='; fi",
  ],
  cursor: '$PREFIX',
  stop: 'return',
  optionValue: (values) => `${zshValues(values)}; return`,
  operand: zshValues,
  options: (options) => `_{P}_describe options ${optionWords(options)}`,
  commands: (commands) =>
    `_{P}_describe commands ${described(commands.map((command) => ({ name: command.name, description: command.description })))}`,
};

/**
 * The zsh completion script for the spec'd program, usable sourced or saved in $fpath.
 *
 * @example
 * zshScript(spec) // '#compdef gsomia\n# zsh completion for gsomia, …\n_gsomia() {\n…'
 */
export function zshScript(spec: CompletionSpec): string {
  const lines = [
    `#compdef ${spec.program}`,
    header('zsh', spec, `Load it with: source <(${spec.program} completion zsh), or save it as _${spec.program} in a directory of $fpath.`),
    ...caseFunction(spec, zsh),
    '_{P}_describe() { local tag=$1; shift; local -a candidates; candidates=("$@"); _describe -t $tag $tag candidates; }',
    // Saved in $fpath the file is the body of _{P}; sourced, it registers the function.
    `if [[ \${funcstack[1]} == _{P} ]]; then _{P} "$@"; else compdef _{P} ${spec.program}; fi`,
    '',
  ];
  return lines.join('\n').replaceAll('{P}', functionName(spec));
}
