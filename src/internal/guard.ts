import { InvalidOptionError } from '../errors/invalid-option-error.js';

/**
 * Runs `work` on an argument that should be one of the package's data objects. Data of the wrong
 * shape from untyped code would fail deep inside with a bare `TypeError`; this turns that into an
 * {@link InvalidOptionError} that names the argument and says how to check it.
 */
export function guard<T>(argument: string, expected: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    // Only these are signs of data of the wrong shape; any other error (the work's own
    // InvalidOptionError among them, an InvalidOptionError being neither) goes on as it is.
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    throw new InvalidOptionError(
      argument,
      `is not ${expected} (${error.message}); check data from elsewhere with parseArticle from 'beijing-digital-economy/schema'`,
    );
  }
}
