import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { formatPolicy } from '../format/format-policy.js';
import { formatQuote } from '../format/format-quote.js';
import { formatStatistic } from '../format/format-statistic.js';
import { zhNote } from '../internal/chinese.js';
import { formatPeriod } from '../internal/format-period.js';
import { own } from '../internal/own.js';
import { ANCHOR_ROLES, type AnchorRole, type ItemKind } from '../model/kinds.js';
import { entitiesById, entityLabel, entityName } from '../model/names.js';
import { walkAnchors, walkNotes, type AnchorVisit } from '../model/walk.js';
import { checkOptions, requireText } from '../internal/check-options.js';
import { guard } from '../internal/guard.js';
import { ANCHOR_CONTEXT_LENGTH } from '../model/anchor-context.js';
import { localeFor } from '../internal/locale-for.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import type { Article, ArticleIds, Locale, Note, TextAnchor } from '../types/index.js';

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
  /** The locale of the statements in the bodies: a BCP 47 tag for English words (with numbers and dates in that locale), or `zhHans` from `beijing-digital-economy/locale/zh-Hans` for Chinese statements and notes. Every body is tagged with the language of its words (`en` for a quotation, which stays the English translation's; `zh-Hans` for Chinese). A tag that asks for simplified Chinese (`'zh-CN'`) throws an error that names that import. @defaultValue `'en'` */
  readonly locale?: string | Locale<ArticleIds>;
}

/**
 * What an annotation of {@link toWebAnnotations} is about: `statistic`, `quote`, `policy`,
 * `purpose` (the words that state a policy's purpose), `mention` (of an entity), `designation`
 * (words that describe an entity), `evidence` (the words the publication date rests on) or `note`
 * (on an item, a paragraph or a field of the metadata).
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
export type WebAnnotationKind =
  'statistic' | 'quote' | 'policy' | 'purpose' | 'mention' | 'designation' | 'evidence' | 'note';

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
      /** The language of `value`'s words (`en` for English words in any locale), absent for ids and kinds, which are not words of a language. */
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

/** The kinds of annotation that target an item's own words: every kind but `note`. */
type AnnotatedKind = Exclude<WebAnnotationKind, 'note'>;

/** One annotation with the item it is about (and, for a note, the note). */
export interface AnnotationEntry {
  readonly kind: WebAnnotationKind;
  readonly itemKind: ItemKind;
  /** The item's id; for metadata, the field. */
  readonly itemId: string;
  readonly note?: Note;
  readonly annotation: WebAnnotation;
}

/** What each role's anchors become: the kind of annotation, and whether each anchor gets its own. */
const BY_ROLE: {
  readonly [R in AnchorRole]: { readonly kind: AnnotatedKind; readonly each: boolean };
} = {
  statement: { kind: 'statistic', each: false },
  restatement: { kind: 'statistic', each: false },
  quotation: { kind: 'quote', each: false },
  report: { kind: 'policy', each: false },
  purpose: { kind: 'purpose', each: false },
  mention: { kind: 'mention', each: true },
  designation: { kind: 'designation', each: true },
  evidence: { kind: 'evidence', each: false },
};

/** The order of the annotations in the page: by kind, then by item. */
const KIND_ORDER: readonly AnnotatedKind[] = [
  'statistic',
  'quote',
  'policy',
  'purpose',
  'mention',
  'designation',
  'evidence',
];

interface Group {
  readonly kind: AnnotatedKind;
  readonly itemKind: ItemKind;
  readonly itemId: string;
  readonly iri: string;
  readonly rank: number;
  /** The index of the anchor among the item's own (for a kind with one annotation per anchor). */
  readonly index: number;
  readonly anchors: AnchorVisit[];
}

/**
 * The annotations of {@link toWebAnnotations}, each with the item it is about, so that a view of
 * them (the command line's table) need not read the item back out of an IRI.
 *
 * @internal
 */
export function webAnnotationEntries(
  article: Article<ArticleIds>,
  options: ToWebAnnotationsOptions = {},
): { readonly entries: readonly AnnotationEntry[]; readonly id: string } {
  checkOptions('options', options, ['source', 'id', 'locale']);
  const source =
    options.source === undefined ? DEFAULT_SOURCE : checkIri('options.source', options.source);
  const id = options.id === undefined ? DEFAULT_ID : checkIri('options.id', options.id);
  const { tag, forms: given } = resolveLocale(options.locale);
  // The tag of the words the statements are in: the locale module's for Chinese, `en` for any
  // other, whose words are English whatever its numbers.
  const words = given === undefined ? 'en' : tag;
  return guard('article', 'an Article', () => {
    // The locale's forms of items only if they are of this article.
    const forms = localeFor(given, article);
    // What the formatters are given: the Chinese module, or the tag for English words.
    const locale = forms ?? tag;
    const name = (entityId: string) => entityName(article, entityId, forms);
    const statistics = new Map(article.statistics.map((s) => [s.id, s]));
    const quotes = new Map(article.quotes.map((q) => [q.id, q]));
    const policies = new Map(article.policies.map((p) => [p.id, p]));
    const entities = entitiesById(article);
    const named = <T>(items: ReadonlyMap<string, T>, itemId: string): T => {
      const item = items.get(itemId);
      // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, the walk gives only ids of this article's own items
      if (item === undefined) throw new TypeError(`no item ${itemId}`);
      return item;
    };
    // One group per annotation: the anchors of an item that one annotation targets.
    const groups = new Map<string, Group>();
    for (const visit of walkAnchors(article)) {
      const { kind, each } = BY_ROLE[visit.role];
      const iri = each
        ? `${id}/${kind}/${visit.id}/${visit.index + 1}`
        : `${id}/${kind}/${visit.id}`;
      // Stryker disable next-line ConditionalExpression: equivalent, only the evidence's path has no number there, and it is the only annotation of its kind
      const rank = typeof visit.path[1] === 'number' ? visit.path[1] : 0;
      const group = groups.get(iri) ?? {
        kind,
        itemKind: visit.kind,
        itemId: visit.id,
        iri,
        rank,
        index: visit.index,
        anchors: [],
      };
      group.anchors.push(visit);
      groups.set(iri, group);
    }
    const ordered = [...groups.values()].sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.rank - b.rank ||
        a.index - b.index,
    );
    const statement: { readonly [K in AnnotatedKind]: (itemId: string) => string } = {
      statistic: (itemId) =>
        formatStatistic(named(statistics, itemId), {
          locale,
          style: 'long',
          attribution: name(named(statistics, itemId).source.attributedTo),
        }),
      quote: (itemId) => {
        const quote = named(quotes, itemId);
        // In Chinese the frame is Chinese, and the quotation, the translation's English, is a body
        // of its own (below), each tagged with its language.
        if (forms !== undefined)
          return quote.mode === 'direct'
            ? `${name(quote.speaker)}表示（直接引语，照录英文译文）`
            : `据${name(quote.speaker)}介绍（间接引语，照录英文译文）`;
        return formatQuote(quote, { locale, speaker: name(quote.speaker) });
      },
      policy: (itemId) => {
        const policy = named(policies, itemId);
        return formatPolicy(policy, { locale, issuers: policy.issuedBy.map(name) });
      },
      purpose: (itemId) => {
        const policy = named(policies, itemId);
        const title =
          (forms === undefined ? undefined : own(forms.policies, policy.id)?.title.text) ??
          policy.title;
        return forms === undefined ? `The purpose of ${title}` : `《${title}》的目的`;
      },
      mention: (itemId) => entityLabel(named(entities, itemId), forms),
      designation: (itemId) => entityLabel(named(entities, itemId), forms),
      evidence: () => {
        const date = article.metadata.datePublished;
        if (forms === undefined)
          return `Evidence for the publication date, ${date.value}: ${date.basis}`;
        return `${date.inferred ? '推断' : ''}出版日期（${formatPeriod(date.value, tag)}）的依据`;
      },
    };
    const entries: AnnotationEntry[] = [];
    const annotated = new Map<
      string,
      { readonly iri: string; readonly target: WebAnnotationTarget[] }
    >();
    for (const group of ordered) {
      // Within an annotation, the words that state an item come before those that restate it;
      // the walk gives them in text order, which the stable sort keeps within a role.
      const anchors = [...group.anchors].sort(
        (a, b) => ANCHOR_ROLES.indexOf(a.role) - ANCHOR_ROLES.indexOf(b.role),
      );
      const target = anchors.map((visit) => targetOf(source, visit.anchor));
      const motivation = group.kind === 'mention' ? 'identifying' : 'describing';
      entries.push({
        kind: group.kind,
        itemKind: group.itemKind,
        itemId: group.itemId,
        annotation: {
          id: group.iri,
          type: 'Annotation',
          motivation,
          body: [
            // The statement describes the item whatever the motivation; the id body identifies it.
            {
              type: 'TextualBody',
              purpose: 'describing',
              value: statement[group.kind](group.itemId),
              format: 'text/plain',
              language: words,
            },
            // The English words that a Chinese statement frames (a quotation) have a body of their own.
            ...(forms !== undefined && group.kind === 'quote'
              ? [
                  {
                    type: 'TextualBody',
                    purpose: 'describing',
                    value: named(quotes, group.itemId).text,
                    format: 'text/plain',
                    language: 'en',
                  } as const,
                ]
              : []),
            {
              type: 'TextualBody',
              purpose: 'classifying',
              value: group.kind,
              format: 'text/plain',
            },
            {
              type: 'TextualBody',
              purpose: 'identifying',
              value: group.itemId,
              format: 'text/plain',
            },
          ],
          target,
        },
      });
      // What a note on the item targets and links to: the item's own annotation; for an entity,
      // every mention, linked to the first.
      const key = `${group.itemKind}/${group.itemId}`;
      const primary = annotated.get(key);
      if (group.kind === 'mention') {
        if (primary === undefined) annotated.set(key, { iri: group.iri, target: [...target] });
        else primary.target.push(...target);
      } else if (group.kind !== 'purpose' && group.kind !== 'designation') {
        annotated.set(key, { iri: group.iri, target });
      }
    }
    const span = (start: number, end: number) => ({
      exact: article.text.slice(start, end),
      prefix: article.text.slice(Math.max(0, start - ANCHOR_CONTEXT_LENGTH), start),
      suffix: article.text.slice(end, end + ANCHOR_CONTEXT_LENGTH),
      start,
      end,
    });
    const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p]));
    for (const visit of walkNotes(article)) {
      // None for a note on a paragraph or a metadata field: no annotation is of a paragraph, and the
      // one of the metadata (the evidence, of `datePublished`) is of a field that carries no notes.
      const primary = annotated.get(`${visit.kind}/${visit.id}`);
      // Notes on paragraphs target the paragraph; notes on a field of the metadata, the whole text.
      const paragraph = visit.kind === 'paragraph' ? paragraphs.get(visit.id) : undefined;
      const target = primary?.target ?? [
        targetOf(
          source,
          paragraph ? span(paragraph.start, paragraph.end) : span(0, article.text.length),
        ),
      ];
      const about: WebAnnotationBody =
        primary === undefined
          ? {
              type: 'TextualBody',
              purpose: 'identifying',
              value: `${visit.kind} ${visit.id}`,
              format: 'text/plain',
            }
          : { type: 'SpecificResource', purpose: 'linking', source: primary.iri };
      const index = visit.path[visit.path.length - 1];
      // In Chinese, the package's translation of the note where it has one; else the English.
      const chinese = forms === undefined ? undefined : zhNote(forms, visit.note);
      entries.push({
        kind: 'note',
        itemKind: visit.kind,
        itemId: visit.id,
        note: visit.note,
        annotation: {
          // Stryker disable next-line ConditionalExpression: equivalent, a note's path always ends with its index
          id: `${id}/note/${visit.kind}/${visit.id}/${typeof index === 'number' ? index + 1 : 1}`,
          type: 'Annotation',
          motivation: 'commenting',
          body: [
            {
              type: 'TextualBody',
              purpose: 'commenting',
              value: chinese ?? visit.note.text,
              format: 'text/plain',
              language: chinese === undefined ? 'en' : tag,
            },
            {
              type: 'TextualBody',
              purpose: 'classifying',
              value: visit.note.kind,
              format: 'text/plain',
            },
            about,
          ],
          target,
        },
      });
    }
    return { entries, id };
  });
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
 * @throws {InvalidOptionError} When `article` is not an Article, an option is unknown, an IRI is
 *   not absolute (from untyped code), or `locale` asks for Chinese by tag rather than with the
 *   locale module (the message names the import).
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
  options?: ToWebAnnotationsOptions,
): WebAnnotationCollection {
  const { entries, id } = webAnnotationEntries(article, options);
  const items = entries.map((entry) => entry.annotation);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: article.metadata.headline,
    total: items.length,
    first: { id: `${id}/page/1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
