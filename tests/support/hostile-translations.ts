// A translations file written to attack the guides: titles, URLs, excerpts, forms, notes and the
// Latin allowlist carrying HTML, Markdown links, table breakers and math, each payload setting
// `window.__pwned` if it ever runs. Used by the guide tests (Markdown) and the docs browser test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tables } from '../../scripts/docs/docs-tables.js';
import { generatedData } from '../../scripts/generate/generate-files.js';
import { paths } from '../../scripts/generate/paths.js';
import { readTranslationFile } from '../../scripts/generate/read-translation-file.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { parseArticle } from '../../src/schema/index.js';

/** Every string planted in the file, each of which must show as exactly its words. */
export const PAYLOADS = {
  title: '<script>window.__pwned = "title"</script><img src=x onerror="window.__pwned = \'img\'">',
  url: 'https://example.com/a)"><img src=x onerror=window.__pwned=1>(',
  excerpt: '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  form: '<svg onload="window.__pwned = \'svg\'"></svg>',
  note: '[click](javascript:window.__pwned=1) | ![i](javascript:window.__pwned=1) $x$ **bold**',
  token: '<a href="javascript:window.__pwned=1">US$</a>',
  reason:
    '<details open ontoggle="window.__pwned = \'details\'">&lt;b&gt; `code` ~~gone~~</details>',
  tags: '{@link parseArticle} @internal @deprecated \\{x\\} {@inheritDoc article}',
} as const;

type Json = Record<string, any>;

/** Writes the hostile file into a new temporary folder and returns its path. */
export function writeHostileTranslations(): string {
  const file = JSON.parse(readFileSync(paths.zhHans, 'utf8')) as Json;
  const sourceKey = file.entities.jilin.name.source as string;
  file.sources[sourceKey] = { title: PAYLOADS.title, url: PAYLOADS.url };
  file.entities.jilin.name = {
    text: `吉林${PAYLOADS.form}`,
    source: sourceKey,
    excerpt: `吉林${PAYLOADS.form}${PAYLOADS.excerpt}`,
  };
  file.entities['jinping-important-speech'].name.translated = PAYLOADS.note;
  file.keptInLatin.push({ token: PAYLOADS.token, reason: PAYLOADS.reason });
  file.keptInLatin.push({ token: 'GDP', reason: PAYLOADS.tags });
  const path = join(mkdtempSync(join(tmpdir(), 'bde-hostile-')), 'zh-Hans.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

/**
 * The data-model guide's tables made from a translations file as `npm run generate` would make
 * them: its article (checked by the schema), its Chinese forms in the locale, its Latin allowlist.
 */
export function tablesFrom(file: string): Record<string, string> {
  const { article, locale } = generatedData(file);
  return tables({
    article: parseArticle(article),
    locale: { ...zhHans, ...locale },
    keptInLatin: readTranslationFile(file).keptInLatin,
  });
}
