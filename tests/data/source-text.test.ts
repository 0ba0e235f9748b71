import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, articleText, paragraphs } from '../../src/index.js';

const SOURCE_SHA256 = 'ed3e5ec3d78927c798947d862f1ba2cd4d675c170af8c28e0506546e9e849a6b';
const fileBytes = readFileSync(new URL('../../data/article.txt', import.meta.url));

describe('the source text', () => {
  it('is data/article.txt, unchanged since it was copied from the source', () => {
    expect(createHash('sha256').update(fileBytes).digest('hex')).toBe(SOURCE_SHA256);
  });

  it('ships byte for byte as the article text', () => {
    expect(Buffer.from(articleText, 'utf8').equals(fileBytes)).toBe(true);
    expect(article.text).toBe(articleText);
  });

  it('has no characters outside the Basic Multilingual Plane, so UTF-16 offsets are code point offsets', () => {
    expect([...articleText].length).toBe(articleText.length);
    expect(articleText).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('is rebuilt losslessly from its paragraphs', () => {
    expect(paragraphs.map((p) => p.text).join('\n\n')).toBe(articleText);
    for (const p of paragraphs) expect(articleText.slice(p.start, p.end)).toBe(p.text);
  });

  it('has paragraphs numbered in order, each with no blank line inside', () => {
    paragraphs.forEach((p, i) => expect(p.index).toBe(i));
    for (const p of paragraphs) expect(p.text).not.toContain('\n\n');
  });

  it('gives one paragraph each to the section label, headline, lead and credits', () => {
    const roles = paragraphs.map((p) => p.role);
    for (const role of ['section', 'headline', 'lead', 'credits'] as const) {
      expect(roles.filter((r) => r === role)).toHaveLength(1);
    }
    expect(paragraphs.filter((p) => p.role === 'boilerplate').map((p) => p.text)).toEqual([
      'Leave a Reply',
      expect.stringMatching(/^Your email address will not be published/),
    ]);
  });
});
