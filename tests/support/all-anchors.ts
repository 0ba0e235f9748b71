import type { Article, TextAnchor } from '../../src/types/index.js';

/** Every anchor of the article with a name that says whose it is. */
export function allAnchors(
  article: Article,
): { readonly owner: string; readonly anchor: TextAnchor }[] {
  return [
    ...article.metadata.datePublished.evidence.map((anchor, i) => ({
      owner: `date evidence ${i}`,
      anchor,
    })),
    ...article.entities.flatMap((e) =>
      e.mentions.map((anchor, i) => ({ owner: `entity ${e.id} mention ${i}`, anchor })),
    ),
    ...article.entities.flatMap((e) =>
      (e.designations ?? []).map((anchor, i) => ({
        owner: `entity ${e.id} designation ${i}`,
        anchor,
      })),
    ),
    ...article.statistics.flatMap((s) => [
      { owner: `statistic ${s.id}`, anchor: s.source.anchor },
      ...(s.restatedAt ?? []).map((anchor, i) => ({
        owner: `statistic ${s.id} restatement ${i}`,
        anchor,
      })),
    ]),
    ...article.quotes.map((q) => ({ owner: `quote ${q.id}`, anchor: q.anchor })),
    ...article.policies.map((p) => ({ owner: `policy ${p.id}`, anchor: p.anchor })),
    ...article.policies.flatMap((p) =>
      (p.purpose ?? []).map((anchor, i) => ({ owner: `policy ${p.id} purpose ${i}`, anchor })),
    ),
  ];
}
