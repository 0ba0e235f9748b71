import { readFileSync } from 'node:fs';
import { AnnotationError } from './build-article.js';
import { paths } from './paths.js';
import { TranslationFileSchema, type TranslationFile } from './translation-file.js';

/**
 * data/translations/zh-Hans.json (or another file in its format), checked against its schema;
 * problems are named with their path.
 */
export function readTranslationFile(file: string = paths.zhHans): TranslationFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AnnotationError([
      `data/translations/zh-Hans.json is not valid JSON: ${(error as Error).message}`,
    ]);
  }
  const parsed = TranslationFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AnnotationError(
      parsed.error.issues.map(
        (issue) =>
          `data/translations/zh-Hans.json ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
      ),
    );
  }
  return parsed.data;
}
