// The second article: a short county-library report invented for the tests, in the package's
// format. tests/fixtures/second-article/ holds its text, its hand annotation and the JSON that
// scripts/generate/build-article-json.ts builds from them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deepFreeze } from '../../src/internal/deep-freeze.js';
import type { Article, ArticleIds } from '../../src/types/index.js';

const at = (file: string) =>
  fileURLToPath(new URL(`../fixtures/second-article/${file}`, import.meta.url));

export const fixturePaths = {
  text: at('article.txt'),
  annotation: at('annotation.json'),
  json: at('article.json'),
} as const;

/** The text, byte for byte. */
export const secondText = readFileSync(fixturePaths.text, 'utf8');

/**
 * The committed article JSON, deeply frozen as `parseArticle` gives it (generator.test.ts checks
 * that it does). Not parsed here: a schema run while the tests are collected would count, for the
 * mutation test, as run by no test, and every mutant of the schema would need the whole suite.
 */
export const second = deepFreeze(
  JSON.parse(readFileSync(fixturePaths.json, 'utf8')) as Article<ArticleIds>,
);

/**
 * Words that belong to the built-in article and not to this one: an output of this article that
 * contains one has read the built-in article (or a default made for it) instead.
 */
export const BUILT_IN_WORDS = [
  'Beijing',
  'Jilin',
  'World News',
  'Shell Finance',
  'Huang Xinyu',
  'digital economy',
  'September 2020',
  'Sept. 2020',
] as const;

/** The built-in article's words that `output` contains. */
export const builtInWordsIn = (output: string): string[] =>
  BUILT_IN_WORDS.filter((word) => output.includes(word));
