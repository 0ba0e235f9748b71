import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../src/errors/invalid-option-error.js';
import { checkOneOf, checkOptions, requireText } from '../../src/internal/check-options.js';

const thrown = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('checkOptions', () => {
  it('accepts nothing, an empty object and an object of known keys', () => {
    expect(() => checkOptions('options', undefined, ['a'])).not.toThrow();
    expect(() => checkOptions('options', {}, [])).not.toThrow();
    expect(() => checkOptions('options', { a: 1, b: undefined }, ['a', 'b'])).not.toThrow();
  });

  it.each<[unknown, string]>([
    [null, 'null'],
    [1, 'number'],
    ['long', 'string'],
    [true, 'boolean'],
    [[], 'object'],
    [() => ({}), 'function'],
  ])('rejects %j: "expected an object of options, got %s"', (options, got) => {
    const error = thrown(() => checkOptions('filter', options, ['a']));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({
      option: 'filter',
      message: `filter: expected an object of options, got ${got}`,
    });
  });

  it('names an unknown key and lists the known ones', () => {
    expect(() => checkOptions('options', { a: 1, styel: 'long' }, ['a', 'style'])).toThrow(
      new InvalidOptionError('options.styel', 'unknown option; the options are "a", "style"'),
    );
    expect(() => checkOptions('options', { x: 1 }, [])).toThrow(
      'options.x: unknown option; the options are ',
    );
  });

  it('rejects every object with a key outside the list, and no other', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.anything()), (options) => {
        const unknown = Object.keys(options).filter((key) => !['a', 'b'].includes(key));
        const error = thrown(() => checkOptions('o', options, ['a', 'b']));
        if (unknown.length === 0) expect(error).toBeUndefined();
        else expect(error).toMatchObject({ option: `o.${unknown[0]}` });
      }),
    );
  });
});

describe('checkOneOf', () => {
  it('accepts the allowed values', () => {
    expect(() => checkOneOf('unit.kind', 'rank', ['percent', 'rank'])).not.toThrow();
  });

  it.each<[unknown, string]>([
    ['ratio', '"ratio"'],
    [undefined, 'undefined'],
    [1, '1'],
    [['rank'], 'an array'],
  ])('rejects %j, naming it and the allowed values', (value, described) => {
    expect(() => checkOneOf('unit.kind', value, ['percent', 'rank'])).toThrow(
      new InvalidOptionError('unit.kind', `got ${described}; expected one of "percent", "rank"`),
    );
  });
});

describe('requireText', () => {
  it('returns a string as it is, the empty string too', () => {
    expect(requireText('label', 'Share')).toBe('Share');
    expect(requireText('label', '')).toBe('');
  });

  it.each<[unknown, string]>([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, '42'],
    [{ text: 'x' }, 'an object'],
    [['x'], 'an array'],
    [Symbol('x'), 'symbol'],
  ])('rejects %s, naming the field', (value, described) => {
    expect(() => requireText('statistic.label', value)).toThrow(
      new InvalidOptionError('statistic.label', `got ${described}; expected a string`),
    );
  });
});
