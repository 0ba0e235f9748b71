import { describe, expect, it } from 'vitest';
import { article, paragraphs } from '../../src/index.js';
import { allAnchors } from '../support/all-anchors.js';
import { readStatedFigure } from '../../src/internal/stated-figure.js';

const CONTEXT = 32;
const anchors = allAnchors(article);

describe('every anchor', () => {
  it('exists for every kind of item', () => {
    const expected =
      article.metadata.datePublished.evidence.length +
      article.entities.reduce((n, e) => n + e.mentions.length + (e.designations?.length ?? 0), 0) +
      article.statistics.reduce((n, s) => n + 1 + (s.restatedAt?.length ?? 0), 0) +
      article.quotes.length +
      article.policies.reduce((n, p) => n + 1 + (p.purpose?.length ?? 0), 0);
    expect(anchors).toHaveLength(expected);
    expect(anchors.length).toBeGreaterThan(50);
  });

  it.each(anchors.map((a) => [a.owner, a.anchor] as const))(
    '%s reproduces its text',
    (_owner, anchor) => {
      expect(article.text.slice(anchor.start, anchor.end)).toBe(anchor.exact);
      expect(anchor.prefix).toBe(
        article.text.slice(Math.max(0, anchor.start - CONTEXT), anchor.start),
      );
      expect(anchor.suffix).toBe(article.text.slice(anchor.end, anchor.end + CONTEXT));
      const paragraph = paragraphs.find((p) => p.id === anchor.paragraphId);
      expect(paragraph).toBeDefined();
      expect(anchor.start).toBeGreaterThanOrEqual(paragraph?.start ?? Infinity);
      expect(anchor.end).toBeLessThanOrEqual(paragraph?.end ?? -Infinity);
    },
  );

  it('is unique in the text once its prefix and suffix are taken into account', () => {
    for (const { owner, anchor } of anchors) {
      const whole = anchor.prefix + anchor.exact + anchor.suffix;
      const first = article.text.indexOf(whole);
      expect(first, owner).toBe(anchor.start - anchor.prefix.length);
      expect(article.text.indexOf(whole, first + 1), owner).toBe(-1);
    }
  });
});

describe('quotes', () => {
  it('carry the anchored words as their text', () => {
    for (const quote of article.quotes) expect(quote.text).toBe(quote.anchor.exact);
  });

  it('are direct exactly when the text puts the words in quotation marks', () => {
    for (const quote of article.quotes) {
      const quoted = quote.anchor.prefix.endsWith('“') && quote.anchor.suffix.startsWith('”');
      expect(quoted, quote.id).toBe(quote.mode === 'direct');
    }
  });

  it('are in text order', () => {
    const starts = article.quotes.map((q) => q.anchor.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('policies', () => {
  it('contain their title, and each focus area, in their anchor', () => {
    for (const policy of article.policies) {
      expect(policy.anchor.exact).toContain(policy.title);
      for (const area of policy.focusAreas ?? [])
        expect(policy.anchor.exact.toLowerCase()).toContain(area);
    }
  });

  it('count the supporting documents that the text names in words', () => {
    const counted = article.policies.filter((p) => p.supportingDocuments !== undefined);
    expect(counted.length).toBeGreaterThan(0);
    for (const policy of counted) {
      const word = /\b(\w+) supporting documents\b/.exec(policy.anchor.exact)?.[1] ?? '';
      expect(readStatedFigure(word)?.value).toBe(policy.supportingDocuments);
    }
  });
});
