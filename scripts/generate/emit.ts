import type { BuiltArticle } from './build-article.js';

export const BANNER =
  '// generated — do not edit. `npm run generate` writes this file from data/annotations.json and data/article.txt.\n';

const literal = (value: unknown) => JSON.stringify(value, null, 2);

/** A doc-comment example whose result the generator computes from the data it writes. */
function example(name: string, expression: string, result: unknown): string[] {
  return [
    ' *',
    ' * @example',
    ' * ```ts',
    ` * import { ${name} } from 'beijing-digital-economy';`,
    ' *',
    ` * ${expression};`,
    ` * //=> ${JSON.stringify(result)}`,
    ' * ```',
  ];
}

function idList(
  name: string,
  typeName: string,
  what: string,
  ids: readonly string[],
  lookup: string,
): string {
  const first = JSON.stringify(ids[0]);
  return [
    '/**',
    ` * Every ${what} id in the article, in text order.`,
    ...example(name, `${name}[0]`, ids[0]),
    ' * @category Data',
    ' */',
    // Frozen like the data: a program that writes to the list gets a TypeError, not a changed package.
    `export const ${name} = /*#__PURE__*/ Object.freeze(${literal(ids)} as const satisfies readonly ${typeName}[]);`,
    '',
    '/**',
    ` * The id of one ${what} of the article: a union of literals, so a typo fails to compile.`,
    ' *',
    ' * @example',
    ' * ```ts',
    ` * import { ${lookup}, type ${typeName} } from 'beijing-digital-economy';`,
    ' *',
    ` * const id: ${typeName} = ${first};`,
    ` * ${lookup}(id).id;`,
    ` * //=> ${first}`,
    ' * ```',
    ' * @category Data',
    ' */',
    // Spelled out rather than `(typeof LIST)[number]`, so that the reference names the type where
    // a field uses it instead of listing every id there.
    `export type ${typeName} =${ids.map((id) => `\n  | ${JSON.stringify(id)}`).join('')};`,
    '',
  ].join('\n');
}

/** `src/generated/ids.ts`: the id lists that the schemas and the types are built on. */
export function emitIds(article: BuiltArticle): string {
  return [
    BANNER,
    idList(
      'PARAGRAPH_IDS',
      'ParagraphId',
      'paragraph',
      article.paragraphs.map((p) => p.id),
      'getParagraph',
    ),
    idList(
      'ENTITY_IDS',
      'EntityId',
      'entity',
      article.entities.map((e) => e.id),
      'getEntity',
    ),
    idList(
      'STATISTIC_IDS',
      'StatisticId',
      'statistic',
      article.statistics.map((s) => s.id),
      'getStatistic',
    ),
    idList(
      'QUOTE_IDS',
      'QuoteId',
      'quote',
      article.quotes.map((q) => q.id),
      'getQuote',
    ),
    idList(
      'POLICY_IDS',
      'PolicyId',
      'policy',
      article.policies.map((p) => p.id),
      'getPolicy',
    ),
  ].join('\n');
}

function frozen(
  name: string,
  type: string,
  summary: string,
  value: string,
  shown: [string, unknown],
): string {
  return [
    '/**',
    ` * ${summary} Deeply frozen.`,
    ...example(name, shown[0], shown[1]),
    ' * @category Data',
    ' */',
    `export const ${name}: ${type} = /*#__PURE__*/ deepFreeze(${value});`,
    '',
  ].join('\n');
}

/** `src/generated/article-data.ts`: the article as typed, deeply frozen constants. */
export function emitArticleData(article: BuiltArticle): string {
  const { text, metadata, paragraphs, statistics, quotes, policies, entities } = article;
  return [
    BANNER,
    "import type { Article, Entity, Metadata, Paragraph, Policy, Quote, Statistic } from '../types/index.js';",
    "import { deepFreeze } from '../internal/deep-freeze.js';",
    '',
    '/**',
    ' * The source text, byte for byte as published (the translation, with its site boilerplate).',
    ...example('articleText', 'articleText.length', text.length),
    ' * @category Data',
    ' */',
    `export const articleText: string = ${literal(text)};`,
    '',
    frozen(
      'metadata',
      'Metadata',
      'Headline, section, publisher, contributors and the (inferred) publication date.',
      literal(metadata),
      ['metadata.datePublished.value', metadata.datePublished.value],
    ),
    frozen(
      'paragraphs',
      'readonly Paragraph[]',
      'Every paragraph of the text, in order, with its role and offsets.',
      literal(paragraphs),
      ['paragraphs.map((p) => p.role).slice(0, 3)', paragraphs.map((p) => p.role).slice(0, 3)],
    ),
    frozen(
      'entities',
      'readonly Entity[]',
      'Every person, organisation, company, place, event and publication named.',
      literal(entities),
      [
        "entities.filter((e) => e.kind === 'person').length",
        entities.filter((e) => e.kind === 'person').length,
      ],
    ),
    frozen(
      'statistics',
      'readonly Statistic[]',
      'Every figure the text states, in text order.',
      literal(statistics),
      ['statistics.length', statistics.length],
    ),
    frozen(
      'quotes',
      'readonly Quote[]',
      'Every direct quotation and reported statement, in text order.',
      literal(quotes),
      [
        "quotes.filter((q) => q.mode === 'direct').length",
        quotes.filter((q) => q.mode === 'direct').length,
      ],
    ),
    frozen(
      'policies',
      'readonly Policy[]',
      'The policies the text reports as issued or announced.',
      literal(policies),
      ['policies.map((p) => p.status)', policies.map((p) => p.status)],
    ),
    frozen(
      'article',
      'Article',
      'The whole article: text, metadata and every annotated item.',
      `{\n  id: ${JSON.stringify(article.id)},\n  text: articleText,\n  metadata,\n  paragraphs,\n  statistics,\n  quotes,\n  policies,\n  entities,\n}`,
      ['article.id', article.id],
    ),
  ].join('\n');
}

/**
 * `src/generated/entity-names.ts`: each entity's display name by id, in English, so that a
 * formatter can name a speaker or a source without carrying the entities. (The Chinese names are
 * in the locale module, `zhHans`.)
 */
export function emitEntityNames(article: BuiltArticle): string {
  const english = Object.fromEntries(article.entities.map((e) => [e.id, e.name]));
  return [
    BANNER,
    "import type { EntityId } from './ids.js';",
    '',
    '/** Each entity of the built-in article by id: its name as the text writes it. */',
    `export const ENTITY_NAMES: Readonly<Record<EntityId, string>> = /*#__PURE__*/ Object.freeze(${literal(english)});`,
    '',
  ].join('\n');
}

/**
 * `src/generated/zh-hans.ts`: the data of the simplified-Chinese locale module, deeply frozen:
 * the forms of every item by id with their provenance, the Chinese text of every note (translated
 * by this package, keyed by `noteKey` of the English) and the measure word of every count.
 */
export function emitZhHans(locale: unknown): string {
  return [
    BANNER.replace('data/article.json and data/article.txt', 'data/translations/zh-Hans.json'),
    "import type { LocaleForms } from '../types/index.js';",
    "import { deepFreeze } from '../internal/deep-freeze.js';",
    '',
    '/** The simplified-Chinese forms and notes, as `zhHans` of `beijing-digital-economy/locale/zh-Hans` gives them. */',
    `export const ZH_HANS_FORMS: LocaleForms = /*#__PURE__*/ deepFreeze(${literal(locale)});`,
    '',
  ].join('\n');
}
