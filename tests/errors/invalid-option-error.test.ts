// InvalidOptionError as a user meets it: named and coded as itself, its message the option at
// fault and then what is wrong with it.
import { describe, expect, it } from 'vitest';
import { formatValue, InvalidOptionError } from '../../src/index.js';

describe('InvalidOptionError', () => {
  it('is named, coded and printed as itself, with the option it names', () => {
    const error = new InvalidOptionError('filter.unitKind', 'got "yuan"; expected one of "count"');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InvalidOptionError');
    expect(error.code).toBe('ERR_INVALID_OPTION');
    expect(error.option).toBe('filter.unitKind');
    expect(String(error)).toBe(
      'InvalidOptionError: filter.unitKind: got "yuan"; expected one of "count"',
    );
  });

  it('is what a helper throws for an option it does not accept', () => {
    let thrown: unknown;
    try {
      formatValue(Number.NaN, { kind: 'percent' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidOptionError);
    expect(String(thrown)).toBe('InvalidOptionError: value: got NaN; expected a finite number');
  });
});
