// Every view of the article covers the same anchors: the model's walk, the schema's check, the
// Web Annotations, the explorer's highlights and itemsAt. The expected set is listed field by field
// by tests/support/all-anchors.ts, independently of the model.
import { describe, expect, it } from 'vitest';
import { explorerItems } from '../../explorer/items.js';
import { article, itemsAt, toWebAnnotations, walkAnchors } from '../../src/index.js';
import { safeParseArticle } from '../../src/schema/index.js';
import { allAnchors } from '../support/all-anchors.js';

const spanOf = (anchor: { readonly start: number; readonly end: number }) =>
  `${anchor.start}-${anchor.end}`;
/** A multiset as a sorted list, so that a duplicate or a missing copy shows. */
const sorted = (spans: readonly string[]) => [...spans].sort();

const expected = sorted(allAnchors(article).map(({ anchor }) => spanOf(anchor)));

describe('one walk over the anchors', () => {
  it('visits every anchor of every field, once', () => {
    expect(expected.length).toBeGreaterThan(80);
    expect(sorted(walkAnchors(article).map((visit) => spanOf(visit.anchor)))).toEqual(expected);
  });

  it('gives each anchor the path where the article holds it', () => {
    for (const visit of walkAnchors(article)) {
      let at: unknown = article;
      for (const key of visit.path) at = (at as Record<string | number, unknown>)[key];
      expect(at, visit.path.join('.')).toBe(visit.anchor);
    }
  });

  it('is what the schema checks: a wrong character in any anchor is rejected at its path', () => {
    for (const visit of walkAnchors(article)) {
      const copy = structuredClone(article) as unknown as Record<string | number, unknown>;
      let at: Record<string | number, unknown> = copy;
      for (const key of visit.path) at = at[key] as Record<string | number, unknown>;
      at.exact = `${String(at.exact)}!`;
      const result = safeParseArticle(copy);
      expect(result.success, visit.path.join('.')).toBe(false);
      if (!result.success)
        expect(
          result.error.issues.map((issue) => issue.path.join('.')),
          visit.path.join('.'),
        ).toContain([...visit.path, 'exact'].join('.'));
    }
  });

  it('is what Web Annotations select: every anchor in one annotation of its item, none else', () => {
    const selected = toWebAnnotations(article)
      .first.items.filter((annotation) => annotation.motivation !== 'commenting')
      .flatMap((annotation) => annotation.target.map((target) => spanOf(target.selector[1])));
    expect(sorted(selected)).toEqual(expected);
  });

  it('is what the explorer highlights', () => {
    const highlighted = explorerItems(article).flatMap((item) =>
      item.anchors.map(({ anchor }) => spanOf(anchor)),
    );
    expect(sorted(highlighted)).toEqual(expected);
    const keys = explorerItems(article).flatMap((item) => item.anchors.map(({ key }) => key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is what itemsAt reports, paragraph by paragraph (the date evidence is the metadata’s)', () => {
    for (const paragraph of article.paragraphs) {
      const reported = itemsAt(paragraph.id);
      const got = [
        ...reported.statistics.map((s) => `statistic/${s.id}`),
        ...reported.quotes.map((q) => `quote/${q.id}`),
        ...reported.policies.map((p) => `policy/${p.id}`),
        ...reported.entities.map((e) => `entity/${e.id}`),
      ];
      const owners = allAnchors(article)
        .filter(
          ({ anchor, owner }) => anchor.paragraphId === paragraph.id && !owner.startsWith('date'),
        )
        .map(({ owner }) => owner.split(' ').slice(0, 2).join('/'));
      expect(sorted(got), paragraph.id).toEqual(sorted([...new Set(owners)]));
    }
  });
});
