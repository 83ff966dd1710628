import { GsomiaError } from '../../src/errors.js';

/** The GsomiaError an action throws; fails when it throws nothing or something else. */
export function thrown(action: () => unknown): GsomiaError {
  try {
    action();
  } catch (error) {
    if (error instanceof GsomiaError) return error;
    throw error;
  }
  throw new Error('expected a GsomiaError, nothing was thrown');
}
