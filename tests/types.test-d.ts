import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  getEntity,
  getStatistic,
  statistics,
  type Article,
  type EntityId,
  type Statistic,
  type StatisticId,
  type Unit,
} from '../src/index.js';
import type { ArticleSchema, StatisticSchema } from '../src/schema/index.js';

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
  it('are inferred from the schemas', () => {
    expectTypeOf<Statistic>().toEqualTypeOf<z.infer<typeof StatisticSchema>>();
    expectTypeOf<Article>().toEqualTypeOf<z.infer<typeof ArticleSchema>>();
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
    expectTypeOf<Unit['kind']>().toEqualTypeOf<'percent' | 'currency' | 'count' | 'rank' | 'years'>();
  });

  it('contain no any', () => {
    expectTypeOf<Statistic['value']>().not.toBeAny();
    expectTypeOf<Article['metadata']['datePublished']>().not.toBeAny();
  });
});
