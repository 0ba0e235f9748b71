// Every string of an article, keys included, is well-formed text: what the refusal says, and where.
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { safeParseArticle } from '../../src/schema/index.js';

type Mutable = Record<string, any>;
const EXPECTED =
  'expected well-formed Unicode text with no control character but tab and line feed';

function issuesOf(edit: (copy: Mutable) => void) {
  const copy = structuredClone(article) as Mutable;
  edit(copy);
  const result = safeParseArticle(copy);
  return result.success ? [] : result.error.issues;
}

describe('well-formed text', () => {
  it('names a control character, its code point and index, at the path of its string', () => {
    expect(
      issuesOf((a) => (a.statistics[1].label = `ab\u0001c`)).filter(
        (issue) => issue.path.join('.') === 'statistics.1.label',
      ),
    ).toEqual([
      {
        path: ['statistics', 1, 'label'],
        message: `contains the control character U+0001 at index 2; ${EXPECTED}`,
      },
    ]);
  });

  it('names a lone surrogate from the first high one, U+D800, to the last low one', () => {
    for (const [unit, code] of [
      ['\ud800', 'U+D800'],
      ['\udfff', 'U+DFFF'],
    ] as const) {
      expect(
        issuesOf((a) => (a.entities[0].aliases = ['x', `${unit}y`])).filter(
          (issue) => issue.path[0] === 'entities',
        ),
      ).toEqual([
        {
          path: ['entities', 0, 'aliases', 1],
          message: `contains a lone surrogate (${code}) at index 0; ${EXPECTED}`,
        },
      ]);
    }
  });

  it('accepts tab, line feed and whole surrogate pairs', () => {
    expect(issuesOf((a) => (a.statistics[1].label = 'a\tb\nc 😀'))).toEqual([]);
  });
});
