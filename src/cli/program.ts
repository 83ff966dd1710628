import { Command, CommanderError } from '@commander-js/extra-typings';
import { isGsomiaError } from '../errors.js';
import { deadlinesCommand } from './commands/deadlines.js';
import { historyCommand } from './commands/history.js';
import { listCommand } from './commands/list.js';
import { statusCommand } from './commands/status.js';
import { validateCommand } from './commands/validate.js';
import type { ProgramIO } from './context.js';
import { createShell, examples, type Result } from './shell.js';

declare const __GSOMIA_VERSION__: string | undefined;
const VERSION = typeof __GSOMIA_VERSION__ === 'undefined' ? '0.0.0-source' : __GSOMIA_VERSION__;

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
    .option('--data <dir>', 'catalogue directory to use instead of the built-in one (or GSOMIA_DATA)')
    .option('--tz <zone>', "IANA time zone for today (default: the agreement's)")
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
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
    .addHelpText('after', examples('gsomia status --on 2020-08-24', 'gsomia history --until 2026-11-28', 'gsomia deadlines --all --json'));

  const shell = createShell(io, result);
  // Commands built on their own do not inherit exitOverride and output settings: copy them.
  const add = (command: Command<any, any, any>, isDefault = false) => program.addCommand(command.copyInheritedSettings(program), { isDefault });
  add(statusCommand(shell), true);
  add(historyCommand(shell));
  add(deadlinesCommand(shell));
  add(listCommand(shell));
  add(validateCommand(shell));
  return program;
}

/** Usage errors from commander, as one line: "unknown option '--foo'". */
function usageLine(error: CommanderError): string {
  return error.message.replace(/^error: /, '').split('\n')[0] ?? error.message;
}

const EXIT_OK_CODES = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/**
 * Runs one command line (without `node` and the script) and returns the exit status.
 * Output is written once, whole; errors are one line on stderr with nothing on stdout.
 */
export async function runCli(argv: readonly string[], io: ProgramIO): Promise<number> {
  const result: Result = { stdout: '', stderr: '', exitCode: 0 };
  try {
    await createProgram(io, result).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    result.stdout = error instanceof CommanderError && EXIT_OK_CODES.has(error.code) ? result.stdout : '';
    if (error instanceof CommanderError) {
      if (EXIT_OK_CODES.has(error.code)) {
        result.exitCode = error.code === 'commander.help' && argv.length > 0 ? 2 : 0;
      } else {
        result.stderr = `gsomia: ${usageLine(error)} (see gsomia --help)\n`;
        result.exitCode = 2;
      }
    } else if (isGsomiaError(error)) {
      result.stderr = `gsomia: ${error.message}\n`;
      result.exitCode = error.exitCode;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      result.stderr = `gsomia: internal error: ${message.split('\n')[0]} (please report this with the command line)\n`;
      result.exitCode = 3;
    }
  }
  if (result.stdout) io.stdout.write(result.stdout);
  if (result.stderr) io.stderr.write(result.stderr);
  return result.exitCode;
}

