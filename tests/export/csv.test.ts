import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  article,
  CSV_COLUMNS,
  CSV_TABLES,
  InvalidOptionError,
  statistics,
  toCSV,
  type CsvTable,
  type Statistic,
} from '../../src/index.js';

const parseCsv = (text: string) =>
  parse(text, { relax_column_count: false, record_delimiter: '\r\n' });

/** What each statistic counts or ranks, in the order of the data; empty for other units. */
const UNIT_OF = [
  '',
  'the country',
  '',
  '',
  'global service trade countries and regions',
  'headquarters and global R&D centers',
  '',
  'companies',
  '',
  'the country',
  '',
  'major cities across the country',
  '',
];

describe('toCSV', () => {
  it('gives csv-parse one header row and one row per statistic with every field back', () => {
    const [header, ...rows] = parseCsv(toCSV(statistics));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(statistics.length);
    rows.forEach((row, i) => {
      const s = statistics[i] as Statistic;
      const cell = (column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
      expect(cell('id')).toBe(s.id);
      expect(cell('label')).toBe(s.label);
      expect(Number(cell('value'))).toBe(s.value);
      expect(cell('unit')).toBe(s.unit.kind);
      expect(cell('currency')).toBe(s.unit.kind === 'currency' ? s.unit.currency : '');
      expect(cell('unit_of')).toBe(UNIT_OF[i]);
      expect(cell('comparator')).toBe(s.comparator);
      expect(cell('period')).toBe(s.period ?? '');
      expect(cell('stated_as')).toBe(s.statedAs);
      expect(cell('attributed_to')).toBe(s.source.attributedTo);
      expect(cell('paragraph')).toBe(s.source.anchor.paragraphId);
      expect(Number(cell('start'))).toBe(s.source.anchor.start);
      expect(Number(cell('end'))).toBe(s.source.anchor.end);
    });
  });

  it('ends every record with CRLF, as RFC 4180 says', () => {
    const text = toCSV(statistics);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').split('\r\n')).toHaveLength(statistics.length + 2);
  });

  const [template] = statistics;
  if (!template) throw new Error('no statistics');
  const withText = (label: string, statedAs: string): Statistic => ({
    ...template,
    label,
    statedAs,
  });

  it('round-trips arbitrary strings through a real CSV parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (label, statedAs) => {
        const [, row] = parseCsv(toCSV([withText(label, statedAs)], { neutralizeFormulas: false }));
        expect(row?.[CSV_COLUMNS.indexOf('label')]).toBe(label);
        expect(row?.[CSV_COLUMNS.indexOf('stated_as')]).toBe(statedAs);
      }),
      { numRuns: 300 },
    );
  });

  it('neutralises cells that a spreadsheet would run as formulas, and changes no other', () => {
    fc.assert(
      fc.property(fc.string(), (label) => {
        const [, row] = parseCsv(toCSV([withText(label, 'x')]));
        const formula = /^[=+\-@\t\r]/.test(label);
        expect(row?.[CSV_COLUMNS.indexOf('label')]).toBe(formula ? `'${label}` : label);
      }),
      { numRuns: 300 },
    );
    for (const hostile of [
      '=HYPERLINK("http://x","y")',
      '+1',
      '-1+1',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ]) {
      const [, row] = parseCsv(toCSV([withText(hostile, 'x')]));
      expect(row?.[1]?.startsWith("'")).toBe(true);
    }
  });

  it('leaves negative numbers alone: only text cells are neutralised', () => {
    const [, row] = parseCsv(toCSV([{ ...template, value: -5 }]));
    expect(row?.[CSV_COLUMNS.indexOf('value')]).toBe('-5');
  });

  it('writes the header row unless told not to, and nothing else for no statistics', () => {
    expect(toCSV([])).toBe(
      'id,label,value,unit,unit_of,currency,comparator,period,stated_as,attributed_to,paragraph,start,end,measure,subject,via\r\n',
    );
    expect(toCSV([], { header: false })).toBe('');
    expect(toCSV(statistics.slice(4, 5), { header: false })).toBe(
      'service-trade-global-rank,Global rank in service trade,20,rank,global service trade countries and regions,,at-most,,top 20,jilin,body-1,845,863,rank among global service trade countries and regions,beijing,\r\n',
    );
  });

  it('rejects what is not an array of statistics or an article, saying what would be right', () => {
    expect(() => toCSV('x' as never)).toThrow(
      new InvalidOptionError('rows', 'expected an array of statistics or an article'),
    );
    expect(() => toCSV([null] as never)).toThrow(
      /^rows: is not an array of statistics \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
    expect(() => toCSV(statistics, { headers: false } as never)).toThrow(
      'options.headers: unknown option; the options are "neutralizeFormulas", "header", "table"',
    );
  });
});

describe('toCSV of an article', () => {
  it('writes every table with its columns, one row per item, and the statistics as toCSV(statistics)', () => {
    const counts: Record<CsvTable, number> = {
      paragraphs: article.paragraphs.length,
      entities: article.entities.length,
      mentions: article.entities.reduce((sum, e) => sum + e.mentions.length, 0),
      statistics: article.statistics.length,
      quotes: article.quotes.length,
      policies: article.policies.length,
      items:
        6 +
        article.paragraphs.length +
        article.entities.length +
        article.statistics.length +
        article.quotes.length +
        article.policies.length,
      notes: 0,
    };
    for (const table of Object.keys(CSV_TABLES) as CsvTable[]) {
      const [header, ...rows] = parseCsv(toCSV(article, { table }));
      expect(header, table).toEqual([...CSV_TABLES[table]]);
      if (table !== 'notes') expect(rows, table).toHaveLength(counts[table]);
      else expect(rows.length).toBeGreaterThan(0);
    }
    expect(toCSV(article)).toBe(toCSV(statistics));
  });

  it('refuses a table it does not have, and statistics given for another table, naming the fix', () => {
    expect(() => toCSV(article, { table: 'people' as never })).toThrow(
      new InvalidOptionError(
        'options.table',
        'got "people"; expected one of "paragraphs", "entities", "mentions", "statistics", "quotes", "policies", "items", "notes"',
      ),
    );
    expect(() => toCSV(statistics, { table: 'mentions' } as never)).toThrow(
      new InvalidOptionError(
        'options.table',
        'a list of statistics makes the statistics table; pass the article for "mentions"',
      ),
    );
    expect(() => toCSV('article' as never)).toThrow(InvalidOptionError);
    // null is an object to typeof: it is refused as what it is, not read as an article.
    expect(() => toCSV(null as never)).toThrow(
      new InvalidOptionError('rows', 'expected an array of statistics or an article'),
    );
    expect(() => toCSV({} as never, { table: 'quotes' })).toThrow(
      /^rows: is not an Article \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
  });
});
