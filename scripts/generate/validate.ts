// The lint step: the committed data must pass the published schema, and the generated files
// must be what data/ generates now.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { article } from '../../src/generated/article-data.js';
import { safeParseArticle } from '../../src/schema/safe-parse-article.js';
import { AnnotationError } from './build-article.js';
import { generatedFiles } from './generate-files.js';

let failed = false;
try {
  for (const [path, expected] of generatedFiles()) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== expected) {
      console.error(
        `${relative(process.cwd(), path)} is stale: run \`npm run generate\` and commit the result.`,
      );
      failed = true;
    }
  }
} catch (error) {
  if (!(error instanceof AnnotationError)) throw error;
  console.error(error.message);
  failed = true;
}

const result = safeParseArticle(article);
if (!result.success) {
  console.error(result.error.message);
  failed = true;
}

if (failed) process.exitCode = 1;
else {
  const { statistics, quotes, policies, entities, paragraphs } = article;
  console.log(
    `data valid: ${paragraphs.length} paragraphs, ${statistics.length} statistics, ${quotes.length} quotes, ` +
      `${policies.length} policies, ${entities.length} entities`,
  );
}
