import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { describe, expect, it } from 'vitest';
import { trimmedMap } from '../../scripts/build/trim-source-maps.js';
import { projectRoot } from '../support/built-package.js';

interface PackEntry {
  readonly files: readonly { readonly path: string; readonly size: number }[];
}

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: projectRoot,
    encoding: 'utf8',
  }),
) as PackEntry[];
const manifest = JSON.parse(readFileSync(`${projectRoot}/package.json`, 'utf8')) as Record<
  string,
  Record<string, string> | undefined
>;

/** What a user of the package needs, and nothing else. */
const ALLOWED = [
  /^dist\/(locale\/)?[\w.-]+\.(js|cjs|d\.ts|d\.cts)$/,
  /^dist\/(locale\/)?[\w.-]+\.c?js\.map$/,
  /^(schema|locale\/zh-Hans)\/package\.json$/,
  /^article(\.schema)?\.json$/,
  /^article\.json\.sha256$/,
  /^(datapackage\.json|dataset\.jsonld|CITATION\.cff|data\/article\.txt)$/,
  /^csv\/[a-z]+\.csv$/,
  /^explorer\.html$/,
  /^(README\.md|API\.md|LICENSE|LICENSE-DATA|CHANGELOG\.md|package\.json)$/,
  // The guides and figures that the README links to.
  /^docs\/(caveats|data-model|provenance|recipes|versioning)\.md$/,
  /^docs\/figures\/(percentages|money)\.svg$/,
];
const descriptor = JSON.parse(readFileSync(`${projectRoot}/datapackage.json`, 'utf8')) as {
  resources: { path: string }[];
};
const dataset = JSON.parse(readFileSync(`${projectRoot}/dataset.jsonld`, 'utf8')) as {
  distribution: { name: string }[];
};

describe('the tarball', () => {
  const paths = packed?.files.map((file) => file.path) ?? [];

  it('holds only dist with its source maps, the data files, the schema and locale stubs, the explorer, README, the licences and CHANGELOG', () => {
    for (const path of paths)
      expect(
        ALLOWED.some((pattern) => pattern.test(path)),
        path,
      ).toBe(true);
    for (const required of [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/schema.js',
      'dist/schema.cjs',
      'dist/schema.node.js',
      'schema/package.json',
      'dist/locale/zh-Hans.js',
      'dist/locale/zh-Hans.cjs',
      'dist/locale/zh-Hans.d.ts',
      'dist/locale/zh-Hans.d.cts',
      'locale/zh-Hans/package.json',
      'article.json',
      'article.json.sha256',
      'article.schema.json',
      'datapackage.json',
      'dataset.jsonld',
      'CITATION.cff',
      'explorer.html',
      'README.md',
      'API.md',
      'docs/data-model.md',
      'docs/figures/percentages.svg',
      'LICENSE',
      'LICENSE-DATA',
      'CHANGELOG.md',
      'package.json',
    ]) {
      expect(paths).toContain(required);
    }
  });

  it('holds every file the Data Package and the Dataset document name, at the paths they name', () => {
    expect(descriptor.resources.length).toBeGreaterThan(8);
    for (const { path } of descriptor.resources) expect(paths).toContain(path);
    for (const { name } of dataset.distribution) expect(paths).toContain(name);
  });

  it('exports each data file as a subpath of the same name', () => {
    const exported = Object.keys(manifest.exports ?? {});
    for (const path of ['datapackage.json', 'dataset.jsonld', 'data/article.txt', 'article.json'])
      expect(exported).toContain(`./${path}`);
    expect(manifest.exports?.['./csv/*.csv']).toBe('./csv/*.csv');
  });

  it('runs nothing at install and depends on nothing at run time but the optional zod peer', () => {
    const scripts = manifest.scripts ?? {};
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack'])
      expect(scripts[hook], hook).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(['zod']);
    expect(manifest.peerDependenciesMeta).toEqual({ zod: { optional: true } });
    expect(manifest.devDependencies?.zod).toBeDefined();
  });

  it('has a source map beside every JavaScript file, naming its sources without embedding them', () => {
    // dist/schema.node.js is written by the build, not bundled from a source: it has no map.
    const bundled = paths.filter(
      (path) => /\.c?js$/.test(path) && path.startsWith('dist/') && path !== 'dist/schema.node.js',
    );
    expect(bundled.length).toBeGreaterThan(4);
    for (const file of bundled) {
      expect(paths, file).toContain(`${file}.map`);
      const map = JSON.parse(readFileSync(`${projectRoot}/${file}.map`, 'utf8')) as {
        sources: string[];
        sourcesContent?: unknown;
      };
      expect(map.sourcesContent).toBeUndefined();
      for (const source of map.sources) expect(source).toMatch(/^(\.\.\/)+src\/[\w/.-]+\.ts$/);
      expect(readFileSync(`${projectRoot}/${file}`, 'utf8')).toContain(
        `//# sourceMappingURL=${file.slice(file.lastIndexOf('/') + 1)}.map`,
      );
    }
  });

  it('maps a stack trace to the TypeScript file and line, from ESM and from CommonJS', () => {
    const cases = [
      ['commonjs', "require('./dist/index.cjs').getEntity('nobody')", 'throw new UnknownIdError'],
      ['module', "import { getEntity } from './dist/index.js'; getEntity('nobody')", 'throw new'],
      ['commonjs', "require('./dist/schema.cjs').parseArticle('{')", 'new ArticleValidationError'],
      [
        'module',
        "import { parseArticle } from './dist/schema.js'; parseArticle('{')",
        'new Article',
      ],
    ] as const;
    for (const [type, code, words] of cases) {
      const run = spawnSync(
        process.execPath,
        ['--enable-source-maps', `--input-type=${type}`, '-e', code],
        { cwd: projectRoot, encoding: 'utf8' },
      );
      // The first frame in the package's sources: the line it names holds the words.
      const [, file, line] =
        /\((?:[^()]*\/)?(src\/[\w/.-]+\.ts):(\d+):\d+\)/.exec(run.stderr) ?? [];
      expect(file, `${code}\n${run.stderr}`).toBeDefined();
      const source = readFileSync(`${projectRoot}/${file ?? ''}`, 'utf8').split('\n');
      expect(source[Number(line) - 1], `${code}: ${file ?? ''}:${line ?? ''}`).toContain(words);
    }
  });

  it('keeps one mapping per generated line, the first (a map made up for the check)', () => {
    // Line 1: two mappings into the source; line 2: a segment with no source, then a mapping.
    const mappings = encode([
      [
        [0, 0, 0, 0],
        [4, 0, 0, 4],
      ],
      [[0], [2, 0, 1, 0]],
    ]);
    const lines = decode(trimmedMap({ sources: ['../src/a.ts'], mappings }).mappings);
    expect(lines).toEqual([[[0, 0, 0, 0]], [[2, 0, 1, 0]]]);
  });

  it('drops the names of identifiers, and the name index of a mapping with it', () => {
    const mappings = encode([[[0, 0, 3, 2, 0]], [[1, 0, 4, 0, 1]]]);
    const trimmed = trimmedMap({ sources: ['../src/a.ts'], names: ['article', 'text'], mappings });
    expect(trimmed.names).toEqual([]);
    expect(decode(trimmed.mappings)).toEqual([[[0, 0, 3, 2]], [[1, 0, 4, 0]]]);
  });

  it('carries the article once in the CLI: the command line takes it from the main entry', () => {
    const cli = readFileSync(`${projectRoot}/dist/cli.js`, 'utf8');
    const main = readFileSync(`${projectRoot}/dist/index.js`, 'utf8');
    const words = 'ranking first in the country';
    expect(main).toContain(words);
    expect(cli).not.toContain(words);
    // Minified: `import{…article as x…}from"./index.js"`.
    expect(cli).toMatch(/\bimport\s*\{[^}]*\barticle\b[^}]*\}\s*from\s*['"]\.\/index\.js['"]/);
  });

  it('carries the metadata a registry shows, and publishes publicly with provenance', () => {
    for (const field of ['description', 'keywords', 'license', 'author'])
      expect(manifest[field], field).toBeTruthy();
    expect(manifest.publishConfig).toEqual({ access: 'public', provenance: true });
    expect(manifest.sideEffects).toBe(false as never);
  });

  it('names no home the project does not have yet, and docs/releasing.md says what to add', () => {
    // An npm page that links to itself, or an invented repository, is worse than no link.
    for (const field of ['repository', 'homepage', 'bugs'])
      expect(
        manifest[field],
        `${field} (add it with the others, see docs/releasing.md)`,
      ).toBeUndefined();
    const releasing = readFileSync(`${projectRoot}/docs/releasing.md`, 'utf8');
    expect(releasing).toContain('no public home yet');
    for (const field of ['repository', 'homepage', 'bugs'])
      expect(releasing).toContain(`\`${field}\``);
  });
});
