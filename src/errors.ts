const BRAND = Symbol.for('gsomia.error');

/**
 * The one error class for expected failures: bad dates, bad files, unknown agreements.
 * It carries a stable code for tests and scripts and the exit status the CLI uses.
 * Anything else that is thrown is a bug.
 */
export class GsomiaError extends Error {
  readonly code: string;
  readonly exitCode: number;
  /** A brand that survives bundling: the validator ships as a bundle of its own, with its own copy of this class. */
  readonly [BRAND] = true;

  constructor(code: string, message: string, exitCode = 2) {
    super(message);
    this.name = 'GsomiaError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

export function isGsomiaError(error: unknown): error is GsomiaError {
  return error instanceof Error && (error as Partial<Record<typeof BRAND, boolean>>)[BRAND] === true;
}
