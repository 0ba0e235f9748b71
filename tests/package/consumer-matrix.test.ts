// The package as users meet it: packed, installed into empty projects, and used from Node ESM,
// Node CJS, TypeScript under three module resolutions, and an esbuild browser bundle — for every
// subpath of its exports map.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked } from '../support/install-packed.js';
import { typeCheck } from '../support/type-check.js';

const FOLDER = 'consumer-matrix';
let project = '';
beforeAll(() => {
  project = installPacked(FOLDER);
}, 120_000);

function write(relative: string, contents: string): string {
  const path = join(project, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, contents);
  return path;
}

const node = (file: string) =>
  execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });

/** What every runtime consumer prints: enough to show each subpath loaded the real thing. */
const report = `JSON.stringify({
  statistics: main.statistics.length,
  lookup: main.getStatistic('service-trade-volume-2019').value,
  parsed: schema.parseArticle(main.article).id,
  json: json.statistics.length,
  jsonSchema: jsonSchema.$schema,
  zh: main.nameOf('jilin', { locale: zh.zhHans }),
})`;

describe('the packed package', () => {
  let expected = '';
  beforeAll(() => {
    expected = JSON.stringify({
      statistics: 13,
      lookup: 160000000000,
      parsed: 'bjnews-2020-09-05-beijing-digital-economy',
      json: 13,
      jsonSchema: 'https://json-schema.org/draft/2020-12/schema',
      zh: '吉林',
    });
  });

  it('works from Node ESM (.mjs), JSON through import attributes', () => {
    write(
      'esm.mjs',
      `import * as main from 'beijing-digital-economy';
import * as schema from 'beijing-digital-economy/schema';
import json from 'beijing-digital-economy/article.json' with { type: 'json' };
import jsonSchema from 'beijing-digital-economy/article.schema.json' with { type: 'json' };
import * as zh from 'beijing-digital-economy/locale/zh-Hans';
console.log(${report});`,
    );
    expect(node('esm.mjs').trim()).toBe(expected);
  });

  it('works from Node CJS (.cjs)', () => {
    write(
      'cjs.cjs',
      `const main = require('beijing-digital-economy');
const schema = require('beijing-digital-economy/schema');
const json = require('beijing-digital-economy/article.json');
const jsonSchema = require('beijing-digital-economy/article.schema.json');
const zh = require('beijing-digital-economy/locale/zh-Hans');
console.log(${report});`,
    );
    expect(node('cjs.cjs').trim()).toBe(expected);
  });

  it('works in an esbuild browser bundle', async () => {
    const entry = write(
      'browser.mjs',
      `import * as main from 'beijing-digital-economy';
import * as schema from 'beijing-digital-economy/schema';
import json from 'beijing-digital-economy/article.json';
import jsonSchema from 'beijing-digital-economy/article.schema.json';
import * as zh from 'beijing-digital-economy/locale/zh-Hans';
console.log(${report});`,
    );
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      outfile: join(project, 'browser.bundle.mjs'),
      logLevel: 'silent',
    });
    expect(node('browser.bundle.mjs').trim()).toBe(expected);
  });

  /** Code that only compiles when the types resolve and are precise (not `any`). */
  const typed = (imports: string) => `${imports}
const id: main.StatisticId = 'service-trade-volume-2019';
const value: number = main.getStatistic(id).value;
// @ts-expect-error — 'nope' is not a StatisticId
main.getStatistic('nope');
const result: schema.SafeParseArticleResult = schema.safeParseArticle(json);
const headline: string = json.metadata.headline;
const draft: string = jsonSchema.$schema;
const chinese: string = main.nameOf(id === 'service-trade-volume-2019' ? 'jilin' : 'beijing', { locale: zh.zhHans });
const locale: main.Locale = zh.zhHans;
export { value, result, headline, draft, chinese, locale };
`;

  const compile = (files: readonly string[], compilerOptions: object) =>
    typeCheck(files, {
      strict: true,
      target: 'es2022',
      resolveJsonModule: true,
      skipLibCheck: false,
      types: [],
      ...compilerOptions,
    });

  // The declarations themselves (ours and zod's) are checked once, under nodenext, for ESM and CJS;
  // the other resolutions check what a consumer's code sees. tests/package/without-zod.test.ts
  // checks the main entry with skipLibCheck both ways in every resolution.
  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16', skipLibCheck: true }],
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false }],
  ])(
    'type-checks with tsc under module %s, from ESM and from CJS',
    (name, options) => {
      const esm = write(
        `${name}/esm.mts`,
        typed(`import * as main from 'beijing-digital-economy';
import * as schema from 'beijing-digital-economy/schema';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const json = require('beijing-digital-economy/article.json') as typeof import('beijing-digital-economy/article.json');
const jsonSchema = require('beijing-digital-economy/article.schema.json') as typeof import('beijing-digital-economy/article.schema.json');
import * as zh from 'beijing-digital-economy/locale/zh-Hans';`),
      );
      const cjs = write(
        `${name}/cjs.cts`,
        typed(`import main = require('beijing-digital-economy');
import schema = require('beijing-digital-economy/schema');
import json = require('beijing-digital-economy/article.json');
import jsonSchema = require('beijing-digital-economy/article.schema.json');
import zh = require('beijing-digital-economy/locale/zh-Hans');`).replace(
          'export { value, result, headline, draft, chinese, locale };',
          'export = { value, result, headline, draft, chinese, locale };',
        ),
      );
      const nodeTypes = write(
        `${name}/node-types.d.ts`,
        `declare module 'node:module' { export function createRequire(url: string): (id: string) => unknown; }\ninterface ImportMeta { url: string }\n`,
      );
      expect(compile([esm, cjs, nodeTypes], options)).toBe('');
    },
    60_000,
  );

  it('type-checks with tsc under moduleResolution bundler', () => {
    const file = write(
      'bundler/index.ts',
      typed(`import * as main from 'beijing-digital-economy';
import * as schema from 'beijing-digital-economy/schema';
import json from 'beijing-digital-economy/article.json';
import jsonSchema from 'beijing-digital-economy/article.schema.json';
import * as zh from 'beijing-digital-economy/locale/zh-Hans';`),
    );
    expect(
      compile([file], {
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2023',
        skipLibCheck: true,
      }),
    ).toBe('');
  }, 60_000);
});
