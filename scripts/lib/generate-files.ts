import { readFileSync } from 'node:fs';
import { AnnotationSchema } from './annotation-schema.js';
import { AnnotationError, buildArticle } from './build-article.js';
import { emitArticleData, emitIds } from './emit.js';
import { paths } from './paths.js';

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
      parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const article = buildArticle(parsed.data, text);
  return new Map([
    [paths.generatedIds, emitIds(article)],
    [paths.generatedData, emitArticleData(article)],
  ]);
}
