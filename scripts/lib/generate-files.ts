import { readFileSync } from 'node:fs';
import { inArticleOrder, readAnnotation } from './article-from-files.js';
import { AnnotationError, buildArticle } from './build-article.js';
import { emitArticleData, emitEntityNames, emitIds } from './emit.js';
import { paths } from './paths.js';
import { readTranslationFile } from './read-translation-file.js';
import { mergeTranslations } from './translation-file.js';

/** What `npm run generate` writes, path by path, from what is in data/ now. */
export function generatedFiles(): Map<string, string> {
  const text = readFileSync(paths.text, 'utf8');
  const annotation = readAnnotation(paths.annotation, 'data/article.json');
  const merged = mergeTranslations(buildArticle(annotation, text), readTranslationFile());
  if (merged.problems.length > 0) throw new AnnotationError(merged.problems);
  const article = inArticleOrder(merged.article);
  return new Map([
    [paths.generatedIds, emitIds(article)],
    [paths.generatedData, emitArticleData(article)],
    [paths.generatedNames, emitEntityNames(article)],
  ]);
}
