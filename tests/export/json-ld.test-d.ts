// toJSONLD's nodes, checked against schema.org's own types (Google's schema-dts). The check lives
// here, not in src, so that neither the build nor the reference pays for schema-dts's types.
import type { MonetaryAmount, NewsArticle, Person, Thing, WithContext } from 'schema-dts';
import type * as schema from 'schema-dts';
import { describe, expectTypeOf, it } from 'vitest';
import {
  entityNode,
  legislationNode,
  newsArticleNode,
  observationNode,
  quotationNode,
} from '../../src/export/to-json-ld.js';

describe('toJSONLD nodes satisfy schema-dts', () => {
  it('the NewsArticle', () => {
    expectTypeOf(newsArticleNode).returns.toExtend<NewsArticle>();
    expectTypeOf<
      { '@context': 'https://schema.org' } & ReturnType<typeof newsArticleNode>
    >().toExtend<WithContext<NewsArticle>>();
  });

  it('entities, as Person or another Thing', () => {
    expectTypeOf(entityNode).returns.toExtend<Thing>();
    expectTypeOf<
      Extract<ReturnType<typeof entityNode>, { '@type': 'Person' }>
    >().toExtend<Person>();
  });

  it('statistics as Observations, money as a MonetaryAmount', () => {
    expectTypeOf(observationNode).returns.toExtend<schema.Observation>();
    expectTypeOf<
      Extract<ReturnType<typeof observationNode>['value'], { '@type': 'MonetaryAmount' }>
    >().toExtend<MonetaryAmount>();
  });

  it('quotes and policies', () => {
    expectTypeOf(quotationNode).returns.toExtend<schema.Quotation>();
    expectTypeOf(legislationNode).returns.toExtend<schema.Legislation>();
  });

  it('would catch a node of the wrong type', () => {
    type NumberSpeaker = { '@type': 'Quotation'; spokenByCharacter: number };
    // @ts-expect-error — schema.org's spokenByCharacter takes a Person or a reference, not a number
    expectTypeOf<NumberSpeaker>().toExtend<schema.Quotation>();
  });
});
