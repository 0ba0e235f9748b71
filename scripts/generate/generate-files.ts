import { readFileSync } from 'node:fs';
import { inArticleOrder, publishedArticleJson, readAnnotation } from './article-from-files.js';
import { AnnotationError, buildArticle, type BuiltArticle } from './build-article.js';
import { dataPackage, csvPath, JSON_PATH, TEXT_PATH } from './datapackage.js';
import { CITATION_PATH, citationCff, DATASET_PATH, datasetJsonLd } from './dataset-metadata.js';
import { currentEdition } from './edition.js';
import { emitArticleData, emitEntityNames, emitIds, emitZhHans } from './emit.js';
import { at, paths } from './paths.js';
import { toCSV } from '../../src/export/to-csv.js';
import { CSV_TABLE_NAMES } from '../../src/internal/csv-tables.js';
import type { Article } from '../../src/types/index.js';
import { readTranslationFile } from './read-translation-file.js';
import { inSchemaOrder } from './schema-order.js';
import { mergeTranslations } from './translation-file.js';
import { localeFormsDefinition } from '../../src/schema/translation.js';

/** The descriptors ship compact, as article.json does: the install stays under 1.5 MB. */
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

/**
 * The Data Package and the dataset's metadata: a CSV file per table, datapackage.json (which
 * names them and the text and article.json, with their sizes and hashes), dataset.jsonld and
 * CITATION.cff, keyed by their path in the package. article.json itself is written by
 * `npm run build` (scripts/build/build-extras.ts) as the same JSON as here.
 */
function dataFiles(built: BuiltArticle, text: Buffer): Map<string, string> {
  const article = built as unknown as Article;
  const files = new Map<string, string>();
  for (const table of CSV_TABLE_NAMES)
    files.set(csvPath(table), toCSV(article, { table, neutralizeFormulas: false }));
  const bytes = new Map<string, Uint8Array>([
    ...[...files].map(([path, contents]) => [path, Buffer.from(contents)] as const),
    [TEXT_PATH, text],
    [JSON_PATH, Buffer.from(publishedArticleJson(built))],
  ]);
  files.set('datapackage.json', json(dataPackage(bytes, article)));
  files.set(DATASET_PATH, json(datasetJsonLd(article)));
  files.set(CITATION_PATH, citationCff(article));
  return files;
}

/**
 * The article and the Chinese locale's forms as `npm run generate` builds them from data/ (the
 * translations from `zhHans`, by default data/translations/zh-Hans.json), each in its key order.
 */
export function generatedData(zhHans: string = paths.zhHans) {
  const text = readFileSync(paths.text, 'utf8');
  const built = buildArticle(readAnnotation(paths.annotation, 'data/annotations.json'), text);
  const merged = mergeTranslations(built, readTranslationFile(zhHans));
  if (merged.problems.length > 0) throw new AnnotationError(merged.problems);
  return {
    article: inArticleOrder(built),
    locale: inSchemaOrder(localeFormsDefinition, merged.locale),
  };
}

/** The article as `npm run generate` builds it from data/, in the article's key order. */
export function generatedArticle(zhHans: string = paths.zhHans) {
  return generatedData(zhHans).article;
}

/** What `npm run generate` writes, path by path, from what is in data/ now. */
export function generatedFiles(): Map<string, string> {
  const textBytes = readFileSync(paths.text);
  const { article, locale } = generatedData();
  return new Map([
    [paths.generatedIds, emitIds(article)],
    [paths.generatedData, emitArticleData(article)],
    [paths.generatedNames, emitEntityNames(article)],
    ...[...dataFiles(article, textBytes)].map(([path, contents]) => [at(path), contents] as const),
    [paths.generatedZhHans, emitZhHans(locale)],
    [paths.generatedEdition, currentEdition()],
  ]);
}
