import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { article, statistics, toCSV, type Statistic } from '../../src/index.js';
import { byId } from '../support/by-id.js';

const records = (text: string): string[][] => parse(text, { record_delimiter: '\r\n' });

describe('the cells of the CSV tables', () => {
  // Data from untyped code may hold a field of another unit (a count re-marked as a percent that
  // kept its `of`): the columns say what the unit's own kind has, as datapackage.json describes them.
  it('writes unit_of only for a count or a rank, and currency only for an amount of money', () => {
    const withUnit = (id: string, unit: object) =>
      ({ ...byId(statistics, id as Statistic['id']), unit }) as unknown as Statistic;
    const rows = [
      withUnit('digital-economy-share-of-gdp-2019', {
        kind: 'percent',
        of: 'GDP',
        currency: 'USD',
      }),
      withUnit('service-trade-volume-2019', { kind: 'currency', currency: 'USD', of: 'trade' }),
      withUnit('big-data-top-500-beijing-companies-2019', {
        kind: 'count',
        of: 'companies',
        currency: 'CNY',
      }),
      withUnit('service-trade-global-rank', { kind: 'rank', of: 'economies', currency: 'USD' }),
      withUnit('business-environment-first-place-years', { kind: 'years', of: 'years' }),
    ];
    const units = records(toCSV(rows, { header: false })).map((row) => row.slice(3, 6));
    expect(units).toEqual([
      ['percent', '', ''],
      ['currency', '', 'USD'],
      ['count', 'companies', ''],
      ['rank', 'economies', ''],
      ['years', '', ''],
    ]);
  });

  it('joins a list with "; ", and leaves the cell empty for no list or an empty one', () => {
    const entities = [
      byId(article.entities, 'jilin'),
      { ...byId(article.entities, 'xi-jinping'), aliases: ['Xi Jinping', 'Xi'] },
      byId(article.entities, 'beijing'),
      { ...byId(article.entities, 'baidu'), aliases: [] },
    ];
    const aliases = records(toCSV({ ...article, entities }, { table: 'entities' })).map(
      (row) => row[4],
    );
    expect(aliases).toEqual(['aliases', 'Ji Lin', 'Xi Jinping; Xi', '', '']);
  });
});
