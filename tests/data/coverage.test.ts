// "Nothing lost": every figure, quotation and reported statement of the article is in the data.
import { describe, expect, it } from 'vitest';
import { article, paragraphs } from '../../src/index.js';

const ARTICLE_ROLES = new Set(['headline', 'lead', 'body']);
const articleParagraphs = paragraphs.filter((p) => ARTICLE_ROLES.has(p.role));

/** Numerals that are names, not figures, with the reason. */
const NAMES_NOT_FIGURES: Record<string, string> = {
  '5G': 'the name of a mobile network technology',
};

function within(
  start: number,
  end: number,
  spans: readonly { start: number; end: number }[],
): boolean {
  return spans.some((span) => span.start <= start && end <= span.end);
}

describe('every figure of the article', () => {
  const factAnchors = [
    ...article.statistics.flatMap((s) => [s.source.anchor, ...(s.restatedAt ?? [])]),
    ...article.policies.map((p) => p.anchor),
    ...article.entities.flatMap((e) => e.mentions),
    ...article.metadata.datePublished.evidence,
  ];

  it.each(articleParagraphs.map((p) => [p.id, p] as const))(
    'in paragraph %s is in the data',
    (_id, paragraph) => {
      const periodsHere = new Set(
        article.statistics
          .filter((s) => s.source.anchor.paragraphId === paragraph.id)
          .map((s) => s.period),
      );
      for (const match of paragraph.text.matchAll(/\d+(?:[.,]\d+)*\w*/g)) {
        const numeral = match[0];
        const start = paragraph.start + (match.index ?? 0);
        const covered =
          within(start, start + numeral.length, factAnchors) ||
          periodsHere.has(numeral) ||
          numeral in NAMES_NOT_FIGURES;
        expect(covered, `${numeral} at ${start} in ${paragraph.id}`).toBe(true);
      }
    },
  );
});

describe('every quotation mark', () => {
  it('opens a direct quote, a policy title or a name, never an unrecorded quotation', () => {
    const directQuotes = article.quotes.filter((q) => q.mode === 'direct').map((q) => q.text);
    const titles = article.policies.map((p) => p.title);
    const names = article.entities.flatMap((e) => e.mentions.map((m) => m.exact));
    const quoted = [...article.text.matchAll(/“([^”]*)”/g)].map((m) => m[1] ?? '');
    expect(quoted.length).toBeGreaterThan(0);
    for (const inner of quoted) {
      const known =
        directQuotes.includes(inner) ||
        titles.some((t) => t.includes(inner)) ||
        names.includes(inner);
      expect(known, inner).toBe(true);
    }
  });
});

describe('every reported statement', () => {
  it('is recorded as a quote in each paragraph where Jilin speaks', () => {
    const speaking =
      /Jilin(’s disclosure|:| said| stated| revealed|,)|according to (the introduction of )?Jilin|he believes/i;
    for (const paragraph of articleParagraphs.filter((p) => speaking.test(p.text))) {
      const quoted = article.quotes.some((q) => q.anchor.paragraphId === paragraph.id);
      expect(quoted, paragraph.id).toBe(true);
    }
  });
});
