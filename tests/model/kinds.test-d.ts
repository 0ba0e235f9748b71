import { describe, expectTypeOf, it } from 'vitest';
import { KINDS, type AnchorField, type KindDescription } from '../../src/model/kinds.js';
import type {
  ArticleIds,
  Entity,
  Metadata,
  Paragraph,
  Policy,
  Quote,
  Statistic,
  TextAnchor,
} from '../../src/types/index.js';

describe('the description of the kinds', () => {
  it('finds every field that holds anchors, nested ones as dotted paths', () => {
    expectTypeOf<AnchorField<Statistic<ArticleIds>>>().toEqualTypeOf<
      'source.anchor' | 'restatedAt'
    >();
    expectTypeOf<AnchorField<Entity<ArticleIds>>>().toEqualTypeOf<'mentions' | 'designations'>();
    expectTypeOf<AnchorField<Quote<ArticleIds>>>().toEqualTypeOf<'anchor'>();
    expectTypeOf<AnchorField<Policy<ArticleIds>>>().toEqualTypeOf<'anchor' | 'purpose'>();
    expectTypeOf<AnchorField<Metadata<ArticleIds>>>().toEqualTypeOf<'datePublished.evidence'>();
    expectTypeOf<AnchorField<Paragraph<ArticleIds>>>().toEqualTypeOf<never>();
  });

  it('fails to compile when an item gains an anchor field the description does not read', () => {
    type WithCaption = Statistic<ArticleIds> & { readonly caption?: TextAnchor<ArticleIds> };
    expectTypeOf<AnchorField<WithCaption>>().toEqualTypeOf<
      'source.anchor' | 'restatedAt' | 'caption'
    >();
    type Fields = KindDescription<WithCaption>['anchorFields'];
    // @ts-expect-error — the statistic's description has no `caption`
    const fields: Fields = KINDS.statistic.anchorFields;
    expectTypeOf(fields).not.toBeAny();
  });

  it('has a description for every kind', () => {
    expectTypeOf<keyof typeof KINDS>().toEqualTypeOf<
      'metadata' | 'paragraph' | 'entity' | 'statistic' | 'quote' | 'policy'
    >();
  });
});
