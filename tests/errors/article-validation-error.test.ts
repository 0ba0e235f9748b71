// The message of an ArticleValidationError, as a user reads it: each problem on a line of its own
// at its path written as code would write it, each problem's text bounded, at most 50 listed.
import { describe, expect, it } from 'vitest';
import { ArticleValidationError, parseArticle } from '../../src/schema/index.js';

const x = (n: number) => 'x'.repeat(n);
/** The message of the error for one problem, `problem`, at `path`. */
const messageAt = (path: (string | number)[], problem = 'wrong') =>
  new ArticleValidationError([{ path, message: problem }]).message;

describe('ArticleValidationError', () => {
  it('is named, coded and printed as itself', () => {
    const error = new ArticleValidationError([{ path: ['id'], message: 'Expected a string' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ArticleValidationError');
    expect(error.code).toBe('ERR_INVALID_ARTICLE');
    expect(String(error)).toBe(
      'ArticleValidationError: Invalid article: 1 problem(s)\n  - id: Expected a string',
    );
  });

  it('names the article itself as the place of a problem with the whole input', () => {
    for (const [input, received] of [
      [42, 'number'],
      [null, 'null'],
    ] as const) {
      let thrown: unknown;
      try {
        parseArticle(input);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ArticleValidationError);
      expect((thrown as Error).message).toBe(
        `Invalid article: 1 problem(s)\n  - (the article): Invalid input: expected object, received ${received}`,
      );
    }
  });

  describe('writes a path as code would', () => {
    it('with dots between plain keys and brackets around indexes', () => {
      expect(messageAt(['statistics', 0, 'source', 'anchor'])).toBe(
        'Invalid article: 1 problem(s)\n  - statistics[0].source.anchor: wrong',
      );
      expect(messageAt([3, '$ref', '_x9'])).toBe(
        'Invalid article: 1 problem(s)\n  - [3].$ref._x9: wrong',
      );
    });

    it('with any other key quoted and escaped in brackets, first or not', () => {
      expect(messageAt(['metadata', 'roles', 'news reporter'])).toBe(
        'Invalid article: 1 problem(s)\n  - metadata.roles["news reporter"]: wrong',
      );
      expect(messageAt(['1st', 'a-b', ''])).toBe(
        'Invalid article: 1 problem(s)\n  - ["1st"]["a-b"][""]: wrong',
      );
      expect(messageAt(['roles', 'say "hi"\n'])).toBe(
        'Invalid article: 1 problem(s)\n  - roles["say \\"hi\\"\\u000a"]: wrong',
      );
    });

    it('with a plain key of up to 60 characters whole, and a longer one cut with its length', () => {
      expect(messageAt(['roles', x(60)])).toBe(
        `Invalid article: 1 problem(s)\n  - roles.${x(60)}: wrong`,
      );
      expect(messageAt(['roles', x(61)])).toBe(
        `Invalid article: 1 problem(s)\n  - roles["${x(60)}…" (61 characters)]: wrong`,
      );
      expect(messageAt([x(5000)])).toBe(
        `Invalid article: 1 problem(s)\n  - ["${x(60)}…" (5,000 characters)]: wrong`,
      );
    });
  });

  describe('bounds the text of each problem at 2000 UTF-16 code units, then escapes it', () => {
    const tens = '0123456789'.repeat(200);

    it('keeps a text of 2000 whole', () => {
      const error = new ArticleValidationError([{ path: ['text'], message: tens }]);
      expect(error.issues).toEqual([{ path: ['text'], message: tens }]);
      expect(error.message).toBe(`Invalid article: 1 problem(s)\n  - text: ${tens}`);
    });

    it('cuts a longer one at 2000 and marks the cut', () => {
      const error = new ArticleValidationError([{ path: ['text'], message: `${tens}TAIL` }]);
      expect(error.issues).toEqual([{ path: ['text'], message: `${tens}…` }]);
      expect(error.message).toBe(`Invalid article: 1 problem(s)\n  - text: ${tens}…`);
    });

    it('never cuts between the halves of a surrogate pair', () => {
      const problem = `${tens.slice(0, 1999)}😀TAIL`;
      const error = new ArticleValidationError([{ path: ['text'], message: problem }]);
      expect(error.issues[0]?.message).toBe(`${tens.slice(0, 1999)}…`);
      const whole = `${tens.slice(0, 1998)}😀TAIL`;
      const kept = new ArticleValidationError([{ path: ['text'], message: whole }]);
      expect(kept.issues[0]?.message).toBe(`${tens.slice(0, 1998)}😀…`);
    });

    it('counts before escaping: a line break within the 2000 is kept, written as \\u000a', () => {
      const problem = `${tens.slice(0, 1999)}\n`;
      const error = new ArticleValidationError([{ path: ['text'], message: problem }]);
      expect(error.issues[0]?.message).toBe(`${tens.slice(0, 1999)}\\u000a`);
    });
  });

  describe('lists at most 50 problems', () => {
    const problems = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ path: ['notes', i], message: `n${i}` }));

    it('all 50 of 50, with no line for more', () => {
      const error = new ArticleValidationError(problems(50));
      const lines = error.message.split('\n');
      expect(lines).toHaveLength(51);
      expect(lines[0]).toBe('Invalid article: 50 problem(s)');
      expect(lines.at(-1)).toBe('  - notes[49]: n49');
      expect(error.issues).toHaveLength(50);
    });

    it('the first 50 of 51, and says that one more is in issues', () => {
      const error = new ArticleValidationError(problems(51));
      const lines = error.message.split('\n');
      expect(lines).toHaveLength(52);
      expect(lines[0]).toBe('Invalid article: 51 problem(s)');
      expect(lines.slice(-2)).toEqual([
        '  - notes[49]: n49',
        '  … and 1 more (every one is in error.issues)',
      ]);
      expect(error.issues.at(-1)).toEqual({ path: ['notes', 50], message: 'n50' });
    });
  });
});
