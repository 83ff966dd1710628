const BRAND = Symbol.for('gsomia.error');

/**
 * The one error class for expected failures: bad dates, bad files, unknown agreements.
 * It carries a stable code for tests and scripts and the exit status the CLI uses.
 * Anything else that is thrown is a bug.
 */
export class GsomiaError extends Error {
  readonly code: string;
  readonly exitCode: number;
  /**
   * The values the message is made of, for saying it in another language (`--lang`): the
   * tables translate by code and these, and a code without them stays in English.
   * new GsomiaError('INVALID_DATE', 'invalid --on date "2020-13-01": …', 2, { what: '--on date', value: '"2020-13-01"' })
   */
  readonly params: Readonly<Record<string, string>> | null;
  /** A brand that survives bundling: the validator ships as a bundle of its own, with its own copy of this class. */
  readonly [BRAND] = true;

  constructor(code: string, message: string, exitCode = 2, params: Readonly<Record<string, string>> | null = null) {
    super(message);
    this.params = params;
    this.name = 'GsomiaError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

export function isGsomiaError(error: unknown): error is GsomiaError {
  return error instanceof Error && (error as Partial<Record<typeof BRAND, boolean>>)[BRAND] === true;
}

/** Longest user value an error message repeats in full. */
const QUOTED_LIMIT = 40;

/**
 * A user's value as an error message shows it: JSON-quoted, and cut short when it is long,
 * so that a 3,000-character bad date gives a one-line error, not a screenful:
 * quoted("2020-13-01") → "\"2020-13-01\""; quoted("9".repeat(3000)) → "\"99…99\" (3000 characters)".
 */
export function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  if (text.length <= QUOTED_LIMIT) return text;
  const length = typeof value === 'string' ? `${value.length} characters` : `${text.length} characters as JSON`;
  return `${text.slice(0, QUOTED_LIMIT - 12)}…${text.slice(-8)} (${length})`;
}
