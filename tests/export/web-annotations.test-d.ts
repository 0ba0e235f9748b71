import { describe, expectTypeOf, it } from 'vitest';
import {
  article,
  toWebAnnotations,
  type TextPositionSelector,
  type TextQuoteSelector,
  type WebAnnotation,
  type WebAnnotationCollection,
} from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';

describe('toWebAnnotations', () => {
  it('returns an AnnotationCollection of the W3C model, typed down to the selectors', () => {
    const collection = toWebAnnotations(article);
    expectTypeOf(collection).toEqualTypeOf<WebAnnotationCollection>();
    expectTypeOf(collection['@context']).toEqualTypeOf<'http://www.w3.org/ns/anno.jsonld'>();
    expectTypeOf(collection.first.items).toEqualTypeOf<readonly WebAnnotation[]>();
    expectTypeOf<WebAnnotation['motivation']>().toEqualTypeOf<
      'describing' | 'identifying' | 'commenting'
    >();
    expectTypeOf<WebAnnotation['target'][number]['selector']>().toEqualTypeOf<
      readonly [TextQuoteSelector, TextPositionSelector]
    >();
    expectTypeOf<TextPositionSelector['start']>().toEqualTypeOf<number>();
  });

  it('is read-only and takes only its options', () => {
    const collection = toWebAnnotations(article, {
      source: 'https://example.org/a',
      id: 'https://example.org/c',
      locale: zhHans,
    });
    toWebAnnotations(article, { locale: 'en' });
    // @ts-expect-error — a locale is a tag or a locale module's object
    toWebAnnotations(article, { locale: 42 });
    // @ts-expect-error — the collection is read-only
    collection.total = 0;
    // @ts-expect-error — 'base' is not an option
    toWebAnnotations(article, { base: 'https://example.org/' });
    // @ts-expect-error — the source is an IRI string
    toWebAnnotations(article, { source: new URL('https://example.org/a') });
  });
});
