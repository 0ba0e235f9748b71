// Builds the JSON of any article in the package's format from a hand annotation (in the format of
// data/annotations.json) and its text, as `npm run generate` builds the built-in article:
//   tsx scripts/generate/build-article-json.ts --annotation FILE --text FILE [--out FILE]
// Without --out the JSON goes to standard output. The result is what `parseArticle` accepts and
// what the command line reads with --input.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { articleFromAnnotation, articleJson, readAnnotation } from './article-from-files.js';
import { AnnotationError } from './build-article.js';

const USAGE =
  'usage: tsx scripts/generate/build-article-json.ts --annotation FILE --text FILE [--out FILE]';

function run(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        annotation: { type: 'string' },
        text: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new AnnotationError([(error as Error).message, USAGE], 'the command line');
  }
  const { annotation: annotationPath, text: textPath, out } = values;
  if (annotationPath === undefined || textPath === undefined)
    throw new AnnotationError(['--annotation and --text are required', USAGE], 'the command line');
  const annotation = readAnnotation(annotationPath);
  let text: string;
  try {
    text = readFileSync(textPath, 'utf8');
  } catch (error) {
    throw new AnnotationError([(error as Error).message], textPath);
  }
  let json: string;
  try {
    json = articleJson(articleFromAnnotation(annotation, text));
  } catch (error) {
    if (!(error instanceof AnnotationError)) throw error;
    throw new AnnotationError(error.problems, annotationPath);
  }
  if (out === undefined) process.stdout.write(json);
  else {
    writeFileSync(out, json);
    console.log(`wrote ${out}`);
  }
}

try {
  run();
} catch (error) {
  if (!(error instanceof AnnotationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
