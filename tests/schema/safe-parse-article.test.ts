// What safeParseArticle says of input that is not an article: unknown keys named and counted,
// a thrown value described without trusting it, and text that is not JSON.
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { safeParseArticle } from '../../src/schema/index.js';

type Mutable = Record<string, any>;

/** The issues of input that must be refused. */
function issuesOf(input: unknown) {
  const result = safeParseArticle(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error.issues;
}

/** The built-in article with `keys` added to its first statistic. */
function withKeys(...keys: string[]): Mutable {
  const copy = structuredClone(article) as Mutable;
  for (const key of keys) copy.statistics[0][key] = 1;
  return copy;
}

const READ = 'expected plain data: an article object or its JSON text';

/** An object whose `id` getter throws `thrown`. */
const throwing = (thrown: unknown) =>
  Object.defineProperty({}, 'id', {
    enumerable: true,
    get() {
      throw thrown;
    },
  });

describe('safeParseArticle', () => {
  it('names one unknown key in the singular, at the path of its object', () => {
    expect(issuesOf(withKeys('perod'))).toEqual([
      { path: ['statistics', 0], message: 'unknown key "perod": the format has no such field' },
    ]);
  });

  it('names up to five unknown keys, and counts the rest', () => {
    expect(issuesOf(withKeys('a', 'b'))).toEqual([
      { path: ['statistics', 0], message: 'unknown keys "a", "b": the format has no such field' },
    ]);
    expect(issuesOf(withKeys('a', 'b', 'c', 'd', 'e'))[0]?.message).toBe(
      'unknown keys "a", "b", "c", "d", "e": the format has no such field',
    );
    expect(issuesOf(withKeys('a', 'b', 'c', 'd', 'e', 'f', 'g'))[0]?.message).toBe(
      'unknown keys "a", "b", "c", "d", "e" and 2 more: the format has no such field',
    );
  });

  it('describes what reading the input threw: an error by its name and message', () => {
    expect(issuesOf(throwing(new RangeError('boom')))).toEqual([
      { path: [], message: `the input could not be read (RangeError: boom); ${READ}` },
    ]);
  });

  it('describes a thrown string as itself, anything else by its type, and a revoked Proxy as unreadable', () => {
    expect(issuesOf(throwing('boom'))[0]?.message).toBe(
      `the input could not be read (boom); ${READ}`,
    );
    expect(issuesOf(throwing(42))[0]?.message).toBe(
      `the input could not be read (number); ${READ}`,
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(throwing(proxy))[0]?.message).toBe(
      `the input could not be read (a value that cannot be read either); ${READ}`,
    );
  });

  it('refuses text that is not JSON as a whole, saying what it expected', () => {
    const [issue, ...rest] = issuesOf('{"id": ');
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual([]);
    expect(issue?.message).toMatch(
      /^not valid JSON \(.+\); expected an article object or its JSON text$/,
    );
  });
});
