// Part of `npm run build`, after tsup: the files of the package that are not JavaScript.
//   article.json         the data as plain JSON, for non-JS consumers
//   article.schema.json  JSON Schema (draft 2020-12) generated from the zod schemas
//   schema/package.json  a stub so that resolvers without `exports` (node10) find the subpath
//   dist/schema.node.js  and a check in dist/schema.cjs: ./schema without zod says what to install
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { article } from '../src/generated/article-data.js';
import { ArticleSchema } from '../src/schema/article.js';
import { esmExportNames, nodeEntry, withCjsCheck } from './lib/zod-peer.js';

const at = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const jsonSchema = {
  ...z.toJSONSchema(ArticleSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
  }),
  $id: 'https://unpkg.com/beijing-digital-economy/article.schema.json',
  title: 'Article',
  description:
    'The Beijing News report on Beijing’s digital economy (September 2020) as annotated data. Generated from the zod schemas of beijing-digital-economy; the rules across fields (anchors match the text, references resolve) are checked by its parseArticle, not by this schema.',
};

writeFileSync(at('article.json'), json(article));
writeFileSync(at('article.schema.json'), json(jsonSchema));
mkdirSync(at('schema'), { recursive: true });
writeFileSync(
  at('schema/package.json'),
  json({
    main: '../dist/schema.cjs',
    module: '../dist/schema.js',
    types: '../dist/schema.d.cts',
    sideEffects: false,
  }),
);

const { peerDependencies } = JSON.parse(readFileSync(at('package.json'), 'utf8')) as {
  peerDependencies: { zod: string };
};
writeFileSync(
  at('dist/schema.node.js'),
  nodeEntry(esmExportNames(at('dist/schema.js')), peerDependencies.zod),
);
writeFileSync(
  at('dist/schema.cjs'),
  withCjsCheck(readFileSync(at('dist/schema.cjs'), 'utf8'), peerDependencies.zod),
);
