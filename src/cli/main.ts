import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dayInProcessZone, offsetInProcessZone, restoreProcessZone } from './process-clock.js';
import { runCli } from './program.js';

/**
 * The process shell: the only code that touches process.argv, the real streams, the
 * exit status and the process time zone (process-clock.ts reads "today" through it). A
 * closed pipe (`gsomia … | head -1`) ends quietly with 0; any other write
 * error is reported and exits 2.
 *
 * Output goes straight to file descriptors 1 and 2 with `writeSync`, not through
 * process.stdout: creating those streams loads Node's whole stream stack (and `net` for a
 * pipe), a few milliseconds of a start-up that is otherwise ~50 ms. The answer is written
 * once, whole, just before exiting, so a synchronous write is all that is needed.
 *
 * Once it is written the process exits at once, not when the event loop runs dry: nothing
 * is left to do, but V8 may have started collecting the old generation (a scan of 10,000
 * files allocates enough for it), and Node would wait for that collection's tasks to
 * finish: 15–40 ms, a tenth of such a scan. tests/e2e/exit.bin.test.ts fails if the shell
 * waits for the loop again.
 */
export async function main(): Promise<void> {
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      stdout: descriptor(1),
      stderr: descriptor(2),
      now: () => new Date(),
      dayIn: dayInProcessZone,
      offsetIn: offsetInProcessZone,
      env: process.env,
    });
  } finally {
    restoreProcessZone();
  }
  process.exit();
}

/**
 * Runs the answers most asked for, writing nothing, so that the code cache the build makes
 * of the bin (bin/gsomia.js) holds their functions compiled: start-up then neither parses
 * the bundle nor compiles those functions. Only the build calls it, once.
 * await warmUp() → (no output)
 */
export async function warmUp(): Promise<void> {
  const sink = { write: () => true, isTTY: false };
  const io = { stdout: sink, stderr: sink, now: () => new Date(0), env: {} };
  for (const argv of WARM_UP) await runCli(argv, io);
}

// The bench's start-up commands (bench/run.mjs), with the JSON and the explanation.
// Nothing here may scan a directory: the scan changes a V8 flag (young-generation.ts),
// and a cache made under other flags is one V8 refuses.
const WARM_UP = [
  ['status', '--on', '2020-08-24'],
  ['status', '--on', '2020-08-24', '--json'],
  ['status', '--on', '2020-08-24', '--explain'],
  ['history', '--until', '2020-08-24'],
  ['deadlines', '--from', '2020-08-24'],
];

function descriptor(fd: 1 | 2) {
  return {
    write(text: string): void {
      try {
        writeAll(fd, text);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') process.exit(0);
        if (fd === 1) {
          try {
            writeAll(2, `gsomia: cannot write output: ${code ?? (error as Error).message}\n`);
          } catch {
            // stderr is gone too: the exit status is all that is left
          }
        }
        process.exit(2);
      }
    },
    // Asked only when colour is not already settled by a flag or the environment. Pipes
    // and files are told apart with one fstat; only a character device (a terminal, or
    // /dev/null) loads `tty`, which brings `net` and the stream stack with it.
    get isTTY(): boolean {
      const stats = fstatSync(fd);
      if (!stats.isCharacterDevice()) return false;
      // /dev/null is a character device too, and where scripts send output they ignore:
      // no need to load `tty` to learn it is not a terminal.
      if (stats.rdev === nullDevice()) return false;
      return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
    },
    // The terminal's width, for `timeline`: asked only on a terminal, where the stream
    // object is worth creating.
    get columns(): number | undefined {
      return fd === 1 && this.isTTY ? process.stdout.columns : undefined;
    },
  };
}

/** All of `text` to `fd`, waiting out a full non-blocking pipe (EAGAIN) instead of losing output. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
    }
  }
}

let nullRdev: number | undefined;

/** The device number of /dev/null (-1 where there is none). */
function nullDevice(): number {
  if (nullRdev === undefined) {
    try {
      nullRdev = statSync('/dev/null').rdev;
    } catch {
      nullRdev = -1;
    }
  }
  return nullRdev;
}
