import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { entitiesById, entityName } from '../../src/model/names.js';
import { second } from '../second-article/fixture.js';

describe('entitiesById', () => {
  it('gives each entity of the article under its id', () => {
    const byId = entitiesById(second);
    expect([...byId.keys()]).toEqual(second.entities.map((entity) => entity.id));
    for (const entity of second.entities) expect(byId.get(entity.id)).toBe(entity);
  });

  it('is built once per article: the same map each time, another for another article', () => {
    expect(entitiesById(second)).toBe(entitiesById(second));
    expect(entitiesById(article)).toBe(entitiesById(article));
    expect(entitiesById(article)).not.toBe(entitiesById(second));
  });
});

describe('entityName', () => {
  it('names an entity of the article in English, or in Chinese with zhHans', () => {
    expect(entityName(article, 'jilin')).toBe('Jilin');
    expect(entityName(article, 'jilin', zhHans)).toBe('吉林');
    expect(entityName(second, 'fang-meilin')).toBe('Fang Meilin');
  });

  it('gives the id itself for an id the article has no entity for (data from untyped code)', () => {
    expect(entityName(second, 'jilin')).toBe('jilin');
    expect(entityName(article, 'nobody', zhHans)).toBe('nobody');
  });
});
