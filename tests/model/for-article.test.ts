// forArticle: what it refuses, and that each helper reads the article it was given. The helpers
// are made inside each test (a helper made once for all would leave the tests after the first
// with an object made before they ran).
import { describe, expect, it } from 'vitest';
import { article, forArticle, UnknownIdError } from '../../src/index.js';
import type { Article, ArticleIds } from '../../src/types/index.js';
import { optionErrorMessage } from '../support/option-error.js';
import { second } from '../second-article/fixture.js';

const NOT_AN_ARTICLE =
  "article: expected an article with text and paragraphs, entities, statistics, quotes, policies; check data from elsewhere with parseArticle from 'beijing-digital-economy/schema'";

const COLLECTIONS = ['paragraphs', 'entities', 'statistics', 'quotes', 'policies'] as const;

/** The second article with `change` made to a shallow copy of it: data from untyped code. */
const secondWith = (change: (copy: Record<string, unknown>) => void) => {
  const copy: Record<string, unknown> = { ...second };
  change(copy);
  return copy as unknown as Article<ArticleIds>;
};

/** The message an unknown id gets, listing the valid ones. */
const unknownId = (kind: string, items: readonly { readonly id: string }[]) =>
  `Unknown ${kind} id "nope". Valid ${kind} ids: ${items.map((item) => `"${item.id}"`).join(', ')}.`;

describe('forArticle refuses what is not an article', () => {
  it('no object: undefined, null, a string', () => {
    for (const value of [undefined, null, 'text'])
      expect(optionErrorMessage(() => forArticle(value as unknown as typeof article))).toBe(
        NOT_AN_ARTICLE,
      );
  });

  it('an object without text, or with text that is not a string', () => {
    expect(optionErrorMessage(() => forArticle({} as typeof article))).toBe(NOT_AN_ARTICLE);
    const untexted = secondWith((copy) => delete copy.text);
    expect(optionErrorMessage(() => forArticle(untexted))).toBe(NOT_AN_ARTICLE);
    const numbered = secondWith((copy) => (copy.text = 7));
    expect(optionErrorMessage(() => forArticle(numbered))).toBe(NOT_AN_ARTICLE);
  });

  it('an object with text that lacks any one collection, or has it as no list', () => {
    expect(optionErrorMessage(() => forArticle({ text: 'x' } as typeof article))).toBe(
      NOT_AN_ARTICLE,
    );
    for (const key of COLLECTIONS) {
      const lacking = secondWith((copy) => delete copy[key]);
      expect(
        optionErrorMessage(() => forArticle(lacking)),
        key,
      ).toBe(NOT_AN_ARTICLE);
      const unlisted = secondWith((copy) => (copy[key] = {}));
      expect(
        optionErrorMessage(() => forArticle(unlisted)),
        key,
      ).toBe(NOT_AN_ARTICLE);
    }
  });
});

describe('the lookups of forArticle', () => {
  it('find each item of the article by its id, the very item', () => {
    const helpers = forArticle(second);
    for (const statistic of second.statistics)
      expect(helpers.getStatistic(statistic.id)).toBe(statistic);
    for (const quote of second.quotes) expect(helpers.getQuote(quote.id)).toBe(quote);
    for (const policy of second.policies) expect(helpers.getPolicy(policy.id)).toBe(policy);
    for (const entity of second.entities) expect(helpers.getEntity(entity.id)).toBe(entity);
    for (const paragraph of second.paragraphs)
      expect(helpers.getParagraph(paragraph.id)).toBe(paragraph);
  });

  it('reject an id the article does not have, naming the kind and the article’s ids', () => {
    const helpers = forArticle(second);
    const lookups = [
      ['statistic', second.statistics, helpers.getStatistic],
      ['quote', second.quotes, helpers.getQuote],
      ['policy', second.policies, helpers.getPolicy],
      ['entity', second.entities, helpers.getEntity],
      ['paragraph', second.paragraphs, helpers.getParagraph],
    ] as const;
    for (const [kind, items, get] of lookups) {
      const lookUp = () => (get as (id: string) => unknown)('nope');
      expect(lookUp, kind).toThrow(UnknownIdError);
      expect(lookUp, kind).toThrow(unknownId(kind, items));
    }
  });
});

describe('the queries of forArticle read the article they were given', () => {
  it('findItems lists its items, findNotes its notes', () => {
    const { findItems, findNotes } = forArticle(second);
    const everyItem = [
      ...second.paragraphs.map((p) => `paragraph ${p.id}`),
      ...second.entities.map((e) => `entity ${e.id}`),
      ...second.statistics.map((s) => `statistic ${s.id}`),
      ...second.quotes.map((q) => `quote ${q.id}`),
      ...second.policies.map((p) => `policy ${p.id}`),
    ];
    expect(
      findItems()
        .map((found) => `${found.kind} ${found.id}`)
        .sort(),
    ).toEqual(everyItem.sort());
    const quoteNotes = second.quotes.flatMap((q) => q.notes ?? []);
    expect(quoteNotes.length).toBeGreaterThan(0);
    expect(findNotes({ itemKind: 'quote' }).map((found) => found.note)).toEqual(quoteNotes);
  });

  it('findStatistics takes its entities as sources', () => {
    const { findStatistics } = forArticle(second);
    expect(findStatistics({ attributedTo: 'willow-ford-evening-post' }).map((s) => s.id)).toEqual(
      second.statistics
        .filter((s) => s.source.attributedTo === 'willow-ford-evening-post')
        .map((s) => s.id),
    );
  });

  it('mentionsOf gives an entity’s mentions, excerpt the words of an anchor', () => {
    const { mentionsOf, excerpt } = forArticle(second);
    for (const entity of second.entities) expect(mentionsOf(entity.id)).toEqual(entity.mentions);
    // With no context, an ellipsis stands for the words of the paragraph cut on either side.
    for (const { anchor } of second.quotes) {
      const paragraph = second.paragraphs.find((p) => p.id === anchor.paragraphId);
      const before = anchor.start > (paragraph?.start ?? 0) ? '…' : '';
      const after = anchor.end < (paragraph?.end ?? 0) ? '…' : '';
      expect(excerpt(anchor, { context: 0, marks: ['[', ']'] })).toBe(
        `${before}[${anchor.exact}]${after}`,
      );
    }
  });
});

describe('the names of forArticle', () => {
  it('name an entity in English with no locale or any tag', () => {
    const { nameOf, formatQuote } = forArticle(second);
    for (const locale of [undefined, 'en', 'zh-TW']) {
      const options = locale === undefined ? undefined : { locale };
      expect(nameOf('fang-meilin', options), locale).toBe('Fang Meilin');
    }
    const direct = second.quotes.find((q) => q.mode === 'direct');
    if (direct === undefined) throw new Error('the second article has a direct quote');
    expect(formatQuote(direct, { locale: 'en' })).toBe(`“${direct.text}” — Fang Meilin`);
  });

  it('refuse a locale of null as nameOf does', () => {
    const { nameOf } = forArticle(second);
    expect(
      optionErrorMessage(() => nameOf('fang-meilin', { locale: null as unknown as string })),
    ).toBe(
      "options.locale: got null; expected a BCP 47 tag such as 'en', or zhHans from 'beijing-digital-economy/locale/zh-Hans'",
    );
  });

  it('leave out a speaker that the article does not know', () => {
    const { formatQuote } = forArticle(second);
    const direct = second.quotes.find((q) => q.mode === 'direct');
    if (direct === undefined) throw new Error('the second article has a direct quote');
    expect(formatQuote({ ...direct, speaker: 'jilin' })).toBe(`“${direct.text}”`);
  });
});
