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
});
