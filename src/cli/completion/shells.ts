// The shells with a completion script, apart from the scripts: `completion` checks the name
// before it loads them (a lazy chunk, ../completion.ts).

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type ShellName = (typeof SHELLS)[number];

/**
 * Whether a name typed on the line is a shell with a completion script.
 *
 * @example
 * isShellName('zsh') // true; isShellName('powershell') // false
 */
export const isShellName = (name: string): name is ShellName => (SHELLS as readonly string[]).includes(name);
