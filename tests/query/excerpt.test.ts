import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, excerpt, InvalidOptionError } from '../../src/index.js';
import { allAnchors } from '../support/all-anchors.js';

describe('excerpt', () => {
  const anchors = allAnchors(article).map((a) => a.anchor);

  it('marks the anchored words inside a piece of their own paragraph, no longer than asked', () => {
    fc.assert(
      fc.property(fc.constantFrom(...anchors), fc.nat(200), (anchor, context) => {
        const text = excerpt(anchor, { context, marks: ['[[', ']]'] });
        const [before = '', rest = ''] = text.split('[[');
        const [exact, after = ''] = rest.split(']]');
        expect(exact).toBe(anchor.exact);
        const plainBefore = before.replace(/^…/, '');
        const plainAfter = after.replace(/…$/, '');
        expect(plainBefore.length).toBeLessThanOrEqual(context);
        expect(plainAfter.length).toBeLessThanOrEqual(context);
        const paragraph = article.paragraphs.find((p) => p.id === anchor.paragraphId);
        expect(paragraph?.text).toContain(`${plainBefore}${anchor.exact}${plainAfter}`);
        const shownFrom = anchor.start - plainBefore.length;
        const shownTo = anchor.end + plainAfter.length;
        expect(article.text.slice(shownFrom, shownTo)).toBe(
          `${plainBefore}${anchor.exact}${plainAfter}`,
        );
        expect(before.startsWith('…')).toBe(shownFrom > (paragraph?.start ?? 0));
        expect(after.endsWith('…')).toBe(shownTo < (paragraph?.end ?? 0));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects an anchor whose words are not at its offsets', () => {
    const [first] = anchors;
    if (!first) throw new Error('no anchors');
    expect(() => excerpt({ ...first, start: first.start + 1, end: first.end + 1 })).toThrow(
      InvalidOptionError,
    );
    expect(() => excerpt(first, { context: -1 })).toThrow(/whole number/);
  });
});
