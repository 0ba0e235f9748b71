import { formatStatistic } from '../format/format-statistic.js';
import { articleBody, publisherSection } from '../internal/article-parts.js';
import { entityName } from '../model/names.js';
import { guard } from '../internal/guard.js';
import type { Article, Entity, Policy, Quote, Statistic, ArticleIds } from '../types/index.js';

/**
 * One node of the graph that {@link toJSONLD} returns.
 *
 * @example
 * ```ts
 * import { article, toJSONLD, type JsonLdNode } from 'beijing-digital-economy';
 *
 * const quotations: JsonLdNode[] = toJSONLD(article)['@graph'].filter((node) => node['@type'] === 'Quotation');
 * quotations.length;
 * //=> 10
 * ```
 * @category Export
 */
export interface JsonLdNode {
  readonly '@type': string | readonly string[];
  readonly '@id': string;
  readonly [property: string]: unknown;
}

/**
 * A schema.org JSON-LD document with a `@graph` of nodes.
 *
 * @example
 * ```ts
 * import { article, toJSONLD, type JsonLdDocument } from 'beijing-digital-economy';
 *
 * const document: JsonLdDocument = toJSONLD(article);
 * document['@context'];
 * //=> 'https://schema.org'
 * ```
 * @category Export
 */
export interface JsonLdDocument {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly JsonLdNode[];
}

const ref = (id: string) => ({ '@id': `#${id}` }) as const;

const ENTITY_TYPES = {
  person: 'Person',
  organization: 'Organization',
  company: 'Corporation',
  place: 'Place',
  event: 'Event',
  publication: 'CreativeWork',
} as const;

// The node builders are exported for tests/export/json-ld.test-d.ts, which checks each against
// schema.org's types (schema-dts); that check lives in the tests so the build never loads them.
export function entityNode(entity: Entity<ArticleIds>, article: Article<ArticleIds>) {
  const isPublisher = entity.id === article.metadata.publisher;
  const common = {
    '@id': `#${entity.id}`,
    name: entity.name,
    ...(entity.aliases ? { alternateName: [...entity.aliases] } : {}),
    ...(entity.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${entity.wikidata.id}` } : {}),
  };
  if (entity.kind === 'person') {
    return {
      '@type': 'Person',
      ...common,
      ...(entity.role ? { jobTitle: entity.role } : {}),
    } as const;
  }
  const type = isPublisher ? 'NewsMediaOrganization' : ENTITY_TYPES[entity.kind];
  return {
    '@type': type,
    ...common,
    ...(entity.role ? { description: entity.role } : {}),
  } as const;
}

function quantity(statistic: Statistic<ArticleIds>) {
  const { value, comparator } = statistic;
  const lower = comparator === 'more-than' || comparator === 'at-least' ? { minValue: value } : {};
  const upper = comparator === 'less-than' || comparator === 'at-most' ? { maxValue: value } : {};
  return { value, ...lower, ...upper };
}

export function observationNode(statistic: Statistic<ArticleIds>, article: Article<ArticleIds>) {
  const { unit } = statistic;
  const measured =
    unit.kind === 'currency'
      ? {
          value: {
            '@type': 'MonetaryAmount',
            currency: unit.currency,
            ...quantity(statistic),
          } as const,
        }
      : {
          ...quantity(statistic),
          ...(unit.kind === 'percent' ? { unitCode: 'P1', unitText: '%' } : {}),
          ...(unit.kind === 'years' ? { unitCode: 'ANN', unitText: 'years' } : {}),
          ...(unit.kind === 'count' ? { unitText: unit.of } : {}),
          ...(unit.kind === 'rank' ? { unitText: `rank among ${unit.of}` } : {}),
        };
  return {
    '@type': 'Observation',
    '@id': `#${statistic.id}`,
    name: statistic.label,
    variableMeasured: statistic.measure,
    observationAbout: ref(statistic.subject),
    ...(statistic.period ? { observationPeriod: statistic.period } : {}),
    ...measured,
    ...(statistic.source.via ? { measurementMethod: statistic.source.via } : {}),
    description: formatStatistic(statistic, {
      style: 'long',
      label: false,
      attribution: entityName(article, statistic.source.attributedTo),
    }),
    additionalProperty: [
      { '@type': 'PropertyValue', name: 'statedAs', value: statistic.statedAs },
      { '@type': 'PropertyValue', name: 'comparator', value: statistic.comparator },
    ],
  } as const;
}

export function quotationNode(quote: Quote<ArticleIds>) {
  return {
    '@type': 'Quotation',
    '@id': `#${quote.id}`,
    text: quote.text,
    spokenByCharacter: ref(quote.speaker),
    description: quote.mode === 'direct' ? 'direct quotation' : 'reported speech',
    isPartOf: ref('article'),
    ...(quote.about ? { about: quote.about.map(ref) } : {}),
  } as const;
}

export function legislationNode(policy: Policy<ArticleIds>, article: Article<ArticleIds>) {
  const kindOf = (id: string) => article.entities.find((e) => e.id === id)?.kind;
  const passedBy = policy.issuedBy.filter((id) => kindOf(id) !== 'place');
  const jurisdictions = policy.issuedBy.filter((id) => kindOf(id) === 'place');
  return {
    '@type': 'Legislation',
    '@id': `#${policy.id}`,
    name: policy.title,
    legislationDate: policy.date,
    creativeWorkStatus: policy.status,
    ...(passedBy.length > 0 ? { legislationPassedBy: passedBy.map(ref) } : {}),
    ...(jurisdictions.length > 0 ? { legislationJurisdiction: jurisdictions.map(ref) } : {}),
    ...(policy.focusAreas ? { keywords: policy.focusAreas.join(', ') } : {}),
  } as const;
}

export function newsArticleNode(article: Article<ArticleIds>) {
  const { metadata } = article;
  const contributors = (role: string) =>
    metadata.contributors.filter((c) => c.role === role).map((c) => ref(c.entity));
  const others = metadata.contributors
    .filter((c) => c.role !== 'reporter' && c.role !== 'editor')
    .map((c) => ref(c.entity));
  const body = articleBody(article);
  const section = publisherSection(article);
  return {
    '@type': 'NewsArticle',
    '@id': '#article',
    identifier: article.id,
    headline: metadata.headline,
    ...(section === undefined ? {} : { articleSection: section }),
    inLanguage: metadata.language,
    datePublished: metadata.datePublished.value,
    wordCount: metadata.wordCount,
    publisher: ref(metadata.publisher),
    author: contributors('reporter'),
    editor: contributors('editor'),
    contributor: others,
    ...(metadata.event ? { about: ref(metadata.event) } : {}),
    translationOfWork: { '@type': 'CreativeWork', inLanguage: metadata.translatedFrom },
    articleBody: body.map((p) => p.text).join('\n\n'),
    hasPart: body.map((p, i) => ({
      '@type': 'CreativeWork',
      '@id': `#paragraph-${p.id}`,
      position: i + 1,
      text: p.text,
    })),
    mentions: [...article.statistics, ...article.policies].map((item) => ref(item.id)),
  } as const;
}

/**
 * The article as schema.org JSON-LD: a `@graph` with the `NewsArticle` (its paragraphs as parts,
 * in order by `position`), a `Person`, `Organization`, `Place`, `Event` or `CreativeWork` node per
 * entity, an `Observation` per statistic (money as a `MonetaryAmount` with its ISO 4217 currency,
 * percent with the UN/CEFACT unit code `P1`; "more than" as `minValue`, "top 20" as `maxValue`), a
 * `Quotation` per quote and a `Legislation` per policy, linked by `@id`s that are fragments
 * (`#jilin`) of the page the JSON-LD is put in.
 *
 * @param article - The article, e.g. the package's `article` or one checked by `parseArticle`.
 * @returns The JSON-LD document, a plain object for `JSON.stringify`.
 * @throws {InvalidOptionError} When `article` is not an Article (from untyped code); check such data
 *   with `parseArticle` first.
 * @example
 * ```ts
 * import { article, toJSONLD } from 'beijing-digital-economy';
 *
 * toJSONLD(article)['@graph'][0]?.['@type'];
 * //=> 'NewsArticle'
 * ```
 * @category Export
 */
export function toJSONLD(article: Article<ArticleIds>): JsonLdDocument {
  return guard('article', 'an Article', () => {
    const news = newsArticleNode(article);
    return {
      '@context': 'https://schema.org',
      '@graph': [
        news,
        ...article.entities.map((e) => entityNode(e, article)),
        ...article.statistics.map((s) => observationNode(s, article)),
        ...article.quotes.map(quotationNode),
        ...article.policies.map((p) => legislationNode(p, article)),
      ],
    };
  });
}
