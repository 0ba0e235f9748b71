// The spans' code-point offsets on any string, lone surrogates included, and the relations of
// toSpans on articles that parseArticle accepts but the built-in one does not show: a quote before
// every mention of its speaker, a speaker never mentioned, a mention where the quote begins, a
// statistic that shares its id with its source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, toSpans, type Article, type ArticleIds } from '../../src/index.js';
import { codePointOffsets } from '../../src/internal/spans.js';
import { parseArticle } from '../../src/schema/index.js';

/** Code units at the edges of the surrogate ranges, and an astral character, joined at random. */
const SURROGATE_EDGES = ['a', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '😀'];

describe('codePointOffsets', () => {
  it('gives every code-point boundary its index among the code points, as Array.from counts them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SURROGATE_EDGES), { maxLength: 12 }), (units) => {
        const text = units.join('');
        const toPoint = codePointOffsets(text);
        // Array.from splits a string into code points; a lone surrogate is one of its own.
        let at = 0;
        for (const [index, point] of Array.from(text).entries()) {
          expect(toPoint(at)).toBe(index);
          at += point.length;
        }
        expect(toPoint(text.length)).toBe(Array.from(text).length);
      }),
    );
  });

  it('counts a lone surrogate as one code point and a pair at the ends of the ranges as one', () => {
    const cases: [string, number][] = [
      ['a\udc00', 2],
      ['\ud800a', 2],
      ['\ud800\ud800', 2],
      ['\udc00\udc00', 2],
      ['\ue000\udc00', 2],
      ['\ud800\ue000', 2],
      ['\ud800\udc00', 1],
      ['\ud800\udfff', 1],
      ['\udbff\udc00', 1],
      ['\udbff\udfff', 1],
    ];
    for (const [text, points] of cases)
      expect([text, codePointOffsets(text)(2)]).toEqual([text, points]);
  });
});

/** The built-in article changed by `change`, through parseArticle: data a user could pass. */
function changed(change: (copy: Article<ArticleIds>) => Article<ArticleIds>): Article<ArticleIds> {
  return parseArticle(JSON.parse(JSON.stringify(change(article))));
}

const relationFrom = (source: Article<ArticleIds>, from: string) =>
  toSpans(source).relations.filter((relation) => relation.from === from);

describe('toSpans relations', () => {
  it('name themselves by their type and the span they start from: speaker for a quote, source for a statistic', () => {
    const { relations } = toSpans(article);
    expect(relations.length).toBeGreaterThan(0);
    for (const relation of relations) {
      const type = relation.from.startsWith('quote:') ? 'speaker' : 'source';
      expect(relation).toEqual({ ...relation, id: `${type}:${relation.from}`, type });
    }
  });

  it('tie a quote that comes before every mention of its speaker to the first mention', () => {
    // The headline's quote begins at 19; Beijing is first mentioned at 30.
    const source = changed((copy) => ({
      ...copy,
      quotes: copy.quotes.map((q) =>
        q.id === 'headline-digital-economy-share' ? { ...q, speaker: 'beijing' } : q,
      ),
    }));
    expect(relationFrom(source, 'quote:headline-digital-economy-share:1')).toEqual([
      {
        id: 'speaker:quote:headline-digital-economy-share:1',
        type: 'speaker',
        from: 'quote:headline-digital-economy-share:1',
        to: 'mention:beijing:1',
      },
    ]);
  });

  it('tie a quote that begins with its speaker’s name to that mention, not to an earlier one', () => {
    // The quote at 361 begins with "Beijing", Beijing's second mention; the first is at 30.
    const source = changed((copy) => ({
      ...copy,
      quotes: copy.quotes.map((q) =>
        q.id === 'jilin-digital-economy-share' ? { ...q, speaker: 'beijing' } : q,
      ),
    }));
    expect(relationFrom(source, 'quote:jilin-digital-economy-share:1')).toEqual([
      {
        id: 'speaker:quote:jilin-digital-economy-share:1',
        type: 'speaker',
        from: 'quote:jilin-digital-economy-share:1',
        to: 'mention:beijing:2',
      },
    ]);
  });

  it('leave out the relation of a quote whose speaker the text never mentions', () => {
    const source = changed((copy) => ({
      ...copy,
      entities: copy.entities.map((e) => (e.id === 'wang-jinyu' ? { ...e, mentions: [] } : e)),
      quotes: copy.quotes.map((q) =>
        q.id === 'headline-digital-economy-share' ? { ...q, speaker: 'wang-jinyu' } : q,
      ),
    }));
    expect(relationFrom(source, 'quote:headline-digital-economy-share:1')).toEqual([]);
    expect(toSpans(source).relations).toHaveLength(toSpans(article).relations.length - 1);
  });

  it('tie a statistic that shares its id with its source (ids are unique per collection) to a mention, never to itself', () => {
    // The statistic at 1036 is Jilin's; his mentions before it are at 12, 323 and 579.
    const source = changed((copy) => ({
      ...copy,
      statistics: copy.statistics.map((s) =>
        s.id === 'zhongguancun-software-park-headquarters' ? { ...s, id: 'jilin' } : s,
      ),
    }));
    expect(relationFrom(source, 'statistic:jilin:1')).toEqual([
      {
        id: 'source:statistic:jilin:1',
        type: 'source',
        from: 'statistic:jilin:1',
        to: 'mention:jilin:3',
      },
    ]);
  });
});
