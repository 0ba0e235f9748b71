// Parsing is linear in its input: the checks across fields index the article once instead of
// searching it for every anchor. An article with ten times the paragraphs and anchors makes them
// read ten times the items, not a hundred (an earlier check that searched the paragraphs for each
// anchor took 13 s on 20,000 of each). The bench records the wall time on 1×, 10× and 100×
// copies of the article itself (docs/performance.md).
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { safeParseArticle } from '../../src/schema/index.js';
import type * as z from 'zod';
import { syntheticArticle } from '../../scripts/bench/synthetic-article.js';
import { checkArticleConsistency } from '../../src/schema/article-consistency.js';
import { checkStatedFigures } from '../../src/schema/stated-figures.js';
import { checkWellFormedText } from '../../src/schema/well-formed-text.js';

type Mutable = Record<string, any>;

/** The article with `n` more one-word paragraphs, each naming Beijing once. */
function wide(n: number): Mutable {
  const a = structuredClone(article) as Mutable;
  const beijing = (a.entities as Mutable[]).find((e) => e.id === 'beijing') as Mutable;
  const parts: string[] = [a.text as string];
  let length = (a.text as string).length;
  for (let i = 0; i < n; i += 1) {
    const start = length + 2;
    parts.push('Beijing.');
    length = start + 8;
    const id = `extra-${i}`;
    (a.paragraphs as Mutable[]).push({
      id,
      index: (a.paragraphs as Mutable[]).length,
      role: 'body',
      text: 'Beijing.',
      start,
      end: start + 8,
    });
    (beijing.mentions as Mutable[]).push({
      paragraphId: id,
      start,
      end: start + 7,
      exact: 'Beijing',
      prefix: '',
      suffix: '.',
    });
  }
  a.text = parts.join('\n\n');
  return a;
}

/**
 * How many items of the article's collections the checks across fields read on `input`, which
 * must be valid: each collection is wrapped in a Proxy that counts the reads of its items. A
 * count does not depend on the machine's load as a wall time does.
 */
function itemReads(input: Mutable): number {
  const parsed = safeParseArticle(input);
  if (!parsed.success) throw parsed.error;
  let reads = 0;
  const counted = <T extends object>(list: T): T =>
    new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const article = {
    ...parsed.data,
    paragraphs: counted([...parsed.data.paragraphs]),
    entities: counted([...parsed.data.entities]),
    statistics: counted([...parsed.data.statistics]),
    quotes: counted([...parsed.data.quotes]),
    policies: counted([...parsed.data.policies]),
  };
  const context = { addIssue: () => undefined } as unknown as z.core.$RefinementCtx;
  checkArticleConsistency(article, context);
  checkWellFormedText(article, context);
  checkStatedFigures(article, context);
  return reads;
}

describe('parseArticle', () => {
  it('accepts the bench’s synthetic articles: the article three times over, with three times the items', () => {
    const copies = syntheticArticle(article, 3);
    const result = safeParseArticle(JSON.stringify(copies));
    expect(result.success && result.data.statistics.length).toBe(3 * article.statistics.length);
    expect(result.success && result.data.text.length).toBe(3 * article.text.length + 4);
  });

  it('reads ten times the items to check ten times the paragraphs and anchors, not a hundred', () => {
    const small = itemReads(wide(2_000));
    const large = itemReads(wide(20_000));
    expect(small).toBeGreaterThan(2_000);
    expect(large / small).toBeLessThan(12);
  });
});
