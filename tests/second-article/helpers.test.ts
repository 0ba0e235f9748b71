import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forArticle, UnknownIdError } from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { walkAnchors } from '../../src/model/walk.js';
import { readAnnotation } from '../../scripts/generate/article-from-files.js';
import { lazy } from '../support/lazy.js';
import { fixturePaths, second, secondText } from './fixture.js';

// Made inside the tests, not while they are collected (tests/support/lazy.ts says why).
const helpers = lazy(() => forArticle(second));
const annotation = readAnnotation(fixturePaths.annotation);
const anchors = lazy(() => walkAnchors(second));
const ids = (items: readonly { readonly id: string }[]) => items.map((item) => item.id);

/** Every whole-word place of `phrase` in the text, found with a regular expression. */
const placesOf = (phrase: string) =>
  [...secondText.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'gu'))].map(
    (match) => match.index,
  );

describe('every anchor of the second article', () => {
  it('is the text between its offsets, inside its paragraph, with the text around it as context', () => {
    expect(anchors().length).toBeGreaterThan(40);
    for (const { anchor, path } of anchors()) {
      expect(secondText.slice(anchor.start, anchor.end), path.join('.')).toBe(anchor.exact);
      expect(secondText.slice(0, anchor.start).endsWith(anchor.prefix)).toBe(true);
      expect(secondText.slice(anchor.end).startsWith(anchor.suffix)).toBe(true);
      const paragraph = helpers().getParagraph(anchor.paragraphId);
      expect(anchor.start).toBeGreaterThanOrEqual(paragraph.start);
      expect(anchor.end).toBeLessThanOrEqual(paragraph.end);
    }
  });

  it('has an excerpt that marks its exact words within its paragraph, for any context and marks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...anchors()),
        fc.nat(200),
        fc.constantFrom(['«', '»'] as const, ['[[', ']]'] as const, ['', ''] as const),
        ({ anchor }, context, marks) => {
          const shown = helpers().excerpt(anchor, { context, marks });
          expect(shown).toContain(`${marks[0]}${anchor.exact}${marks[1]}`);
          const words = shown.replace(/^…|…$/g, '').replace(marks[0], '').replace(marks[1], '');
          expect(helpers().getParagraph(anchor.paragraphId).text).toContain(words);
        },
      ),
    );
  });
});

describe('the lookups of the second article', () => {
  // The table names the lookups; they are made inside the test (a lookup made while the tests
  // are collected would run in no test, and its mutants would count as untested).
  it.each([
    ['getParagraph', 'paragraphs'],
    ['getEntity', 'entities'],
    ['getStatistic', 'statistics'],
    ['getQuote', 'quotes'],
    ['getPolicy', 'policies'],
  ] as const)('%s finds every id of %s, the very item', (name, collection) => {
    const get = helpers()[name] as (id: string) => unknown;
    const items: readonly { readonly id: string }[] = second[collection];
    expect(items.length).toBe(annotation[collection].length);
    for (const item of items) expect(get(item.id)).toBe(item);
  });

  it('reject an id of the built-in article, naming this article’s ids', () => {
    const get = helpers().getEntity as (id: string) => unknown;
    expect(() => get('jilin')).toThrow(UnknownIdError);
    expect(() => get('jilin')).toThrow(/fang-meilin/);
  });

  it('name every entity as the annotation does, in any locale (it has no Chinese forms)', () => {
    for (const entity of annotation.entities) {
      expect(helpers().nameOf(entity.id)).toBe(entity.name);
      expect(helpers().nameOf(entity.id, { locale: zhHans })).toBe(entity.name);
    }
  });
});

describe('the queries of the second article', () => {
  it('findStatistics filters by unit kind, currency, subject, attribution, comparator, period and words', () => {
    expect(ids(helpers().findStatistics({ unitKind: 'currency' }))).toEqual([
      'library-spending-2023',
      'library-spending-books-and-van-2023',
    ]);
    expect(ids(helpers().findStatistics({ currency: 'CNY' }))).toEqual([
      'library-spending-2023',
      'library-spending-books-and-van-2023',
    ]);
    expect(helpers().findStatistics({ currency: 'USD' })).toEqual([]);
    expect(ids(helpers().findStatistics({ unitKind: 'years' }))).toEqual([
      'village-reading-rooms-age',
      'library-van-years',
    ]);
    expect(ids(helpers().findStatistics({ unitKind: 'rank' }))).toEqual([
      'library-provincial-rank-2023',
    ]);
    expect(ids(helpers().findStatistics({ subject: 'willow-ford' }))).toEqual([
      'library-spending-2023',
      'library-spending-books-and-van-2023',
    ]);
    expect(ids(helpers().findStatistics({ attributedTo: 'willow-ford-evening-post' }))).toEqual([
      'library-spending-2023',
      'library-spending-books-and-van-2023',
      'library-van-villages',
      'library-van-years',
      'books-by-post-order-limit',
    ]);
    expect(ids(helpers().findStatistics({ comparator: 'less-than' }))).toEqual([
      'village-reading-rooms-age',
      'village-reading-rooms-share-of-loans',
    ]);
    expect(ids(helpers().findStatistics({ period: '2024' }))).toEqual(['library-holdings']);
    expect(ids(helpers().findStatistics({ text: 'READERS' }))).toEqual([
      'library-registered-readers',
    ]);
  });

  it('findStatistics with no filter gives every statistic, each comparator and unit kind present', () => {
    const all = helpers().findStatistics();
    expect(ids(all)).toEqual(annotation.statistics.map((s) => s.id));
    expect(new Set(all.map((s) => s.comparator))).toEqual(
      new Set(['exactly', 'about', 'more-than', 'at-least', 'at-most', 'less-than']),
    );
    expect(new Set(all.map((s) => s.unit.kind))).toEqual(
      new Set(['percent', 'currency', 'count', 'rank', 'years']),
    );
  });

  it('findQuotes and quotesBy find Fang Meilin’s words, direct and reported, in text order', () => {
    const all = annotation.quotes.map((q) => q.id);
    expect(ids(helpers().quotesBy('fang-meilin'))).toEqual(all);
    expect(helpers().quotesBy('tang-wenjing')).toEqual([]);
    expect(ids(helpers().findQuotes({ speaker: 'fang-meilin' }))).toEqual(all);
    expect(ids(helpers().findQuotes({ mode: 'direct' }))).toEqual([
      'fang-meilin-children',
      'fang-meilin-reading-plan',
    ]);
    expect(ids(helpers().findQuotes({ text: 'budget' }))).toEqual(['fang-meilin-reading-plan']);
    expect(() => helpers().findQuotes({ speaker: 'jilin' })).toThrow(/fang-meilin/);
  });

  it('findItems gives every item of every kind once, in text order', () => {
    const items = helpers().findItems();
    const expected = [
      ...second.paragraphs.map((p) => `paragraph:${p.id}`),
      ...second.entities.map((e) => `entity:${e.id}`),
      ...second.statistics.map((s) => `statistic:${s.id}`),
      ...second.quotes.map((q) => `quote:${q.id}`),
      ...second.policies.map((p) => `policy:${p.id}`),
    ];
    const found = items.map((i) => `${i.kind}:${i.id}`);
    expect(found.length).toBe(new Set(found).size);
    expect(new Set(found)).toEqual(new Set(expected));
    // Where the text states the item: a figure's statement (not the headline's restatement), an
    // entity's first mention, a quotation's or a policy's words.
    const firstPlace = ({ kind, item }: (typeof items)[number]) =>
      kind === 'paragraph'
        ? item.start
        : kind === 'entity'
          ? (item.mentions[0]?.start ?? Infinity)
          : kind === 'statistic'
            ? item.source.anchor.start
            : item.anchor.start;
    const places = items.map(firstPlace);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it('findItems by entity finds what the entity issued, said, is the subject of, and where it is named', () => {
    expect(
      helpers()
        .findItems({ entity: 'county-culture-bureau' })
        .map((i) => `${i.kind}:${i.id}`),
    ).toEqual([
      'paragraph:wf-plan',
      'policy:reading-plan-2024-2026',
      'entity:county-culture-bureau',
    ]);
    expect(
      helpers()
        .findItems({ entity: 'willow-ford', kind: 'statistic' })
        .map((i) => i.id),
    ).toEqual(['library-spending-2023', 'library-spending-books-and-van-2023']);
    expect(
      helpers()
        .findItems({ text: 'Books by Post' })
        .map((i) => `${i.kind}:${i.id}`),
    ).toEqual([
      'paragraph:wf-books-by-post',
      'policy:books-by-post',
      'statistic:books-by-post-order-limit',
    ]);
  });

  it('findNotes gives every note of the annotation once, with the item it is on', () => {
    const notes = helpers().findNotes();
    const annotated = [
      ...Object.entries(annotation.metadata.fieldNotes ?? {}).flatMap(([field, list]) =>
        (list ?? []).map((note: { text: string }) => `metadata:${field}:${note.text}`),
      ),
      ...(['paragraphs', 'entities', 'statistics', 'quotes', 'policies'] as const).flatMap(
        (collection) =>
          annotation[collection].flatMap((item) =>
            (item.notes ?? []).map((note) => `${collection}:${item.id}:${note.text}`),
          ),
      ),
    ];
    expect(notes).toHaveLength(annotated.length);
    const kinds = { metadata: 'metadata', paragraph: 'paragraphs', entity: 'entities' } as const;
    const collectionOf = (kind: string) =>
      kind in kinds
        ? kinds[kind as keyof typeof kinds]
        : `${kind === 'policy' ? 'policie' : kind}s`;
    expect(
      notes.map(({ item, note }) => `${collectionOf(item.kind)}:${item.id}:${note.text}`).sort(),
    ).toEqual([...annotated].sort());
    expect(new Set(notes.map((n) => n.note.kind))).toEqual(
      new Set(['translation', 'inference', 'inconsistency', 'ambiguity']),
    );
    expect(helpers().findNotes({ kind: 'inconsistency', itemKind: 'statistic' })).toEqual([
      {
        item: { kind: 'statistic', id: 'village-reading-rooms-age' },
        note: helpers().getStatistic('village-reading-rooms-age').notes?.[0],
      },
    ]);
    expect(
      helpers()
        .findNotes({ itemId: 'translatedFrom' })
        .map((n) => n.note.kind),
    ).toEqual(['inconsistency']);
  });

  it('itemsAt lists, for each paragraph, exactly the items with an anchor inside it', () => {
    for (const paragraph of second.paragraphs) {
      const here = helpers().itemsAt(paragraph.id);
      const inside = (anchor: { start: number; end: number }) =>
        anchor.start >= paragraph.start && anchor.end <= paragraph.end;
      const expected = (kind: string) =>
        new Set(
          anchors()
            .filter((a) => a.kind === kind && inside(a.anchor))
            .map((a) => a.id),
        );
      expect(new Set(ids(here.statistics)), paragraph.id).toEqual(expected('statistic'));
      expect(new Set(ids(here.quotes)), paragraph.id).toEqual(expected('quote'));
      expect(new Set(ids(here.policies)), paragraph.id).toEqual(expected('policy'));
      expect(new Set(ids(here.entities)), paragraph.id).toEqual(expected('entity'));
    }
    const lead = helpers().itemsAt('wf-lead');
    expect(ids(lead.statistics)).toEqual(['library-loans-2023', 'library-loans-growth-2023']);
    expect(ids(lead.quotes)).toEqual(['fang-meilin-loans']);
    expect(ids(helpers().itemsAt('wf-plan').policies)).toEqual(['reading-plan-2024-2026']);
  });

  it('mentionsOf finds each name wherever it stands on its own, and not inside a longer name', () => {
    for (const entity of annotation.entities) {
      const longer = annotation.entities
        .map((other) => other.name)
        .filter((name) => name !== entity.name && name.includes(entity.name));
      const own = placesOf(entity.name).filter(
        (at) => !longer.some((name) => secondText.startsWith(name, at - name.indexOf(entity.name))),
      );
      const mentions = helpers().mentionsOf(entity.id);
      expect(
        mentions.map((m) => m.start),
        entity.id,
      ).toEqual(own);
      for (const mention of mentions) expect(mention.exact).toBe(entity.name);
    }
    expect(helpers().mentionsOf('fang-meilin')).toHaveLength(5);
  });
});
