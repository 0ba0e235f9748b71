import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { formatPolicy } from '../format/format-policy.js';
import { formatQuote } from '../format/format-quote.js';
import { formatStatistic } from '../format/format-statistic.js';
import { entityName } from '../model/names.js';
import { entityLabel } from '../model/names.js';
import { checkOptions, requireText } from '../internal/check-options.js';
import { guard } from '../internal/guard.js';
import { ANCHOR_CONTEXT_LENGTH } from '../model/anchor-context.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import type { Article, Note, TextAnchor, ArticleIds } from '../types/index.js';

/**
 * Options of {@link toWebAnnotations}.
 *
 * @example
 * ```ts
 * import { article, toWebAnnotations, type ToWebAnnotationsOptions } from 'beijing-digital-economy';
 *
 * const options: ToWebAnnotationsOptions = { source: 'https://example.org/article.txt', id: 'https://example.org/annotations' };
 * toWebAnnotations(article, options).first.items[0]?.id;
 * //=> 'https://example.org/annotations/statistic/digital-economy-share-of-gdp-2019'
 * ```
 * @category Export
 */
export interface ToWebAnnotationsOptions {
  /**
   * The IRI of the annotated text: the article's `text`, which the selectors count in. Give the
   * address where you publish that text (or a page whose article element holds exactly it).
   * @defaultValue `'https://www.npmjs.com/package/beijing-digital-economy#text'`
   */
  readonly source?: string;
  /**
   * The IRI of the collection; each annotation's IRI is this followed by `/<kind>/<id>`.
   * @defaultValue `'https://www.npmjs.com/package/beijing-digital-economy#annotations'`
   */
  readonly id?: string;
  /** A BCP 47 locale for the statements in the bodies (`en`, `zh-CN`, …). @defaultValue `'en'` */
  readonly locale?: string;
}

/**
 * What an annotation of {@link toWebAnnotations} is about: `statistic`, `quote`, `policy`,
 * `mention` (of an entity) or `note` (on one of the others).
 *
 * @example
 * ```ts
 * import type { WebAnnotationKind } from 'beijing-digital-economy';
 *
 * const kind: WebAnnotationKind = 'mention';
 * kind;
 * //=> 'mention'
 * ```
 * @category Export
 */
export type WebAnnotationKind = 'statistic' | 'quote' | 'policy' | 'mention' | 'note';

/**
 * A W3C `TextQuoteSelector`: the words, with the text just before and after them.
 *
 * @example
 * ```ts
 * import { article, toWebAnnotations, type TextQuoteSelector } from 'beijing-digital-economy';
 *
 * const quote: TextQuoteSelector | undefined = toWebAnnotations(article).first.items[0]?.target[0]?.selector[0];
 * quote?.exact;
 * //=> 'exceeds 50%'
 * ```
 * @category Export
 */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  /** The selected text, exactly. */
  readonly exact: string;
  /** The text immediately before it (absent at the start of the text). */
  readonly prefix?: string;
  /** The text immediately after it (absent at the end of the text). */
  readonly suffix?: string;
}

/**
 * A W3C `TextPositionSelector`: code-point offsets into the text, `end` exclusive.
 *
 * @example
 * ```ts
 * import { article, toWebAnnotations, type TextPositionSelector } from 'beijing-digital-economy';
 *
 * const position: TextPositionSelector | undefined = toWebAnnotations(article).first.items[0]?.target[0]?.selector[1];
 * position?.type;
 * //=> 'TextPositionSelector'
 * ```
 * @category Export
 */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  /** Where the selection starts, counted in code points from the start of the text. */
  readonly start: number;
  /** Where it ends (exclusive). */
  readonly end: number;
}

/**
 * The part of the text an annotation is about: a `SpecificResource` of the text with two
 * equivalent selectors, a quote and a position.
 *
 * @example
 * ```ts
 * import { article, toWebAnnotations, type WebAnnotationTarget } from 'beijing-digital-economy';
 *
 * const target: WebAnnotationTarget | undefined = toWebAnnotations(article).first.items[0]?.target[0];
 * target?.selector.map((s) => s.type);
 * //=> ['TextQuoteSelector', 'TextPositionSelector']
 * ```
 * @category Export
 */
export interface WebAnnotationTarget {
  readonly type: 'SpecificResource';
  /** The IRI of the text (the `source` option). */
  readonly source: string;
  /** The same span, by quote and by position; a consumer uses the first it can process. */
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
}

/**
 * A body of an annotation: a `TextualBody` (a statement, a kind, an id) or, for a note, a link
 * to the annotation of the item it is on.
 *
 * @example
 * ```ts
 * import { article, toWebAnnotations, type WebAnnotationBody } from 'beijing-digital-economy';
 *
 * const bodies: readonly WebAnnotationBody[] = toWebAnnotations(article).first.items[0]?.body ?? [];
 * bodies.map((b) => b.purpose);
 * //=> ['describing', 'classifying', 'identifying']
 * ```
 * @category Export
 */
export type WebAnnotationBody =
  | {
      readonly type: 'TextualBody';
      /** What the body is for, a motivation of the model. */
      readonly purpose: 'describing' | 'identifying' | 'commenting' | 'classifying';
      readonly value: string;
      readonly format: 'text/plain';
      /** The language of `value`, absent for ids and kinds, which are not words of a language. */
      readonly language?: string;
    }
  | {
      readonly type: 'SpecificResource';
      readonly purpose: 'linking';
      /** The IRI of the annotation of the statistic, quote, policy or entity the note is on. */
      readonly source: string;
    };

/**
 * One W3C Web Annotation of {@link toWebAnnotations}: one statistic, quote, policy, entity
 * mention or note.
 *
 * @example
 * ```ts
 * import { article, toWebAnnotations, type WebAnnotation } from 'beijing-digital-economy';
 *
 * const notes: WebAnnotation[] = toWebAnnotations(article).first.items.filter((a) => a.motivation === 'commenting');
 * notes.length > 0;
 * //=> true
 * ```
 * @category Export
 */
export interface WebAnnotation {
  /** The annotation's IRI: the collection's, then `/<kind>/<id>`. */
  readonly id: string;
  readonly type: 'Annotation';
  /** `describing` (statistics, quotes, policies), `identifying` (entity mentions) or `commenting` (notes). */
  readonly motivation: 'describing' | 'identifying' | 'commenting';
  /** The statement, then the kind (`classifying`) and the id (`identifying`); a note also links to its item. */
  readonly body: readonly WebAnnotationBody[];
  /** Where the text states it; several for a figure the text restates or a note on an entity. */
  readonly target: readonly WebAnnotationTarget[];
}

/**
 * A W3C `AnnotationCollection` with its one page of annotations embedded as `first`.
 *
 * @example
 * ```ts
 * import { article, toWebAnnotations, type WebAnnotationCollection } from 'beijing-digital-economy';
 *
 * const collection: WebAnnotationCollection = toWebAnnotations(article);
 * collection.total === collection.first.items.length;
 * //=> true
 * ```
 * @category Export
 */
export interface WebAnnotationCollection {
  readonly '@context': 'http://www.w3.org/ns/anno.jsonld';
  readonly id: string;
  readonly type: 'AnnotationCollection';
  /** The article's headline. */
  readonly label: string;
  /** How many annotations the collection holds. */
  readonly total: number;
  /** The only page, embedded: every annotation, in text order by kind. */
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly WebAnnotation[];
  };
}

const DEFAULT_SOURCE = 'https://www.npmjs.com/package/beijing-digital-economy#text';
const DEFAULT_ID = 'https://www.npmjs.com/package/beijing-digital-economy#annotations';

function checkIri(option: string, value: unknown): string {
  const iri = requireText(option, value);
  if (!URL.canParse(iri))
    throw new InvalidOptionError(
      option,
      `got ${JSON.stringify(iri)}; expected an absolute IRI such as ${JSON.stringify(DEFAULT_SOURCE)}`,
    );
  return iri;
}

function targetOf(
  source: string,
  anchor: Pick<TextAnchor<ArticleIds>, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>,
): WebAnnotationTarget {
  return {
    type: 'SpecificResource',
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: anchor.exact,
        ...(anchor.prefix === '' ? {} : { prefix: anchor.prefix }),
        ...(anchor.suffix === '' ? {} : { suffix: anchor.suffix }),
      },
      { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
    ],
  };
}

/**
 * The article's statistics, quotes, policies, entity mentions and notes as a W3C Web Annotation
 * Data Model (2017) `AnnotationCollection` in JSON-LD: one `Annotation` per item, motivated
 * `describing` (statistics, quotes, policies), `identifying` (a mention of an entity) or
 * `commenting` (a note), whose `TextualBody`s give the item's statement (formatted by the
 * package's formatters), its kind and its id, and whose target is the article's text with a
 * `TextQuoteSelector` and an equivalent `TextPositionSelector` for each place the text states it.
 * Every note that `findNotes` gives is annotated: a note on a statistic, quote, policy or entity
 * targets that item's places and links (`linking`) to its annotation; a note on a paragraph
 * targets the paragraph, and one on a metadata field the whole text, naming the item in an
 * `identifying` body. The page of annotations is embedded as the collection's `first`.
 *
 * @param article - The article, e.g. the package's `article` or one checked by `parseArticle`.
 * @param options - The IRIs of the text and of the collection, and the locale of the statements.
 * @returns The collection, a plain object for `JSON.stringify`.
 * @throws {InvalidOptionError} When `article` is not an Article, an option is unknown, or an IRI is
 *   not absolute (from untyped code).
 * @example
 * ```ts
 * import { article, toWebAnnotations } from 'beijing-digital-economy';
 *
 * const [first] = toWebAnnotations(article, { source: 'https://example.org/article.txt' }).first.items;
 * [first?.motivation, first?.body[0]?.type === 'TextualBody' ? first.body[0].value : ''];
 * //=> ['describing', 'Digital economy as a share of GDP: more than 50% (2019), according to Jilin']
 * first?.target[0]?.selector[1];
 * //=> { type: 'TextPositionSelector', start: 428, end: 439 }
 * ```
 * @category Export
 */
export function toWebAnnotations(
  article: Article<ArticleIds>,
  options: ToWebAnnotationsOptions = {},
): WebAnnotationCollection {
  checkOptions('options', options, ['source', 'id', 'locale']);
  const source =
    options.source === undefined ? DEFAULT_SOURCE : checkIri('options.source', options.source);
  const id = options.id === undefined ? DEFAULT_ID : checkIri('options.id', options.id);
  const locale =
    options.locale === undefined ? 'en' : requireText('options.locale', options.locale);
  return guard('article', 'an Article', () => {
    const language = resolveLocale(locale).language;
    const name = (entityId: string) => entityName(article, entityId, language);
    const span = (start: number, end: number) => ({
      exact: article.text.slice(start, end),
      prefix: article.text.slice(Math.max(0, start - ANCHOR_CONTEXT_LENGTH), start),
      suffix: article.text.slice(end, end + ANCHOR_CONTEXT_LENGTH),
      start,
      end,
    });
    const items: WebAnnotation[] = [];
    const notes: WebAnnotation[] = [];
    /** One `commenting` annotation per note; `about` links the note to its item or names it. */
    const annotateNotes = (
      itemKind: string,
      itemId: string,
      itemNotes: readonly Note[] | undefined,
      target: WebAnnotationTarget[],
      about: WebAnnotationBody,
    ) =>
      (itemNotes ?? []).forEach((note, index) =>
        notes.push({
          id: `${id}/note/${itemKind}/${itemId}/${index + 1}`,
          type: 'Annotation',
          motivation: 'commenting',
          body: [
            // Notes are written in English whatever the locale.
            {
              type: 'TextualBody',
              purpose: 'commenting',
              value: note.text,
              format: 'text/plain',
              language: 'en',
            },
            { type: 'TextualBody', purpose: 'classifying', value: note.kind, format: 'text/plain' },
            about,
          ],
          target,
        }),
      );
    const annotate = (
      kind: Exclude<WebAnnotationKind, 'note'>,
      itemId: string,
      anchors: readonly TextAnchor<ArticleIds>[],
      itemNotes: readonly Note[] | undefined,
    ) => {
      // A note on an entity links to the annotation of its first mention.
      const annotationId =
        kind === 'mention' ? `${id}/mention/${itemId}/1` : `${id}/${kind}/${itemId}`;
      const target = anchors.map((anchor) => targetOf(source, anchor));
      annotateNotes(kind, itemId, itemNotes, target, {
        type: 'SpecificResource',
        purpose: 'linking',
        source: annotationId,
      });
      return (
        motivation: 'describing' | 'identifying',
        statement: string,
        annotated = anchors,
        annotatedId = annotationId,
      ) =>
        items.push({
          id: annotatedId,
          type: 'Annotation',
          motivation,
          body: [
            // The statement describes the item whatever the motivation; the id body identifies it.
            {
              type: 'TextualBody',
              purpose: 'describing',
              value: statement,
              format: 'text/plain',
              language: locale,
            },
            { type: 'TextualBody', purpose: 'classifying', value: kind, format: 'text/plain' },
            { type: 'TextualBody', purpose: 'identifying', value: itemId, format: 'text/plain' },
          ],
          target: annotated.map((anchor) => targetOf(source, anchor)),
        });
    };
    for (const s of article.statistics) {
      const statement = formatStatistic(s, {
        locale,
        style: 'long',
        attribution: name(s.source.attributedTo),
      });
      annotate(
        'statistic',
        s.id,
        [s.source.anchor, ...(s.restatedAt ?? [])],
        s.notes,
      )('describing', statement);
    }
    for (const q of article.quotes)
      annotate(
        'quote',
        q.id,
        [q.anchor],
        q.notes,
      )('describing', formatQuote(q, { locale, speaker: name(q.speaker) }));
    for (const p of article.policies) {
      annotate(
        'policy',
        p.id,
        [p.anchor],
        p.notes,
      )('describing', formatPolicy(p, { locale, issuers: p.issuedBy.map(name) }));
    }
    for (const e of article.entities) {
      // One annotation per mention; a note on the entity targets all of them.
      const mention = annotate('mention', e.id, e.mentions, e.notes);
      const statement = entityLabel(e, language);
      e.mentions.forEach((anchor, index) =>
        mention('identifying', statement, [anchor], `${id}/mention/${e.id}/${index + 1}`),
      );
    }
    // Notes on paragraphs target the paragraph; notes on a field of the metadata, the whole text.
    const standalone = (
      itemKind: 'paragraph' | 'metadata',
      itemId: string,
      itemNotes: readonly Note[] | undefined,
      start: number,
      end: number,
    ) =>
      annotateNotes(itemKind, itemId, itemNotes, [targetOf(source, span(start, end))], {
        type: 'TextualBody',
        purpose: 'identifying',
        value: `${itemKind} ${itemId}`,
        format: 'text/plain',
      });
    const fieldNotes = article.metadata.fieldNotes ?? {};
    for (const field of Object.keys(fieldNotes) as (keyof typeof fieldNotes)[])
      standalone('metadata', field, fieldNotes[field], 0, article.text.length);
    for (const p of article.paragraphs) standalone('paragraph', p.id, p.notes, p.start, p.end);
    const all = [...items, ...notes];
    return {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id,
      type: 'AnnotationCollection',
      label: article.metadata.headline,
      total: all.length,
      first: { id: `${id}/page/1`, type: 'AnnotationPage', startIndex: 0, items: all },
    };
  });
}
