import { Command, CommanderError } from '@commander-js/extra-typings';
import { isGsomiaError, quoted } from '../errors.js';
import { editDistance } from '../model/edit-distance.js';
import { translateError, translateUsage } from '../render/messages/errors.js';
import { errorMessagesFor } from '../render/messages/index.js';
import { stderrPaint } from './color.js';
import { completionCommand } from './commands/completion.js';
import { deadlinesCommand } from './commands/deadlines.js';
import { historyCommand } from './commands/history.js';
import { listCommand } from './commands/list.js';
import { schemaCommand } from './commands/schema.js';
import { statusCommand } from './commands/status.js';
import { timelineCommand } from './commands/timeline.js';
import { validateCommand } from './commands/validate.js';
import type { GlobalOptions, ProgramIO } from './context.js';
import { asJsonErrors, jsonErrorLine, jsonRequested } from './error-lines.js';
import { languageOf, requestedLanguage } from './language.js';
import { createShell, examples, type Result } from './shell.js';

declare const __GSOMIA_VERSION__: string | undefined;
const VERSION = typeof __GSOMIA_VERSION__ === 'undefined' ? '0.0.0-source' : __GSOMIA_VERSION__;

/** The end of every help text: what the environment changes, and what the exit status says. */
const ENVIRONMENT_AND_EXIT = `Environment:
  GSOMIA_NOW    the instant taken as now, with Z or an offset (2020-08-24T20:00:00Z)
  GSOMIA_DATA   your catalogue directory, as --data
  GSOMIA_LANG   the language of text output and errors, as --lang
  NO_COLOR      never colour the output; FORCE_COLOR=1 colours it anyway

Exit status:
  0  success
  1  the answer is "no": status --exit-code or --quiet, notice no longer possible;
     deadlines --exit-code or --quiet, a deadline listed; validate, a file is invalid
  2  bad usage or input: an unknown option, an impossible date, an unknown agreement,
     an unreadable or invalid file (the good files of a catalogue are still answered)
  3  an internal error (please report it with the command line)

Errors go to stderr, one line each, even with --quiet; with --json, as JSON lines:
  {"error":{"code":2,"message":"…"}} (the code is the exit status)`;

/**
 * Builds the commander program. Nothing here touches process: the streams, the clock
 * and the environment come in through `io`, and every answer goes into `result`.
 */
export function createProgram(io: ProgramIO, result: Result) {
  const program = new Command()
    .name('gsomia')
    .description('Treaty renewal calculator: can notice still be given, and what happens if it is?')
    .version(VERSION, '-V, --version')
    .option('-a, --agreement <id|path>', 'agreement id from the catalogue, or a definition file', 'gsomia')
    .option('--data <dir>', 'your catalogue directory, searched before the built-in one (or GSOMIA_DATA)')
    .option('--tz <zone>', "IANA time zone for today (default: the agreement's)")
    .option('--reading <id>', 'answer under another reading of the record, where sources disagree (gsomia list marks them)')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .option('--lang <code>', 'language of text output and errors: en, ja, ko or zh (or GSOMIA_LANG); JSON and CSV never change')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        result.stdout += text;
      },
      writeErr: (text) => {
        result.stderr += text;
      },
      outputError: () => {
        // Usage errors are rendered once, by runCli, as one line.
      },
    })
    .showSuggestionAfterError(true)
    // Every command's help shows the options above and what follows, not the program's alone.
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('afterAll', ENVIRONMENT_AND_EXIT)
    .addHelpText('after', examples('gsomia status --on 2020-08-24', 'gsomia history --until 2026-11-28', 'gsomia deadlines --all --json'));

  // An unknown --lang (or GSOMIA_LANG) is a usage error whatever the command prints.
  program.hook('preAction', (_program, action) => {
    languageOf(action.optsWithGlobals() as GlobalOptions, io.env);
  });
  const shell = createShell(io, result);
  // Commands built on their own do not inherit exitOverride and output settings: copy them.
  // biome-ignore lint/suspicious/noExplicitAny: each command has its own argument and option types; addCommand takes them all
  const add = (command: Command<any, any, any>, isDefault = false) =>
    program.addCommand(command.copyInheritedSettings(program), { isDefault });
  add(statusCommand(shell), true);
  add(historyCommand(shell));
  add(deadlinesCommand(shell));
  add(listCommand(shell));
  add(validateCommand(shell));
  add(timelineCommand(shell));
  add(completionCommand(shell));
  add(schemaCommand(shell));
  return program;
}

/**
 * Usage errors from commander, as one line: "unknown option '--foo'". A stray word is
 * named: `gsomia frobnicate` reaches the default command as an extra argument, and
 * `gsomia help frobnicate` makes commander print the whole help on stderr.
 */
function usageLine(error: CommanderError, program: ReturnType<typeof createProgram>): string {
  if (error.code === 'commander.help')
    return `unknown command ${quoted(program.args[1] ?? '')}${didYouMean(program.args[1] ?? '', program)}`;
  if (error.code === 'commander.excessArguments') {
    const command = program.commands.find((candidate) => candidate.args.length > candidate.registeredArguments.length);
    const stray = command?.args[command.registeredArguments.length];
    if (command && stray !== undefined) {
      return program.args[0] === command.name()
        ? `unexpected argument ${quoted(stray)} for ${command.name()}`
        : `unknown command ${quoted(stray)}${didYouMean(stray, program)}`;
    }
  }
  // commander puts its "(Did you mean --on?)" on a second line: keep it on the one line.
  return (
    error.message
      .replace(/^error: /, '')
      .replace(/\n\(Did you mean /, ' (did you mean ')
      .split('\n')[0] ?? error.message
  );
}

/** " (did you mean status?)" when one command is within two edits of the word, else "". */
function didYouMean(word: string, program: ReturnType<typeof createProgram>): string {
  const names = program.commands.flatMap((command) => [command.name(), ...command.aliases()]);
  const best = names.map((name) => ({ name, edits: editDistance(word, name) })).sort((a, b) => a.edits - b.edits)[0];
  return best && best.edits <= 2 && best.edits < word.length ? ` (did you mean ${best.name}?)` : '';
}

const EXIT_OK_CODES = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/**
 * Runs one command line (without `node` and the script) and returns the exit status.
 * Output is written once, whole; errors are one line on stderr with nothing on stdout.
 */
export async function runCli(argv: readonly string[], io: ProgramIO): Promise<number> {
  const result: Result = { stdout: '', stderr: '', exitCode: 0 };
  const program = createProgram(io, result);
  // Error lines follow stderr's own colour level (a terminal, NO_COLOR, --no-color…), not stdout's.
  const red = (text: string) => stderrPaint(argv, io.env, io.stderr).red(text);
  const json = jsonRequested(argv);
  const errorLine = (code: number, message: string) => (json ? jsonErrorLine(code, message) : `${red('gsomia:')} ${message}\n`);
  // Another language's error sentences load only when there is an error to say.
  const errorTable = () => errorMessagesFor(requestedLanguage(argv, io.env));
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Help and --version exit 0; help shown for a mistake (`help frobnicate`) is an error.
    const helped = error instanceof CommanderError && EXIT_OK_CODES.has(error.code) && error.exitCode === 0;
    result.stdout = helped ? result.stdout : '';
    if (error instanceof CommanderError) {
      if (helped) {
        result.exitCode = 0;
      } else {
        const line = usageLine(error, program);
        const table = await errorTable();
        result.stderr = errorLine(
          2,
          table === null ? `${line}${line.includes('(did you mean ') ? '' : ' (see gsomia --help)'}` : translateUsage(table, line),
        );
        result.exitCode = 2;
      }
    } else if (isGsomiaError(error)) {
      const table = await errorTable();
      result.stderr = errorLine(error.exitCode, table === null ? error.message : translateError(table, error));
      result.exitCode = error.exitCode;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      const table = await errorTable().catch(() => null);
      const first = message.split('\n')[0] ?? '';
      result.stderr = errorLine(
        3,
        table === null ? `internal error: ${first} (please report this with the command line)` : table.internal({ message: first }),
      );
      result.exitCode = 3;
    }
  }
  // The bad files of a catalogue scan, reported beside a good answer, are errors too.
  if (json && result.stderr !== '') result.stderr = asJsonErrors(result.stderr, result.exitCode);
  if (result.stdout) io.stdout.write(result.stdout);
  if (result.stderr) io.stderr.write(result.stderr);
  return result.exitCode;
}
