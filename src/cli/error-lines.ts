// How errors reach stderr: one line each, `gsomia: …` for people, or under `--json` one
// JSON object a line (SPEC §8), `{"error":{"code":2,"message":"…"}}`, with the exit status
// as the code and the same message. Nothing else is on stderr then, so a script can parse it.

/**
 * Whether the command line asks for JSON: `--json`, or `--format json`, before any `--`.
 * Read from the words themselves, so that commander's own usage errors are JSON too.
 * jsonRequested(['status', '--onn', 'x', '--json']) → true
 */
export function jsonRequested(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const words = end === -1 ? argv : argv.slice(0, end);
  return words.some((word, i) => word === '--json' || word === '--format=json' || (word === '--format' && words[i + 1] === 'json'));
}

/** One error as a JSON line: jsonErrorLine(2, 'unknown option') → '{"error":{"code":2,"message":"unknown option"}}\n' */
export function jsonErrorLine(code: number, message: string): string {
  return `${JSON.stringify({ error: { code, message } })}\n`;
}

/**
 * The `gsomia: …` lines a command wrote to stderr (each bad file of a catalogue scan), as
 * JSON lines with the run's exit status as their code; any other line is kept as it is.
 */
export function asJsonErrors(stderr: string, code: number): string {
  return stderr
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (line.startsWith('gsomia: ') ? jsonErrorLine(code, line.slice('gsomia: '.length)) : `${line}\n`))
    .join('');
}
