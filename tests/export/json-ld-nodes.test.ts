// The schema.org nodes of toJSONLD one by one: which type each entity gets, and how a statistic's
// comparator and unit become bounds and unit codes. Expected values are written out here.
import { describe, expect, it } from 'vitest';
import {
  entityNode,
  legislationNode,
  newsArticleNode,
  observationNode,
} from '../../src/export/to-json-ld.js';
import { article, type Comparator, type Unit } from '../../src/index.js';
import { byId } from '../support/by-id.js';

describe('entityNode', () => {
  it('gives people Person with their role as jobTitle, the publisher NewsMediaOrganization, the rest their kind’s type', () => {
    const types = Object.fromEntries(
      article.entities.map((entity) => [entity.id, entityNode(entity, article)['@type']]),
    );
    expect(types).toEqual({
      jilin: 'Person',
      'huang-xinyu': 'Person',
      'wang-jinyu': 'Person',
      'zhao-lin': 'Person',
      'xi-jinping': 'Person',
      beijing: 'Place',
      'zhongguancun-software-park': 'Place',
      'beijing-cppcc': 'Organization',
      'beijing-municipal-party-committee': 'Organization',
      'beijing-municipal-government': 'Organization',
      'state-council': 'Organization',
      'beijing-news': 'NewsMediaOrganization',
      'shell-finance': 'CreativeWork',
      'beijing-digital-technology-enterprise-yunji': 'Corporation',
      xiaomi: 'Corporation',
      meituan: 'Corporation',
      baidu: 'Corporation',
      'china-top-500-big-data-companies-2019': 'CreativeWork',
      'digital-trade-forum': 'Event',
      'service-trade-fair': 'Event',
      'jinping-important-speech': 'Event',
    });
    const jilin = byId(article.entities, 'jilin');
    expect(entityNode(jilin, article)).toMatchObject({
      '@id': '#jilin',
      name: jilin.name,
      alternateName: [...(jilin.aliases ?? [])],
      jobTitle: jilin.role,
    });
    expect(jilin.aliases?.length).toBeGreaterThan(0);
    // Another article's publisher is that article's, whatever the entity's kind.
    const other = { ...article, metadata: { ...article.metadata, publisher: 'xiaomi' } };
    expect(entityNode(byId(article.entities, 'xiaomi'), other)['@type']).toBe(
      'NewsMediaOrganization',
    );
    expect(entityNode(byId(article.entities, 'beijing-news'), other)['@type']).toBe('CreativeWork');
  });
});

describe('observationNode', () => {
  const share = byId(article.statistics, 'digital-economy-share-of-gdp-2019');

  it.each<[Comparator, object]>([
    ['exactly', { value: 50 }],
    ['about', { value: 50 }],
    ['more-than', { value: 50, minValue: 50 }],
    ['at-least', { value: 50, minValue: 50 }],
    ['at-most', { value: 50, maxValue: 50 }],
    ['less-than', { value: 50, maxValue: 50 }],
  ])('bounds a value stated as %s so', (comparator, bounds) => {
    const node = observationNode({ ...share, comparator }, article) as Record<string, unknown>;
    const { minValue, maxValue, value } = node;
    expect(
      Object.fromEntries(
        Object.entries({ value, minValue, maxValue }).filter(([, v]) => v !== undefined),
      ),
    ).toEqual(bounds);
  });

  it.each<[Unit, object]>([
    [{ kind: 'percent' }, { unitCode: 'P1', unitText: '%' }],
    [{ kind: 'years' }, { unitCode: 'ANN', unitText: 'years' }],
    [{ kind: 'count', of: 'companies' }, { unitText: 'companies' }],
    [{ kind: 'rank', of: 'the country' }, { unitText: 'rank among the country' }],
  ])('gives a value in %j the unit code and text', (unit, expected) => {
    const node = observationNode({ ...share, unit }, article) as Record<string, unknown>;
    const { unitCode, unitText } = node;
    expect(
      Object.fromEntries(Object.entries({ unitCode, unitText }).filter(([, v]) => v !== undefined)),
    ).toEqual(expected);
  });

  it('puts money in a MonetaryAmount with its currency and bounds', () => {
    const volume = byId(article.statistics, 'service-trade-volume-2019');
    expect(observationNode(volume, article)).toMatchObject({
      value: { '@type': 'MonetaryAmount', currency: 'USD', value: 160e9, minValue: 160e9 },
    });
    expect(observationNode(volume, article)).not.toHaveProperty('unitCode');
  });
});

describe('legislationNode', () => {
  it('gives the bodies that issued a policy as passing it, and a place as its jurisdiction', () => {
    const [opinions, system] = article.policies;
    if (opinions === undefined || system === undefined) throw new Error('two policies expected');
    const opinionsNode = legislationNode(opinions, article);
    expect(opinionsNode).toMatchObject({
      legislationPassedBy: [
        { '@id': '#beijing-municipal-party-committee' },
        { '@id': '#beijing-municipal-government' },
      ],
    });
    expect(opinionsNode).not.toHaveProperty('legislationJurisdiction');
    const systemNode = legislationNode(system, article);
    expect(systemNode).toMatchObject({ legislationJurisdiction: [{ '@id': '#beijing' }] });
    expect(systemNode).not.toHaveProperty('legislationPassedBy');
  });

  it('takes an issuer the article has no entity for as a body that passed the policy, not a place', () => {
    const [opinions] = article.policies;
    if (opinions === undefined) throw new Error('a policy expected');
    const node = legislationNode({ ...opinions, issuedBy: ['an-unlisted-ministry'] }, article);
    expect(node).toMatchObject({ legislationPassedBy: [{ '@id': '#an-unlisted-ministry' }] });
    expect(node).not.toHaveProperty('legislationJurisdiction');
  });
});

describe('newsArticleNode', () => {
  it('gives the reporter as author, the editor as editor and everyone else as contributor', () => {
    const node = newsArticleNode(article);
    expect({ author: node.author, editor: node.editor, contributor: node.contributor }).toEqual({
      author: [{ '@id': '#huang-xinyu' }],
      editor: [{ '@id': '#wang-jinyu' }],
      contributor: [{ '@id': '#zhao-lin' }],
    });
  });
});
