import { bashScript } from './completion/bash.js';
import { fishScript } from './completion/fish.js';
import type { ShellName } from './completion/shells.js';
import type { CompletionSpec } from './completion/spec.js';
import { zshScript } from './completion/zsh.js';

/**
 * Shell completion scripts, generated from the commander command tree so that every
 * command and option added to the program is completed without touching this file.
 *
 * The catalogue's agreement ids and party codes are embedded in the script when it is
 * generated (no `gsomia` process runs at completion time, so a TAB costs nothing); a
 * script made with `--data DIR` or GSOMIA_DATA offers that catalogue's ids, and should
 * be generated again when the catalogue changes.
 *
 * completion/spec.ts reduces the tree to plain data; bash.ts, zsh.ts and fish.ts each
 * render it.
 */

export { isShellName, SHELLS, type ShellName } from './completion/shells.js';
export { type CompletionSpec, completionSpec, type KnownValues } from './completion/spec.js';

/**
 * The completion script for one shell.
 *
 * @example
 * completionScript('fish', completionSpec(program, known)) // '# fish completion for gsomia, …'
 */
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
