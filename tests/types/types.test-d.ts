import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import {
  getEntity,
  getStatistic,
  statistics,
  type Article,
  type EntityId,
  type Statistic,
  type StatisticId,
  type Unit,
} from '../../src/index.js';
import * as definitions from '../../src/schema/definitions.js';
import type * as publicTypes from '../../src/types/index.js';

describe('ids', () => {
  it('are unions of string literals, not string', () => {
    expectTypeOf<StatisticId>().not.toEqualTypeOf<string>();
    expectTypeOf<'service-trade-volume-2019'>().toExtend<StatisticId>();
    expectTypeOf<'jilin'>().toExtend<EntityId>();
    expectTypeOf<'nope'>().not.toExtend<StatisticId>();
  });

  it('make a typo in a lookup a compile error', () => {
    // @ts-expect-error — 'nope' is not a StatisticId
    getStatistic('nope');
    // @ts-expect-error — ids are case-sensitive
    getEntity('Jilin');
    getStatistic('service-trade-volume-2019');
  });

  it('type the references inside the data, so an item can be looked up from another', () => {
    const [first] = statistics;
    if (first) {
      expectTypeOf(first.subject).toEqualTypeOf<EntityId>();
      expectTypeOf(getEntity(first.source.attributedTo)).toHaveProperty('mentions');
      expectTypeOf(getStatistic(first.id)).toEqualTypeOf<Statistic>();
    }
  });
});

describe('the types', () => {
  it('are what the schemas validate, field for field, both ways', () => {
    expectTypeOf<z.infer<typeof definitions.articleDefinition>>().toEqualTypeOf<
      publicTypes.Article<publicTypes.ArticleIds>
    >();
    expectTypeOf<z.infer<typeof definitions.metadataDefinition>>().toEqualTypeOf<
      publicTypes.Metadata<publicTypes.ArticleIds>
    >();
    expectTypeOf<
      z.infer<typeof definitions.metadataFieldNotesDefinition>
    >().toEqualTypeOf<publicTypes.MetadataFieldNotes>();
    expectTypeOf<
      z.infer<typeof definitions.textSourceDefinition>
    >().toEqualTypeOf<publicTypes.TextSource>();
    expectTypeOf<
      z.infer<typeof definitions.rightsDefinition>
    >().toEqualTypeOf<publicTypes.Rights>();
    expectTypeOf<z.infer<typeof definitions.paragraphDefinition>>().toEqualTypeOf<
      publicTypes.Paragraph<publicTypes.ArticleIds>
    >();
    expectTypeOf<z.infer<typeof definitions.statisticDefinition>>().toEqualTypeOf<
      publicTypes.Statistic<publicTypes.ArticleIds>
    >();
    expectTypeOf<z.infer<typeof definitions.statisticSourceDefinition>>().toEqualTypeOf<
      publicTypes.StatisticSource<publicTypes.ArticleIds>
    >();
    expectTypeOf<z.infer<typeof definitions.quoteDefinition>>().toEqualTypeOf<
      publicTypes.Quote<publicTypes.ArticleIds>
    >();
    expectTypeOf<z.infer<typeof definitions.policyDefinition>>().toEqualTypeOf<
      publicTypes.Policy<publicTypes.ArticleIds>
    >();
    expectTypeOf<z.infer<typeof definitions.entityDefinition>>().toEqualTypeOf<
      publicTypes.Entity<publicTypes.ArticleIds>
    >();
    expectTypeOf<z.infer<typeof definitions.textAnchorDefinition>>().toEqualTypeOf<
      publicTypes.TextAnchor<publicTypes.ArticleIds>
    >();
    expectTypeOf<z.infer<typeof definitions.noteDefinition>>().toEqualTypeOf<publicTypes.Note>();
    expectTypeOf<
      z.infer<typeof definitions.chineseFormSourceDefinition>
    >().toEqualTypeOf<publicTypes.ChineseFormSource>();
    expectTypeOf<
      z.infer<typeof definitions.chineseFormProvenanceDefinition>
    >().toEqualTypeOf<publicTypes.ChineseFormProvenance>();
    expectTypeOf<
      z.infer<typeof definitions.chineseFormDefinition>
    >().toEqualTypeOf<publicTypes.ChineseForm>();
    expectTypeOf<
      z.infer<typeof definitions.chineseUnitFormDefinition>
    >().toEqualTypeOf<publicTypes.ChineseUnitForm>();
    expectTypeOf<
      z.infer<typeof definitions.entityTranslationDefinition>
    >().toEqualTypeOf<publicTypes.EntityTranslation>();
    expectTypeOf<
      z.infer<typeof definitions.statisticTranslationDefinition>
    >().toEqualTypeOf<publicTypes.StatisticTranslation>();
    expectTypeOf<
      z.infer<typeof definitions.policyTranslationDefinition>
    >().toEqualTypeOf<publicTypes.PolicyTranslation>();
    expectTypeOf<
      z.infer<typeof definitions.metadataTranslationDefinition>
    >().toEqualTypeOf<publicTypes.MetadataTranslation>();
    expectTypeOf<
      z.infer<typeof definitions.wikidataSourceDefinition>
    >().toEqualTypeOf<publicTypes.WikidataSource>();
    expectTypeOf<
      z.infer<typeof definitions.wikidataLinkDefinition>
    >().toEqualTypeOf<publicTypes.WikidataLink>();
    expectTypeOf<z.infer<typeof definitions.localeFormsDefinition>>().toEqualTypeOf<
      publicTypes.LocaleForms<publicTypes.ArticleIds>
    >();
    expectTypeOf<z.infer<typeof definitions.unitDefinition>>().toEqualTypeOf<publicTypes.Unit>();
    expectTypeOf<
      z.infer<typeof definitions.currencyDefinition>
    >().toEqualTypeOf<publicTypes.Currency>();
    expectTypeOf<
      z.infer<typeof definitions.comparatorDefinition>
    >().toEqualTypeOf<publicTypes.Comparator>();
    expectTypeOf<
      z.infer<typeof definitions.paragraphRoleDefinition>
    >().toEqualTypeOf<publicTypes.ParagraphRole>();
    expectTypeOf<
      z.infer<typeof definitions.entityKindDefinition>
    >().toEqualTypeOf<publicTypes.EntityKind>();
    expectTypeOf<
      z.infer<typeof definitions.quoteModeDefinition>
    >().toEqualTypeOf<publicTypes.QuoteMode>();
    expectTypeOf<
      z.infer<typeof definitions.policyStatusDefinition>
    >().toEqualTypeOf<publicTypes.PolicyStatus>();
  });

  it('fail to match when a schema gains a field its type lacks, or the reverse', () => {
    const _widerSchema = definitions.noteDefinition
      .unwrap()
      .extend({ source: z.string() })
      .readonly();
    // @ts-expect-error — the schema validates a `source` that Note does not declare
    expectTypeOf<z.infer<typeof _widerSchema>>().toEqualTypeOf<publicTypes.Note>();
    type NoteWithSource = publicTypes.Note & { readonly source: string };
    type InferredNote = z.infer<typeof definitions.noteDefinition>;
    // @ts-expect-error — the type declares a `source` that the schema does not validate
    expectTypeOf<InferredNote>().toEqualTypeOf<NoteWithSource>();
    type EntityWithRole = Omit<publicTypes.Entity<publicTypes.ArticleIds>, 'role'> & {
      readonly role: string;
    };
    type InferredEntity = z.infer<typeof definitions.entityDefinition>;
    // @ts-expect-error — an optional field made required is a difference too
    expectTypeOf<InferredEntity>().toEqualTypeOf<EntityWithRole>();
  });

  it('are readonly all the way down', () => {
    const [first] = statistics;
    if (first) {
      // @ts-expect-error — readonly
      first.value = 1;
      // @ts-expect-error — readonly
      first.source.anchor.start = 0;
    }
    // @ts-expect-error — readonly array
    statistics.push(statistics[0]);
  });

  it('discriminate units by kind', () => {
    expectTypeOf<Extract<Unit, { kind: 'currency' }>['currency']>().toEqualTypeOf<'USD' | 'CNY'>();
    expectTypeOf<Unit['kind']>().toEqualTypeOf<
      'percent' | 'currency' | 'count' | 'rank' | 'years'
    >();
  });

  it('contain no any', () => {
    expectTypeOf<Statistic['value']>().not.toBeAny();
    expectTypeOf<Article['metadata']['datePublished']>().not.toBeAny();
  });
});
