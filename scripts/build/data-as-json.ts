// Part of `npm run build`: the generated data reaches the bundles as JSON text that they parse
// (`JSON.parse('…')`) instead of as object literals. esbuild prints an object literal one
// property a line, indented; the JSON text is about a quarter smaller in each bundle (for import
// time, docs/performance.md measured no gain). src/generated/article-data.ts and zh-hans.ts stay
// pretty, so that their diffs read, and the lines each literal took are kept, so that the source
// maps point at the same lines of them as before.
import { readFileSync } from 'node:fs';

/**
 * Each value of a `deepFreeze(…)` call in `source` that is JSON (an array or object, as the
 * generator writes it: its closing bracket at the start of a line) as a `JSON.parse` of that JSON,
 * compact, followed by as many line breaks as the literal had. Other calls are left as they are.
 * The parse is marked pure, as the `deepFreeze` around it is, so that a bundle that uses none of
 * the data drops it.
 */
export function dataAsJson(source: string): string {
  return source.replace(
    /deepFreeze\((\[\n[\s\S]*?\n\]|\{\n[\s\S]*?\n\})\);/g,
    (call, literal: string) => {
      let value: unknown;
      try {
        value = JSON.parse(literal);
      } catch {
        return call;
      }
      const breaks = '\n'.repeat(literal.split('\n').length - 1);
      return `deepFreeze(/*#__PURE__*/ JSON.parse(${singleQuoted(JSON.stringify(value))}));${breaks}`;
    },
  );
}

/** `text` as a single-quoted JavaScript string literal. */
function singleQuoted(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `'${escaped}'`;
}

/** An esbuild plugin that loads the generated data (the article, the Chinese forms) through {@link dataAsJson}. */
export const dataAsJsonPlugin = {
  name: 'data-as-json',
  setup(build: {
    onLoad: (
      options: { filter: RegExp },
      load: (args: { path: string }) => { contents: string; loader: 'ts' },
    ) => void;
  }): void {
    build.onLoad({ filter: /[\\/]generated[\\/](article-data|zh-hans)\.ts$/ }, ({ path }) => ({
      contents: dataAsJson(readFileSync(path, 'utf8')),
      loader: 'ts',
    }));
  },
};
