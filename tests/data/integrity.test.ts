import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  article,
  ENTITY_IDS,
  PARAGRAPH_IDS,
  POLICY_IDS,
  QUOTE_IDS,
  STATISTIC_IDS,
} from '../../src/index.js';
import {
  ArticleSchema,
  ArticleValidationError,
  parseArticle,
  safeParseArticle,
} from '../../src/schema/index.js';
import { allAnchors } from '../support/all-anchors.js';

const collections = {
  paragraphs: [article.paragraphs, PARAGRAPH_IDS],
  entities: [article.entities, ENTITY_IDS],
  statistics: [article.statistics, STATISTIC_IDS],
  quotes: [article.quotes, QUOTE_IDS],
  policies: [article.policies, POLICY_IDS],
} as const;

describe('ids and references', () => {
  it.each(Object.entries(collections))(
    '%s have unique ids, listed in the exported id list',
    (_name, [items, ids]) => {
      const itemIds = items.map((item) => item.id);
      expect(new Set(itemIds).size).toBe(itemIds.length);
      expect(itemIds).toEqual([...ids]);
    },
  );

  it('resolve: every entity, statistic and policy reference names an item of the article', () => {
    const entityIds = new Set<string>(article.entities.map((e) => e.id));
    const aboutIds = new Set<string>(
      [...article.statistics, ...article.policies].map((item) => item.id),
    );
    const entityRefs = [
      article.metadata.publisher,
      article.metadata.event,
      ...article.metadata.contributors.map((c) => c.entity),
      ...article.statistics.flatMap((s) => [s.subject, s.source.attributedTo]),
      ...article.quotes.map((q) => q.speaker),
      ...article.policies.flatMap((p) => p.issuedBy),
    ];
    for (const ref of entityRefs) expect(entityIds.has(ref ?? '(missing)'), ref).toBe(true);
    for (const ref of article.quotes.flatMap((q) => q.about ?? []))
      expect(aboutIds.has(ref), ref).toBe(true);
  });

  it('every entity is mentioned in the text at least once', () => {
    for (const entity of article.entities)
      expect(entity.mentions.length, entity.id).toBeGreaterThan(0);
  });
});

describe('inferred facts', () => {
  it('say so and why: the publication date', () => {
    expect(article.metadata.datePublished.inferred).toBe(true);
    expect(article.metadata.datePublished.basis.length).toBeGreaterThan(40);
    expect(article.metadata.datePublished.evidence.length).toBeGreaterThan(0);
  });

  it('say so and why: every policy date whose year the text leaves out', () => {
    for (const policy of article.policies) {
      const year = policy.date.slice(0, 4);
      if (policy.anchor.exact.includes(year)) continue;
      expect(
        policy.notes?.some((n) => n.kind === 'inference' && n.text.includes(year)),
        policy.id,
      ).toBe(true);
    }
  });

  it('say so and why: names that the text does not spell as the data does', () => {
    for (const entity of article.entities) {
      if (entity.mentions.some((m) => m.exact.includes(entity.name))) continue;
      expect(entity.notes?.length, entity.id).toBeGreaterThan(0);
    }
  });
});

describe('ArticleSchema', () => {
  it('accepts the bundled article', () => {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(parseArticle(JSON.stringify(article))).toEqual(article);
  });

  const anchors = allAnchors(article);
  it('rejects any anchor moved off its words, naming its path', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: anchors.length - 1 }),
        fc.integer({ min: 1, max: 200 }),
        (which, shift) => {
          const copy = structuredClone(article) as unknown as Record<string, unknown>;
          const moved = allAnchors(copy as never)[which]?.anchor as
            { start: number; end: number; exact: string } | undefined;
          if (moved === undefined) throw new Error('no anchor');
          moved.start += shift;
          moved.end += shift;
          if (article.text.slice(moved.start, moved.end) === moved.exact) return;
          const result = safeParseArticle(copy);
          expect(result.success).toBe(false);
          if (!result.success)
            expect(
              result.error.issues.some(
                (i) => i.message.includes('exact') || i.message.includes('past'),
              ),
            ).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects a duplicate id and a dangling reference, listing both with their paths', () => {
    const copy = structuredClone(article) as unknown as {
      quotes: { id: string }[];
      policies: { issuedBy: string[] }[];
      entities: { id: string }[];
    };
    const [first, second] = copy.quotes;
    if (!first || !second) throw new Error('fixture needs two quotes');
    second.id = first.id;
    copy.entities = copy.entities.filter((e) => e.id !== 'beijing-municipal-government');
    try {
      parseArticle(copy);
      expect.unreachable('parseArticle accepted a broken article');
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleValidationError);
      const paths = (error as ArticleValidationError).issues.map((i) => i.path.join('.'));
      expect(paths).toContain('quotes.1.id');
      expect(paths.some((p) => p.startsWith('policies.0.issuedBy'))).toBe(true);
      expect((error as ArticleValidationError).message).toContain('quotes[1].id');
    }
  });

  it('reports JSON that does not parse as a validation error, not a SyntaxError', () => {
    const result = safeParseArticle('{"id": ');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('ERR_INVALID_ARTICLE');
      expect(result.error.message).toMatch(/not valid JSON/);
    }
  });
});
