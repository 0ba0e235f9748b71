import { describe, expect, it } from 'vitest';
import { article, itemsAt, PARAGRAPH_IDS } from '../../src/index.js';
import { inTextOrder } from '../support/in-text-order.js';

describe('itemsAt', () => {
  it('returns exactly the items anchored in the paragraph, each list in text order', () => {
    const seen = {
      statistics: new Set<string>(),
      quotes: new Set<string>(),
      policies: new Set<string>(),
    };
    for (const id of PARAGRAPH_IDS) {
      const items = itemsAt(id);
      for (const s of items.statistics) {
        expect([s.source.anchor, ...(s.restatedAt ?? [])].some((a) => a.paragraphId === id)).toBe(
          true,
        );
        seen.statistics.add(s.id);
      }
      for (const q of items.quotes) {
        expect(q.anchor.paragraphId).toBe(id);
        seen.quotes.add(q.id);
      }
      for (const p of items.policies) {
        expect(p.anchor.paragraphId).toBe(id);
        seen.policies.add(p.id);
      }
      inTextOrder(items.quotes.map((q) => q.anchor.start));
    }
    expect(seen.statistics.size).toBe(article.statistics.length);
    expect(seen.quotes.size).toBe(article.quotes.length);
    expect(seen.policies.size).toBe(article.policies.length);
  });

  it('counts a restatement in the headline as anchored there', () => {
    expect(itemsAt('headline').statistics.length).toBe(
      article.statistics.filter((s) => s.restatedAt?.some((a) => a.paragraphId === 'headline'))
        .length,
    );
  });
});
