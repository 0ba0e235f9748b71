// Part of `npm run build`, after tsup: the files of the package that are not JavaScript.
//   article.json         the data as plain JSON, for non-JS consumers (compact, as is the schema)
//   article.json.sha256  its SHA-256, as `sha256sum -c` reads it, to compare a copy whole
//   article.schema.json  JSON Schema (draft 2020-12) generated from the zod schemas
//   schema/package.json  a stub so that resolvers without `exports` (node10) find the subpath
//   locale/zh-Hans/package.json  the same for the Chinese locale
//   dist/schema.node.js  and a check in dist/schema.cjs: ./schema without zod says what to install
//   explorer.html        the explorer page as one self-contained file (`npx … explore` copies it)
// and it trims the source maps that tsup wrote (see trim-source-maps.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { article } from '../../src/generated/article-data.js';
import { ArticleSchema } from '../../src/schema/article.js';
import { publishedArticleJson } from '../generate/article-from-files.js';
import { STANDALONE_EXPLORER, standaloneExplorer } from '../docs/build-explorer.js';
import { trimSourceMaps, withLinesInserted } from './trim-source-maps.js';
import { esmExportNames, nodeEntry, withCjsCheck } from './zod-peer.js';

const at = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

const jsonSchema = {
  ...z.toJSONSchema(ArticleSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
  }),
  $id: 'https://unpkg.com/beijing-digital-economy/article.schema.json',
  title: 'Article',
  description: [
    'The Beijing News report on Beijing’s digital economy (September 2020) as annotated data, generated from the zod schemas of beijing-digital-economy.',
    'This schema checks the shape of each field only. parseArticle (beijing-digital-economy/schema) checks the rules across fields as well: every anchor’s exact is the text at its offsets, with its prefix and suffix, inside its paragraph; the paragraphs rebuild the text; ids are unique and every reference names an item of the article; every string is well-formed text; and every figure agrees with the words that state it — value, unit and currency read from statedAs, the comparator from the words of the anchor up to its figure and of each restatement, the year of the period named in the paragraph (or, where the paragraph names no year, the year of publication or the one before), percentages from 0 to 100, counts and money not negative, the number of supporting documents, the day of publication named by its evidence.',
    'Neither can tell a changed note, label, name or role, a deleted optional field (a period, a note, a restatement) or a changed inference from the original: compare a copy whole with the SHA-256 in article.json.sha256.',
  ].join(' '),
};

const articleJson = publishedArticleJson(article);
writeFileSync(at('article.json'), articleJson);
writeFileSync(
  at('article.json.sha256'),
  `${createHash('sha256').update(articleJson).digest('hex')}  article.json\n`,
);
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
const schemaCjs = readFileSync(at('dist/schema.cjs'), 'utf8');
const checkedCjs = withCjsCheck(schemaCjs, peerDependencies.zod);
writeFileSync(at('dist/schema.cjs'), checkedCjs);
// The check goes in first, after a "use strict" line if there is one: the map moves the lines after
// it down, so that a stack trace still names the right line.
const inserted = checkedCjs.split('\n').length - schemaCjs.split('\n').length;
const after = schemaCjs.startsWith('"use strict";\n') ? 1 : 0;
if (inserted > 0) {
  const map = JSON.parse(readFileSync(at('dist/schema.cjs.map'), 'utf8')) as Parameters<
    typeof withLinesInserted
  >[0];
  writeFileSync(at('dist/schema.cjs.map'), JSON.stringify(withLinesInserted(map, after, inserted)));
}
mkdirSync(at('locale/zh-Hans'), { recursive: true });
writeFileSync(
  at('locale/zh-Hans/package.json'),
  json({
    main: '../../dist/locale/zh-Hans.cjs',
    module: '../../dist/locale/zh-Hans.js',
    types: '../../dist/locale/zh-Hans.d.cts',
    sideEffects: false,
  }),
);
writeFileSync(STANDALONE_EXPLORER, await standaloneExplorer());
trimSourceMaps(at('dist'));
