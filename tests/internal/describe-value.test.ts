// How a message names a value it refuses, whatever the value: through formatValue, whose message
// says what it got.
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/index.js';
import { optionErrorMessage } from '../support/option-error.js';

const got = (value: unknown) =>
  optionErrorMessage(() => formatValue(value as never, { kind: 'percent' }));

describe('a refused value in a message', () => {
  it('is a string quoted whole up to 80 characters, and its first 80 and an ellipsis past them', () => {
    expect(got('x'.repeat(80))).toBe(`value: got "${'x'.repeat(80)}"; expected a finite number`);
    expect(got('x'.repeat(81))).toBe(`value: got "${'x'.repeat(80)}…"; expected a finite number`);
    expect(got('say "50%"')).toBe('value: got "say \\"50%\\""; expected a finite number');
  });

  it('cannot break or disguise a line of the message, nor split a character at its cut', () => {
    expect(got('a\u2028- b\u2029\u0085\u202e\n')).toBe(
      'value: got "a\\u2028- b\\u2029\\u0085\\u202e\\n"; expected a finite number',
    );
    // 80 code units whole; past them, a pair that would straddle the cut is left out whole.
    expect(got(`${'x'.repeat(78)}😀`)).toBe(
      `value: got "${'x'.repeat(78)}😀"; expected a finite number`,
    );
    expect(got(`${'x'.repeat(79)}😀`)).toBe(
      `value: got "${'x'.repeat(79)}…"; expected a finite number`,
    );
    expect(got(`${'x'.repeat(78)}😀y`)).toBe(
      `value: got "${'x'.repeat(78)}😀…"; expected a finite number`,
    );
  });

  it('is a bigint written with its n, and a symbol or a function by its type alone', () => {
    expect(got(50n)).toBe('value: got 50n; expected a finite number');
    expect(got(Symbol('fifty'))).toBe('value: got symbol; expected a finite number');
    expect(got(() => 50)).toBe('value: got function; expected a finite number');
  });

  it('is a number, null, undefined or a boolean as written, and an array or object by its kind', () => {
    expect(got(Number.NaN)).toBe('value: got NaN; expected a finite number');
    expect(got(null)).toBe('value: got null; expected a finite number');
    expect(got(undefined)).toBe('value: got undefined; expected a finite number');
    expect(got(true)).toBe('value: got true; expected a finite number');
    expect(got([50])).toBe('value: got an array; expected a finite number');
    expect(got({ value: 50 })).toBe('value: got an object; expected a finite number');
  });
});
