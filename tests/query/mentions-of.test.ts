import { describe, expect, it } from 'vitest';
import { article, mentionsOf } from '../../src/index.js';
import { inTextOrder } from '../support/in-text-order.js';

describe('mentionsOf', () => {
  it('gives, for every entity, anchors whose words are one of its names', () => {
    for (const entity of article.entities) {
      const mentions = mentionsOf(entity.id);
      expect(mentions.length).toBeGreaterThan(0);
      for (const m of mentions) expect(article.text.slice(m.start, m.end)).toBe(m.exact);
      inTextOrder(mentions.map((m) => m.start));
    }
  });
});
