import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  article,
  findNotes,
  getQuote,
  InvalidOptionError,
  toWebAnnotations,
} from '../../src/index.js';
import { webAnnotationEntries } from '../../src/export/to-web-annotations.js';
import { zhHans } from '../../src/locale/zh-hans.js';

const require = createRequire(import.meta.url);
const jsonld = require('jsonld') as typeof import('jsonld');

const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const context = JSON.parse(
  readFileSync(new URL('../fixtures/w3c-anno.jsonld', import.meta.url), 'utf8'),
) as object;

/** Serves the W3C's context from the test's fixture (W3C licence: see its NOTICE): no network. */
const documentLoader = (url: string) =>
  url === ANNO_CONTEXT
    ? Promise.resolve({ contextUrl: undefined, documentUrl: url, document: context })
    : Promise.reject(new Error(`the test loads no document from ${url}`));

type Node = Record<string, unknown>;
const values = (node: Node, property: string): Node[] =>
  (node[property] as Node[] | undefined) ?? [];

/**
 * What gets an annotation, counted from the data rather than from the exporter: each statistic,
 * quote and policy; each policy's purpose (one, however many places); each mention and each
 * designation of an entity; the evidence for the publication date (one); each note.
 */
const itemCount = () =>
  article.statistics.length +
  article.quotes.length +
  article.policies.length +
  article.policies.filter((p) => (p.purpose ?? []).length > 0).length +
  article.entities.reduce((n, e) => n + e.mentions.length + (e.designations ?? []).length, 0) +
  (article.metadata.datePublished.evidence.length > 0 ? 1 : 0) +
  findNotes().length;

describe('toWebAnnotations', () => {
  // Made in each test, not while the tests are collected (see vitest.mutation.config.ts).
  let collection: ReturnType<typeof toWebAnnotations>;
  let annotations: (typeof collection)['first']['items'];
  beforeEach(() => {
    collection = toWebAnnotations(article);
    annotations = collection.first.items;
  });

  it('expands with a JSON-LD processor (the W3C context, offline) to one oa:Annotation per item, each with oa:hasTarget / oa:hasSelector / oa:exact', async () => {
    const expanded = (await jsonld.expand(collection, {
      documentLoader: documentLoader as never,
    })) as Node[];
    expect(expanded).toHaveLength(1);
    const root = expanded[0] as Node;
    expect(root['@type']).toEqual([`${AS}OrderedCollection`]);
    const page = values(root, `${AS}first`)[0] as Node;
    expect(page['@type']).toEqual([`${AS}OrderedCollectionPage`]);
    const list = (values(page, `${AS}items`)[0] as { '@list': Node[] })['@list'];
    expect(list).toHaveLength(itemCount());
    for (const annotation of list) {
      expect(annotation['@type']).toEqual([`${OA}Annotation`]);
      expect(String(values(annotation, `${OA}motivatedBy`)[0]?.['@id'])).toMatch(
        new RegExp(`^${OA}(describing|identifying|commenting)$`),
      );
      const targets = values(annotation, `${OA}hasTarget`);
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) {
        expect(target['@type']).toEqual([`${OA}SpecificResource`]);
        const selectors = values(target, `${OA}hasSelector`);
        expect(selectors.map((s) => s['@type'])).toEqual([
          [`${OA}TextQuoteSelector`],
          [`${OA}TextPositionSelector`],
        ]);
        const exact = values(selectors[0] as Node, `${OA}exact`)[0]?.['@value'];
        const start = Number(values(selectors[1] as Node, `${OA}start`)[0]?.['@value']);
        const end = Number(values(selectors[1] as Node, `${OA}end`)[0]?.['@value']);
        expect(article.text.slice(start, end)).toBe(exact);
      }
      for (const body of values(annotation, `${OA}hasBody`)) {
        expect([[`${OA}TextualBody`], [`${OA}SpecificResource`]]).toContainEqual(body['@type']);
      }
    }
  });

  it('counts its annotations in total, and gives each its own IRI', () => {
    expect(collection.total).toBe(itemCount());
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
    for (const a of annotations) expect(URL.canParse(a.id), a.id).toBe(true);
  });

  it('selects in every target the words the text has at that position, with the text around them as prefix and suffix', () => {
    for (const annotation of annotations) {
      for (const {
        source,
        selector: [quote, position],
      } of annotation.target) {
        expect(source).toBe('https://www.npmjs.com/package/beijing-digital-economy#text');
        expect(article.text.slice(position.start, position.end)).toBe(quote.exact);
        expect(article.text.slice(0, position.start).endsWith(quote.prefix ?? '')).toBe(true);
        expect(article.text.slice(position.end).startsWith(quote.suffix ?? '')).toBe(true);
        expect(quote.prefix === undefined).toBe(position.start === 0);
        // The quote alone finds the place: the words with their context occur once in the text.
        const needle = `${quote.prefix ?? ''}${quote.exact}${quote.suffix ?? ''}`;
        expect(article.text.indexOf(needle)).toBe(article.text.lastIndexOf(needle));
      }
    }
  });

  it('covers every statistic, quote, policy and mention where the data anchors it', () => {
    const spans = (kind: string, id: string) =>
      annotations
        .filter((a) =>
          a.body.some(
            (b) => b.type === 'TextualBody' && b.purpose === 'classifying' && b.value === kind,
          ),
        )
        .filter((a) =>
          a.body.some(
            (b) => b.type === 'TextualBody' && b.purpose === 'identifying' && b.value === id,
          ),
        )
        .flatMap((a) => a.target.map((t) => [t.selector[1].start, t.selector[1].end]));
    for (const s of article.statistics) {
      expect(spans('statistic', s.id)).toEqual(
        [s.source.anchor, ...(s.restatedAt ?? [])].map((a) => [a.start, a.end]),
      );
    }
    for (const q of article.quotes)
      expect(spans('quote', q.id)).toEqual([[q.anchor.start, q.anchor.end]]);
    for (const p of article.policies)
      expect(spans('policy', p.id)).toEqual([[p.anchor.start, p.anchor.end]]);
    for (const e of article.entities)
      expect(spans('mention', e.id)).toEqual(e.mentions.map((m) => [m.start, m.end]));
  });

  it('annotates every note that findNotes gives, each once; a note on an item links to that item’s annotation', () => {
    const ids = new Set(annotations.map((a) => a.id));
    const notes = annotations.filter((a) => a.motivation === 'commenting');
    const text = (a: (typeof notes)[number]) =>
      a.body[0]?.type === 'TextualBody' ? a.body[0].value : '';
    expect(notes.map(text).sort()).toEqual(
      findNotes()
        .map(({ note }) => note.text)
        .sort(),
    );
    for (const note of notes) {
      expect(note.body[0]).toMatchObject({
        type: 'TextualBody',
        purpose: 'commenting',
        language: 'en',
      });
      const link = note.body.find((b) => b.type === 'SpecificResource');
      // Notes on a paragraph or a metadata field have no item annotation to link to; they name the item.
      if (link === undefined)
        expect(
          note.body.some(
            (b) =>
              b.type === 'TextualBody' &&
              b.purpose === 'identifying' &&
              /^(paragraph|metadata) /.test(b.value),
          ),
          note.id,
        ).toBe(true);
      else expect(ids.has(link.source), note.id).toBe(true);
    }
  });

  it('gives every text body as plain text, every link the linking purpose, and each item’s notes numbered from 1', () => {
    for (const locale of [undefined, zhHans]) {
      const items = toWebAnnotations(article, locale === undefined ? {} : { locale }).first.items;
      for (const annotation of items)
        for (const body of annotation.body) {
          if (body.type === 'TextualBody') expect(body.format, annotation.id).toBe('text/plain');
          else expect(body.purpose, annotation.id).toBe('linking');
        }
      const numbers = new Map<string, number[]>();
      for (const { id } of items.filter((a) => a.motivation === 'commenting')) {
        const match = /\/note\/([a-z]+\/[^/]+)\/(\d+)$/.exec(id);
        expect(match, id).not.toBe(null);
        const [, item = '', n = ''] = match ?? [];
        numbers.set(item, [...(numbers.get(item) ?? []), Number(n)]);
      }
      expect(numbers.size).toBeGreaterThan(1);
      for (const [item, ns] of numbers)
        expect(ns, item).toEqual(Array.from({ length: ns.length }, (_, i) => i + 1));
    }
  });

  it('classifies every annotation once: an item by its kind, a note by the note’s kind', () => {
    const NOTE_KINDS = ['ambiguity', 'inconsistency', 'inference', 'translation'];
    const ITEM_KINDS = [
      'designation',
      'evidence',
      'mention',
      'policy',
      'purpose',
      'quote',
      'statistic',
    ];
    const kinds = new Set<string>();
    for (const a of annotations) {
      const classes = a.body.flatMap((b) =>
        b.type === 'TextualBody' && b.purpose === 'classifying' ? [b.value] : [],
      );
      expect(classes, a.id).toHaveLength(1);
      const [kind = ''] = classes;
      expect(a.motivation === 'commenting' ? NOTE_KINDS : ITEM_KINDS, a.id).toContain(kind);
      kinds.add(kind);
    }
    expect([...kinds].sort()).toEqual([...ITEM_KINDS, ...NOTE_KINDS].sort());
  });

  it('takes the IRIs and the locale as options', () => {
    const other = toWebAnnotations(article, {
      source: 'https://example.org/a.txt',
      id: 'https://example.org/c',
      locale: zhHans,
    });
    expect(other.id).toBe('https://example.org/c');
    expect(
      other.first.items.every(
        (a) =>
          a.id.startsWith('https://example.org/c/') &&
          a.target.every((t) => t.source === 'https://example.org/a.txt'),
      ),
    ).toBe(true);
    expect(other.first.items[0]?.body[0]).toMatchObject({ language: 'zh-Hans' });
    expect(other.first.items[0]?.body[0]).not.toEqual(annotations[0]?.body[0]);
    // Names in the Chinese statements are the Chinese forms, mentions included.
    const statements = other.first.items
      .filter((a) => a.motivation !== 'commenting')
      .map((a) => (a.body[0]?.type === 'TextualBody' ? a.body[0].value : ''));
    expect(statements.filter((statement) => statement.includes('Jilin'))).toEqual([]);
    expect(statements).toContain('吉林（人物；北京市政协主席）');
  });

  it('tags every body with the language of its words: en for English words, in any locale', () => {
    const CJK = /[\u3400-\u9fff]/;
    for (const locale of ['en', zhHans, 'de', 'zh-TW'] as const) {
      const bodies = toWebAnnotations(article, { locale }).first.items.flatMap((a) => a.body);
      for (const body of bodies) {
        if (body.type !== 'TextualBody' || body.language === undefined) continue;
        // A Chinese body holds Chinese words (and what it quotes); an English one none, but an
        // English note may give the Chinese that a phrase renders.
        if (body.language === 'en') {
          if (body.purpose !== 'commenting') expect(CJK.test(body.value), body.value).toBe(false);
        } else {
          expect(body.language, String(locale === zhHans)).toMatch(/^zh/);
          expect(CJK.test(body.value), body.value).toBe(true);
        }
      }
    }
    const zh = toWebAnnotations(article, { locale: zhHans }).first.items;
    const quote = zh.find((a) => a.id.endsWith('/quote/jilin-park-output'));
    expect(quote?.body.slice(0, 2)).toEqual([
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: '吉林表示（直接引语，照录英文译文）',
        format: 'text/plain',
        language: 'zh-Hans',
      },
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: getQuote('jilin-park-output').text,
        format: 'text/plain',
        language: 'en',
      },
    ]);
    // Every note in Chinese, the package's translation, tagged as Chinese.
    const notes = zh.filter((a) => a.motivation === 'commenting');
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note.body[0]).toMatchObject({ language: 'zh-Hans' });
  });

  it('throws InvalidOptionError naming the option for an unknown option or an IRI that is not absolute', () => {
    expect(() => toWebAnnotations(article, { source: 'article.txt' })).toThrow(InvalidOptionError);
    expect(() => toWebAnnotations(article, { source: 'article.txt' })).toThrow(
      /options\.source.*absolute IRI/,
    );
    expect(() => toWebAnnotations(article, { base: 'x' } as never)).toThrow(
      /options\.base: unknown option/,
    );
    expect(() => toWebAnnotations({} as never)).toThrow(/article: is not an Article/);
  });

  const byId = (items: typeof annotations, tail: string) => {
    const found = items.find((a) => a.id === `${collection.id}/${tail}`);
    if (found === undefined) throw new Error(`no annotation ${tail}`);
    return found;
  };

  it('embeds its one page under the collection’s IRI followed by /page/1', () => {
    expect(collection.first.id).toBe(
      'https://www.npmjs.com/package/beijing-digital-economy#annotations/page/1',
    );
    expect(toWebAnnotations(article, { id: 'https://example.org/c' }).first.id).toBe(
      'https://example.org/c/page/1',
    );
  });

  it('orders the annotations by kind, then as the data lists the items, each mention numbered from 1 in text order', () => {
    const tails = annotations
      .filter((a) => a.motivation !== 'commenting')
      .map((a) => a.id.slice(collection.id.length + 1));
    const mentions = article.entities.flatMap((e) =>
      e.mentions.map((_, i) => `mention/${e.id}/${i + 1}`),
    );
    const designations = article.entities.flatMap((e) =>
      (e.designations ?? []).map((_, i) => `designation/${e.id}/${i + 1}`),
    );
    expect(tails).toEqual([
      ...article.statistics.map((s) => `statistic/${s.id}`),
      ...article.quotes.map((q) => `quote/${q.id}`),
      ...article.policies.map((p) => `policy/${p.id}`),
      ...article.policies.filter((p) => (p.purpose ?? []).length > 0).map((p) => `purpose/${p.id}`),
      ...mentions,
      ...designations,
      'evidence/datePublished',
    ]);
  });

  it('numbers the mentions of an entity as the data lists them, and keeps that order, whatever their order in the text', () => {
    const reversed = {
      ...article,
      entities: article.entities.map((e) =>
        e.id === 'beijing' ? { ...e, mentions: [...e.mentions].reverse() } : e,
      ),
    };
    const mentions = toWebAnnotations(reversed).first.items.filter((a) =>
      a.id.includes('/mention/beijing/'),
    );
    const listed = reversed.entities.find((e) => e.id === 'beijing')?.mentions ?? [];
    expect(mentions.map((a) => a.id.slice(a.id.lastIndexOf('/') + 1))).toEqual(
      listed.map((_, i) => String(i + 1)),
    );
    expect(mentions.map((a) => a.target[0]?.selector[1].start)).toEqual(listed.map((m) => m.start));
  });

  it('states the evidence for the publication date in English, its places in text order', () => {
    const evidence = byId(annotations, 'evidence/datePublished');
    const date = article.metadata.datePublished;
    expect(evidence.body[0]).toEqual({
      type: 'TextualBody',
      purpose: 'describing',
      value: `Evidence for the publication date, 2020-09-05: ${date.basis}`,
      format: 'text/plain',
      language: 'en',
    });
    expect(evidence.target.map((t) => t.selector[0].exact)).toEqual([
      'Last year',
      'On September 5',
      'in 2019',
      'on September 7th, Beijing will issue',
    ]);
    expect(evidence.target[0]?.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Last year',
      prefix: 'World News\n\nJilin: ',
      suffix: ', Beijing’s digital economy acco',
    });
  });

  it('states in Chinese the purpose of a policy, the inferred publication date and an indirect quotation', () => {
    const zh = toWebAnnotations(article, { locale: zhHans }).first.items;
    const statement = (tail: string) => byId(zh, tail).body[0];
    expect(statement('purpose/new-business-forms-and-models-opinions')).toMatchObject({
      value: '《关于加快培育壮大新业态新模式促进北京经济高质量发展的若干意见》的目的',
      language: 'zh-Hans',
    });
    expect(statement('evidence/datePublished')).toMatchObject({
      value: '推断出版日期（2020年9月5日）的依据',
    });
    expect(statement('quote/jilin-service-trade')).toMatchObject({
      value: '据吉林介绍（间接引语，照录英文译文）',
    });
  });

  it('states in Chinese a publication date that is not inferred without saying it is inferred', () => {
    const stated = {
      ...article,
      metadata: {
        ...article.metadata,
        datePublished: { ...article.metadata.datePublished, inferred: false },
      },
    };
    const evidence = toWebAnnotations(stated, { locale: zhHans }).first.items.find((a) =>
      a.id.endsWith('/evidence/datePublished'),
    );
    expect(evidence?.body[0]).toMatchObject({ value: '出版日期（2020年9月5日）的依据' });
  });

  it('states in English the purpose of a policy, and gives a quotation one statement with its kind and id', () => {
    expect(
      byId(annotations, 'purpose/new-business-forms-and-models-opinions').body[0],
    ).toMatchObject({
      value:
        'The purpose of Opinions on Accelerating the Cultivation and Growth of New Business Forms and New Models to Promote the High-quality Development of Beijing’s Economy',
      language: 'en',
    });
    const quote = byId(annotations, 'quote/jilin-park-output');
    expect(quote.body.map((b) => (b.type === 'TextualBody' ? b.purpose : b.type))).toEqual([
      'describing',
      'classifying',
      'identifying',
    ]);
  });

  it('links a note on an entity to its first mention and targets every mention; a note on a policy to the policy, not its purpose', () => {
    const onBeijing = byId(annotations, 'note/entity/beijing/1');
    expect(onBeijing.body[2]).toEqual({
      type: 'SpecificResource',
      purpose: 'linking',
      source: `${collection.id}/mention/beijing/1`,
    });
    expect(onBeijing.target.map((t) => t.selector[1].start)).toEqual(
      article.entities.find((e) => e.id === 'beijing')?.mentions.map((m) => m.start),
    );
    const onPolicy = byId(annotations, 'note/policy/new-business-forms-and-models-opinions/1');
    expect(onPolicy.body[2]).toEqual({
      type: 'SpecificResource',
      purpose: 'linking',
      source: `${collection.id}/policy/new-business-forms-and-models-opinions`,
    });
    const policy = article.policies.find((p) => p.id === 'new-business-forms-and-models-opinions');
    expect(onPolicy.target.map((t) => t.selector[1])).toEqual([
      { type: 'TextPositionSelector', start: policy?.anchor.start, end: policy?.anchor.end },
    ]);
  });

  it('targets a paragraph’s words for a note on it, with the text around them, and the whole text, without prefix or suffix, for a note on the metadata', () => {
    const source = 'https://www.npmjs.com/package/beijing-digital-economy#text';
    expect(byId(annotations, 'note/paragraph/section/1').target).toEqual([
      {
        type: 'SpecificResource',
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'World News',
            suffix: '\n\nJilin: Last year, Beijing’s di',
          },
          { type: 'TextPositionSelector', start: 0, end: 10 },
        ],
      },
    ]);
    const last = article.paragraphs[article.paragraphs.length - 1];
    expect(last?.end).toBe(article.text.length);
    const [lastTarget] = byId(annotations, `note/paragraph/${last?.id ?? ''}/1`).target;
    expect(lastTarget?.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: article.text.slice(last?.start, last?.end),
      prefix: article.text.slice((last?.start ?? 0) - 32, last?.start),
    });
    expect(byId(annotations, 'note/metadata/section/1').target).toEqual([
      {
        type: 'SpecificResource',
        source,
        selector: [
          { type: 'TextQuoteSelector', exact: article.text },
          { type: 'TextPositionSelector', start: 0, end: article.text.length },
        ],
      },
    ]);
  });

  it('gives the command line each note with its kind, the item it is on and the note', () => {
    const notes = webAnnotationEntries(article).entries.filter((e) => e.kind === 'note');
    expect(notes.map((e) => e.note)).toEqual(findNotes().map(({ note }) => note));
    expect(notes[0]).toMatchObject({ itemKind: 'metadata', itemId: 'section' });
  });

  it('throws the whole InvalidOptionError for a collection IRI that is not absolute', () => {
    const invalid = () => toWebAnnotations(article, { id: 'annotations' });
    expect(invalid).toThrow(InvalidOptionError);
    expect(invalid).toThrow(
      /^options\.id: got "annotations"; expected an absolute IRI such as "https:\/\/www\.npmjs\.com\/package\/beijing-digital-economy#text"$/,
    );
  });
});
