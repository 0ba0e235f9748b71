import { InvalidOptionError } from '../../src/index.js';

/**
 * The message of the InvalidOptionError that `work` throws; anything else it throws as it is, and
 * 'not thrown' when it returns.
 */
export function optionErrorMessage(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error instanceof InvalidOptionError ? error.message : error;
  }
  return 'not thrown';
}
