import { describe, expect, it } from 'vitest';
import { formatStatistic, InvalidOptionError, statistics } from '../../src/index.js';
import { guard } from '../../src/internal/guard.js';
import { byId } from '../support/by-id.js';

const thrown = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
};

const ADVICE = "check data from elsewhere with parseArticle from 'beijing-digital-economy/schema'";

describe('guard', () => {
  it('gives what the work returns', () => {
    expect(guard('article', 'an Article', () => 42)).toBe(42);
  });

  it.each([
    ['TypeError', new TypeError("Cannot read properties of undefined (reading 'map')")],
    ['RangeError', new RangeError('Invalid array length')],
  ])(
    'turns a %s of data of the wrong shape into an InvalidOptionError naming the argument',
    (_kind, failure) => {
      const error = thrown(() =>
        guard('rows', 'an array of statistics', () => {
          throw failure;
        }),
      );
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect((error as InvalidOptionError).option).toBe('rows');
      expect((error as Error).message).toBe(
        `rows: is not an array of statistics (${failure.message}); ${ADVICE}`,
      );
    },
  );

  it('lets an InvalidOptionError of the work through as it is, its message naming the option at fault', () => {
    const failure = new InvalidOptionError('options.locale', 'got 1');
    expect(
      thrown(() =>
        guard('article', 'an Article', () => {
          throw failure;
        }),
      ),
    ).toBe(failure);
  });

  // An error that is not a sign of data of the wrong shape (the caller's own getter failing, a
  // SyntaxError) is not the package's to reword.
  it.each([
    ['Error', new Error('not loaded yet')],
    ['SyntaxError', new SyntaxError('Unexpected end of JSON input')],
  ])('lets any other error through as it is: %s', (_kind, failure) => {
    expect(
      thrown(() =>
        guard('article', 'an Article', () => {
          throw failure;
        }),
      ),
    ).toBe(failure);
  });

  it("lets a formatter's caller see the error its own data throws, unchanged", () => {
    const failure = new Error('the label is still loading');
    const statistic = Object.defineProperty(
      { ...byId(statistics, 'service-trade-volume-2019') },
      'label',
      {
        get: () => {
          throw failure;
        },
      },
    );
    expect(thrown(() => formatStatistic(statistic))).toBe(failure);
  });
});
