import { type CaseDialect, caseFunction } from './case-script.js';
import { functionName, header, singleQuoted } from './shared.js';
import type { CompletionSpec, Values, Word } from './spec.js';

/** The bash completion script: a `complete -F` function driven by `case` on the words before the cursor. */

const namesOf = (list: readonly Word[]) => list.map((word) => word.name).join(' ');

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

const bash: CaseDialect = {
  arm: (words) => `${words.join('|')})`,
  setup: [
    "  local cur=${COMP_WORDS[COMP_CWORD]} prev='' command='' i",
    '  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD-1]}',
    '  # bash splits "--agreement=inf" at "=": look past it',
    "  if [[ $cur == = ]]; then cur=''; elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then prev=${COMP_WORDS[COMP_CWORD-2]}; fi",
  ],
  loop: 'for ((i = 1; i < COMP_CWORD; i++)); do',
  word: '${COMP_WORDS[i]}',
  skipValue: '((i++))',
  afterScan: [],
  cursor: '$cur',
  stop: 'return 0',
  optionValue: (values) => `${bashValues(values)}return 0`,
  operand: (values) => `${bashValues(values)}return 0`,
  options: (options) => `_{P}_words ${singleQuoted(options.flatMap((option) => option.flags).join(' '))}`,
  commands: (commands) => `_{P}_words ${singleQuoted(commands.map((command) => command.name).join(' '))}`,
};

/**
 * The bash completion script for the spec'd program.
 *
 * @example
 * bashScript(spec) // '# bash completion for gsomia, …\n_gsomia() {\n…\ncomplete -F _gsomia gsomia\n'
 */
export function bashScript(spec: CompletionSpec): string {
  const lines = [
    header('bash', spec, `Load it with: source <(${spec.program} completion bash)`),
    ...caseFunction(spec, bash),
    '_{P}_words() { local IFS=$\' \\t\\n\'; COMPREPLY+=($(compgen -W "$1" -- "$cur")); }',
    '_{P}_files() { type compopt &>/dev/null && compopt -o filenames 2>/dev/null; local IFS=$\'\\n\'; COMPREPLY+=($(compgen -f -- "$cur")); }',
    '_{P}_dirs() { type compopt &>/dev/null && compopt -o filenames 2>/dev/null; local IFS=$\'\\n\'; COMPREPLY+=($(compgen -d -- "$cur")); }',
    `complete -F _{P} ${spec.program}`,
    '',
  ];
  return lines.join('\n').replaceAll('{P}', functionName(spec));
}
