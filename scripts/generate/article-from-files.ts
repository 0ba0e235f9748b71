import { readFileSync } from 'node:fs';
import { AnnotationSchema, type Annotation } from './annotation-schema.js';
import { AnnotationError, buildArticle, type BuiltArticle } from './build-article.js';
import { inSchemaOrder } from './schema-order.js';
import { articleDefinition } from '../../src/schema/article.js';

// The generator for any article in the format: a hand annotation (as data/annotations.json) and its
// text in, the article's JSON out. `npm run generate` builds the built-in article with it and adds
// the Chinese forms; scripts/generate/build-article-json.ts builds another article with it alone.

/** The annotation in the file at `path`, checked against its schema; problems name their path. */
export function readAnnotation(path: string, name = path): Annotation {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AnnotationError([`${name} is not valid JSON: ${(error as Error).message}`], name);
  }
  const parsed = AnnotationSchema.safeParse(json);
  if (!parsed.success) {
    throw new AnnotationError(
      parsed.error.issues.map(
        (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
      ),
      name,
    );
  }
  return parsed.data;
}

/** `article` with its keys in the order of the article schema, as `parseArticle` gives it back. */
export function inArticleOrder(article: BuiltArticle): BuiltArticle {
  return inSchemaOrder(articleDefinition, article);
}

/**
 * The article that an annotation and its text make: every selector anchored, offsets and context
 * computed, keys in the schema's order. Throws an {@link AnnotationError} naming every problem.
 */
export function articleFromAnnotation(annotation: Annotation, text: string): BuiltArticle {
  return inArticleOrder(buildArticle(annotation, text));
}

/** The article as a JSON file to read: two-space indents and a final newline (the fixtures). */
export function articleJson(article: BuiltArticle): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/**
 * The article as the package's article.json: compact, with a final newline. `npm run build` writes
 * it, and the Data Package records its size and hash, so both take it from here.
 */
export function publishedArticleJson(article: object): string {
  return `${JSON.stringify(article)}\n`;
}
