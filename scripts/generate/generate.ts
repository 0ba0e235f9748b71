import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { AnnotationError } from './build-article.js';
import { generatedFiles } from './generate-files.js';

try {
  for (const [path, contents] of generatedFiles()) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
    console.log(`wrote ${relative(process.cwd(), path)}`);
  }
} catch (error) {
  if (!(error instanceof AnnotationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
