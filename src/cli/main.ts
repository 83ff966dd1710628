import { runCli } from './program.js';

/**
 * The process shell: the only code that touches process.argv, the real streams and the
 * exit status. A closed pipe (`gsomia … | head -1`) ends quietly with 0; any other write
 * error is reported and exits 2.
 */
export async function main(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      if (stream !== process.stderr) process.stderr.write(`gsomia: cannot write output: ${error.code ?? error.message}\n`);
      process.exit(2);
    });
  }
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    env: process.env,
  });
}
