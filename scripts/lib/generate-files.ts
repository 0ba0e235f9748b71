import { readFileSync } from 'node:fs';
import { AnnotationSchema } from './annotation-schema.js';
import { AnnotationError, buildArticle } from './build-article.js';
import { emitArticleData, emitEntityNames, emitIds } from './emit.js';
import { paths } from './paths.js';
import { articleDefinition } from '../../src/schema/article.js';
import { readTranslationFile } from './read-translation-file.js';
import { inSchemaOrder } from './schema-order.js';
import { mergeTranslations } from './translation-file.js';

/** What `npm run generate` writes, path by path, from what is in data/ now. */
export function generatedFiles(): Map<string, string> {
  const text = readFileSync(paths.text, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(paths.annotation, 'utf8'));
  } catch (error) {
    throw new AnnotationError([`data/article.json is not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = AnnotationSchema.safeParse(json);
  if (!parsed.success) {
    throw new AnnotationError(
      parsed.error.issues.map(
        (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
      ),
    );
  }
  const merged = mergeTranslations(buildArticle(parsed.data, text), readTranslationFile());
  if (merged.problems.length > 0) throw new AnnotationError(merged.problems);
  const article = inSchemaOrder(articleDefinition, merged.article);
  return new Map([
    [paths.generatedIds, emitIds(article)],
    [paths.generatedData, emitArticleData(article)],
    [paths.generatedNames, emitEntityNames(article)],
  ]);
}
