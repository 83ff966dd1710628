import { type Language, type Messages, messagesFor } from '../render/messages/index.js';
import type { GlobalOptions, ProgramIO } from './context.js';
import { languageOf } from './language.js';

/** What a command produced: written in one piece once the command has finished. */
export interface Result {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** What every command gets from the program: the outside world and where answers go. */
export interface Shell {
  readonly io: ProgramIO;
  readonly result: Result;
  /** appends to stdout (written whole at the end) */
  out(text: string): void;
  /** the global options (`--agreement`, `--data` or GSOMIA_DATA, `--tz`, `--color`) */
  globals(command: { optsWithGlobals(): unknown }): GlobalOptions;
  /** the message table of `--lang` (or GSOMIA_LANG), English by default: loaded only for another language */
  messages(globals: GlobalOptions): Promise<Messages>;
  /** the language of `--lang` (or GSOMIA_LANG), checked */
  language(globals: GlobalOptions): Language;
}

export function createShell(io: ProgramIO, result: Result): Shell {
  return {
    io,
    result,
    out: (text) => {
      result.stdout += text;
    },
    globals: (command) => {
      const options = command.optsWithGlobals() as GlobalOptions;
      const data = options.data ?? (io.env.GSOMIA_DATA || undefined);
      return { ...options, ...(data === undefined ? {} : { data }) };
    },
    messages: (globals) => messagesFor(languageOf(globals, io.env)),
    language: (globals) => languageOf(globals, io.env),
  };
}

/** "Examples:" help text shown after a command's options. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}
