// Part of `npm run bench`: what `safeParseArticle` costs on the article and on synthetic articles
// 10 and 100 times its size (scripts/bench/synthetic-article.ts), from their JSON text, as a user
// checks a copy received from elsewhere. Linear checks keep each step near 10×.
// `tsx scripts/bench/parse-time.ts` measures and rewrites that section of docs/performance.md alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Package from '../../src/index.js';
import type * as Schema from '../../src/schema/index.js';
import { syntheticArticle } from './synthetic-article.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** One size measured: how many copies of the article, its JSON's size, the median time. */
export interface ParseTime {
  readonly copies: number;
  readonly bytes: number;
  readonly ms: number;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Times `safeParseArticle` of the built package on 1×, 10× and 100× articles. */
export async function measureParseTime(): Promise<ParseTime[]> {
  const { article } = (await import(pathToFileURL(`${root}dist/index.js`).href)) as typeof Package;
  const { safeParseArticle } = (await import(
    pathToFileURL(`${root}dist/schema.js`).href
  )) as typeof Schema;
  const sizes = [
    [1, 21],
    [10, 9],
    [100, 5],
  ] as const;
  return sizes.map(([copies, runs]) => {
    const json = JSON.stringify(syntheticArticle(article, copies));
    if (!safeParseArticle(json).success) throw new Error(`the ${copies}× article does not parse`);
    const times = Array.from({ length: runs }, () => {
      const start = performance.now();
      safeParseArticle(json);
      return performance.now() - start;
    });
    return { copies, bytes: Buffer.byteLength(json), ms: median(times) };
  });
}

/** The section of docs/performance.md on parsing, as the benchmark writes it. */
export function parseTimeSection(rows: readonly ParseTime[]): string {
  const lines = rows.map((row, i) => {
    const previous = rows[i - 1];
    const step = previous === undefined ? '—' : `${(row.ms / previous.ms).toFixed(1)}×`;
    return `| ${row.copies}× | ${Math.round(row.bytes / 1024).toLocaleString('en')} KB | ${row.ms.toFixed(1)} ms | ${step} |`;
  });
  return `## Parse time

\`safeParseArticle\` of the built package on the JSON text of the article and of synthetic
articles 10 and 100 times its size (scripts/bench/synthetic-article.ts: the text repeated, every
paragraph and item repeated with its ids suffixed and its anchors moved), median wall time. Every
check across fields indexes the article once, so a tenfold step costs at most about ten times as
much (less while the fixed costs of a call weigh in); a check that searched the article for every
anchor would make the last step cost closer to a hundred times (tests/schema/parse-linear.test.ts holds
that line by counting the items the checks read on 2,000 and 20,000 paragraphs).

| article | JSON | median | × the size before |
| --- | --- | --- | --- |
${lines.join('\n')}`;
}

/** `text` with its "## Parse time" section replaced by `section`, or inserted before the explorer's. */
export function withParseTimeSection(text: string, section: string): string {
  const existing = /## Parse time\n[\s\S]*?(?=\n## )/;
  if (existing.test(text)) return text.replace(existing, `${section}\n`);
  return text.replace('## The explorer page', `${section}\n\n## The explorer page`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = `${root}docs/performance.md`;
  const section = parseTimeSection(await measureParseTime());
  writeFileSync(file, withParseTimeSection(readFileSync(file, 'utf8'), section));
  console.log(section);
}
