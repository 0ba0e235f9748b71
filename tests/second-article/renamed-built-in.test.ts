import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  article,
  formatCitation,
  forArticle,
  toCSV,
  toPlainText,
  type ArticleIds,
  type Article,
} from '../../src/index.js';
import { ArticleValidationError, parseArticle, safeParseArticle } from '../../src/schema/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { idSites, renameIds, setAt } from '../support/rename-ids.js';

/** The built-in article as its JSON file has it. */
const json = JSON.parse(JSON.stringify(article)) as Article<ArticleIds>;
const rename = (id: string) => `x-${id}`;
const renamed = renameIds(json, rename);
const ITEM_COLLECTIONS = ['paragraphs', 'entities', 'statistics', 'quotes', 'policies'] as const;
const oldIds = new Set(ITEM_COLLECTIONS.flatMap((c) => json[c].map((item) => item.id)));

/** Every string of a JSON value, with the key it stands under. */
function strings(value: unknown, key = ''): { key: string; value: string }[] {
  if (typeof value === 'string') return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

describe('the built-in article with every id renamed', () => {
  it('renames every id and every field that holds one: no old id is left but the paragraph roles', () => {
    expect(idSites(json).length).toBeGreaterThan(200);
    const left = strings(renamed).filter((s) => oldIds.has(s.value));
    // The paragraphs "section", "headline", "lead" and "credits" share their ids with their roles.
    expect(new Set(left.map((s) => s.key))).toEqual(new Set(['role']));
    for (const collection of ITEM_COLLECTIONS)
      for (const item of renamed[collection]) expect(item.id.startsWith('x-')).toBe(true);
  });

  it('is accepted by parseArticle, and is the same article under other names', () => {
    const parsed = parseArticle(JSON.stringify(renamed));
    expect(parsed.id).toBe(`x-${article.id}`);
    const helpers = forArticle(parsed);
    expect(helpers.getStatistic('x-service-trade-volume-2019').statedAs).toBe('US$160 billion');
    expect(helpers.nameOf('x-jilin')).toBe('Jilin');
    // The Chinese module's forms are of the built-in article's ids: renamed, the article keeps
    // its own (English) names in a Chinese view rather than guess which item is which.
    expect(helpers.nameOf('x-jilin', { locale: zhHans })).toBe('Jilin');
    expect(forArticle(parseArticle(JSON.stringify(json))).nameOf('jilin', { locale: zhHans })).toBe(
      '吉林',
    );
    expect(helpers.quotesBy('x-jilin')).toHaveLength(article.quotes.length);
    expect(helpers.itemsAt('x-lead').statistics.map((s) => s.id)).toEqual(
      forArticle(article)
        .itemsAt('lead')
        .statistics.map((s) => rename(s.id)),
    );
  });

  it('gives the views that show no ids the same text as the built-in article', () => {
    const parsed = parseArticle(renamed);
    expect(toPlainText(parsed)).toBe(toPlainText(article));
    for (const style of ['apa', 'mla', 'chicago'] as const)
      expect(formatCitation(parsed, style)).toBe(formatCitation(article, style));
    const rows = (a: Article<ArticleIds>) =>
      parseCsv<Record<string, string>>(toCSV(a.statistics), { columns: true });
    expect(rows(parsed)).toEqual(
      rows(article).map((row) => ({
        ...row,
        id: rename(row.id!),
        attributed_to: rename(row.attributed_to!),
        subject: rename(row.subject!),
        paragraph: rename(row.paragraph!),
      })),
    );
  });
});

describe('the built-in article with one reference renamed, and not the id it names', () => {
  const references = idSites(json).filter(({ path }) => path[path.length - 1] !== 'id');

  it('is rejected at that reference’s path, for every reference of the article', () => {
    expect(references.length).toBeGreaterThan(140);
    for (const { path, id } of references) {
      const copy = structuredClone(json);
      setAt(copy, path, rename(id));
      const result = safeParseArticle(copy);
      expect(result.success, path.join('.')).toBe(false);
      if (result.success) continue;
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual([path.join('.')]);
      expect(result.error.issues[0]?.message).toContain(`"x-${id}"`);
    }
  });

  it('names the path and the nearest id in the message of parseArticle', () => {
    const copy = structuredClone(json) as unknown as { quotes: { speaker: string }[] };
    copy.quotes[2]!.speaker = 'x-jilin';
    expect(() => parseArticle(copy)).toThrow(ArticleValidationError);
    expect(() => parseArticle(copy)).toThrow(
      /quotes\[2\]\.speaker: "x-jilin" is not the id of any entity in the article \(did you mean "jilin"\?\)/,
    );
  });

  it('and an item renamed without its references is rejected at every reference to it', () => {
    const copy = structuredClone(json) as unknown as { entities: { id: string }[] };
    const index = json.entities.findIndex((e) => e.id === 'beijing-news');
    copy.entities[index]!.id = 'x-beijing-news';
    const expected = idSites(json)
      .filter(({ path, id }) => id === 'beijing-news' && path[path.length - 1] !== 'id')
      .map(({ path }) => path.join('.'));
    expect(expected.length).toBeGreaterThan(0);
    const result = safeParseArticle(copy);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual(expected);
  });
});
