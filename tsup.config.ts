import { defineConfig, type Options } from 'tsup';
import { dataAsJsonPlugin } from './scripts/build/data-as-json.js';

// Every JavaScript file ships with a source map that names its sources (../src/…) without
// embedding them: stack traces under `node --enable-source-maps` point at the TypeScript file and
// line, and the install stays small.
const maps: Pick<Options, 'sourcemap' | 'esbuildOptions'> = {
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
    // Chinese and typographic quotes as UTF-8 (3 bytes a character), not `\uXXXX` escapes (6).
    options.charset = 'utf8';
  },
};

/**
 * The command line takes the article and the Chinese forms from the package's own entries
 * (dist/index.js, dist/locale/zh-Hans.js) instead of carrying a second copy of each.
 */
const dataFromEntries = {
  name: 'data-from-entries',
  setup(build: { onResolve: (o: { filter: RegExp }, f: () => object) => void }) {
    build.onResolve({ filter: /\/generated\/article-data\.js$/ }, () => ({
      path: './index.js',
      external: true,
    }));
    build.onResolve({ filter: /\/locale\/zh-hans\.js$/ }, () => ({
      path: './locale/zh-Hans.js',
      external: true,
    }));
  },
};

export default defineConfig([
  {
    // The Chinese locale is an entry of its own, so that only a program that imports it bundles it.
    entry: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      'locale/zh-Hans': 'src/locale/zh-hans.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
    treeshake: false,
    external: ['zod'],
    // The data as JSON text that the bundle parses, which is smaller (scripts/build/data-as-json.ts).
    esbuildPlugins: [dataAsJsonPlugin],
    ...maps,
  },
  {
    // The command line: one ESM file with its shebang; no types, nothing to import from it.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
    external: ['zod'],
    esbuildPlugins: [dataFromEntries],
    // Nobody imports or reads the command line's file, so it ships minified (its map still names
    // the TypeScript lines): half the bytes, which keeps the install under 1.5 MB.
    minify: true,
    ...maps,
  },
]);
