// The CLI's own errors in another language (`--lang`): one entry per error code, given the
// values the error was made of (GsomiaError.params). English needs no table: its message is
// the error's own. A code with no entry, or an error without values (a definition file's
// field problems, which name the field in English), keeps the English message.

type Values<K extends string> = Readonly<Record<K, string>>;

/** Every code a language's table translates, with the values each one gets. */
export interface ErrorMessages {
  /** `what`: "--on date"; `value`: the quoted text */
  INVALID_DATE: (p: Values<'what' | 'value'>) => string;
  INVALID_DURATION: (p: Values<'what' | 'value'>) => string;
  INVALID_TIME_ZONE: (p: Values<'value'>) => string;
  UNKNOWN_AGREEMENT: (p: Values<'value'>) => string;
  /** `agreement` and `parties` are absent when no agreement of the catalogue lists the party */
  UNKNOWN_PARTY: (p: Values<'party'> & Partial<Values<'agreement' | 'parties'>>) => string;
  /** `event`: the index of the file's event the assumption contradicts, when it does */
  INVALID_ASSUMPTION: (p: Values<'value'> & Partial<Values<'event'>>) => string;
  INVALID_KIND: (p: Values<'value' | 'kinds'>) => string;
  /** `b`: the option `a` cannot go with; or `only`: what `a` applies to alone */
  CONFLICTING_OPTIONS: (p: Values<'a'> & Partial<Values<'b' | 'only'>>) => string;
  /** `min` and `max`: the columns allowed */
  INVALID_WIDTH: (p: Values<'value' | 'min' | 'max'>) => string;
  UNKNOWN_SHELL: (p: Values<'value' | 'shells'>) => string;
  /** `reason`: ENOENT, ENOTDIR or another system code */
  BAD_DATA_DIR: (p: Values<'dir' | 'reason'>) => string;
  DUPLICATE_ID: (p: Values<'id' | 'first' | 'second'>) => string;
  EMPTY_WINDOW: (p: Values<'from' | 'until'>) => string;
  /** `others`: the other readings' ids, when the agreement has readings; `main`: the main one's, when named */
  UNKNOWN_READING: (p: Values<'reading' | 'agreement'> & Partial<Values<'others' | 'main'>>) => string;
  /** `reason`: ENOENT, EACCES, EISDIR, TOO_LARGE or another system code */
  UNREADABLE_FILE: (p: Values<'path' | 'reason'>) => string;
  INVALID_JSON: (p: Values<'path'>) => string;
  /** a list's bad `line` and its `value`, or an iCalendar file's `detail` (ical.js's words, English) */
  INVALID_HOLIDAYS: (p: Values<'path'> & Partial<Values<'line' | 'value' | 'detail'>>) => string;
  /** commander's usage errors, by kind: `name` is the option or command */
  UNKNOWN_OPTION: (p: Values<'name'>) => string;
  UNKNOWN_COMMAND: (p: Values<'name'>) => string;
  MISSING_ARGUMENT: (p: Values<'name'>) => string;
  /** after a usage error: where the options are listed */
  seeHelp: string;
  /** "did you mean status?" */
  didYouMean: (p: Values<'name'>) => string;
  /** the unexpected failure, with commander's or Node's message */
  internal: (p: Values<'message'>) => string;
}

/**
 * An error's message in a language: the table's sentence for its code, else the English one.
 * translateError(ja, { code: 'INVALID_TIME_ZONE', params: { value: '"Mars"' }, message }) → '--tz のタイムゾーン "Mars" が無効です…'
 */
export function translateError(
  table: ErrorMessages,
  error: { code: string; params: Readonly<Record<string, string>> | null; message: string },
): string {
  if (error.params === null || !Object.hasOwn(table, error.code)) return error.message;
  const entry = table[error.code as keyof ErrorMessages];
  return typeof entry === 'function' ? (entry as (p: Readonly<Record<string, string>>) => string)(error.params) : error.message;
}

/**
 * A usage error (commander's, or program.ts's own one-line form of it) in a language,
 * with where to look next: translateUsage(ja, "unknown option '--onn' (did you mean --on?)") →
 * "不明なオプション '--onn'（--on のことですか）". A line of another shape stays English.
 */
export function translateUsage(table: ErrorMessages, line: string): string {
  const hint = /^(.*) \(did you mean (\S+?)\?\)$/.exec(line);
  const body = hint?.[1] ?? line;
  const after = hint?.[2] === undefined ? table.seeHelp : table.didYouMean({ name: hint[2] });
  const option = /^unknown option '([^']+)'$/.exec(body);
  if (option?.[1] !== undefined) return `${table.UNKNOWN_OPTION({ name: option[1] })}${after}`;
  const command = /^unknown command (".*")$/.exec(body);
  if (command?.[1] !== undefined) return `${table.UNKNOWN_COMMAND({ name: command[1] })}${after}`;
  const missing = /^option '([^']+)' argument missing$/.exec(body);
  if (missing?.[1] !== undefined) return `${table.MISSING_ARGUMENT({ name: missing[1] })}${after}`;
  return `${line}${hint === null ? ' (see gsomia --help)' : ''}`;
}
