// The explorer page. `npm run docs` writes it next to the API reference (docs/api/explorer/), and
// a screenshot of it to docs/figures/ when a Chromium is installed; `npm run build` writes it as one
// self-contained file (explorer.html) that ships in the package and that `npx
// beijing-digital-economy explore` copies out. Its script is bundled by esbuild from the built
// package (dist/), not from a copy of the data.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { scriptSafeJson } from '../../src/internal/script-safe-json.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where the explorer is written: beside the reference, which links to it. */
export const EXPLORER_DIR = `${root}docs/api/explorer`;
/** The screenshot shown in the README. */
export const SCREENSHOT = `${root}docs/figures/explorer.png`;

/** Bundles the page's script from the built package; returns its minified code. */
export async function bundleExplorer(): Promise<string> {
  const entry = `${root}dist/index.js`;
  if (!existsSync(entry))
    throw new Error('dist/index.js is missing: run `npm run build` before building the explorer');
  const result = await esbuild.build({
    entryPoints: [`${root}explorer/main.ts`],
    alias: {
      'beijing-digital-economy/locale/zh-Hans': `${root}dist/locale/zh-Hans.js`,
      'beijing-digital-economy': entry,
    },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The gzip -9 size of the explorer's script, the way the benchmark measures bundles. */
export async function explorerGzippedBytes(): Promise<number> {
  return gzipSync(await bundleExplorer(), { level: 9 }).length;
}

/** The ceiling on the explorer's script, gzipped. */
export const EXPLORER_CEILING = 60 * 1024;

/** The section of docs/performance.md on the explorer, as the benchmark writes it. */
export const EXPLORER_SECTION = (bytes: number): string => `## The explorer page

The script of the explorer (docs/api/explorer/explorer.js: the page's code and what it imports
from the built package), minified by esbuild for the browser, then gzip -9:
${bytes.toLocaleString('en')} B, against a ceiling of 60 KB: ${bytes <= EXPLORER_CEILING ? 'met' : '**missed**'}.`;

/**
 * The page: explorer/index.html with the package's schema.org `Dataset` document (dataset.jsonld)
 * in its head, as JSON-LD that search engines read, escaped so no string can close the element.
 */
export function explorerPage(): string {
  const page = readFileSync(`${root}explorer/index.html`, 'utf8');
  const dataset = JSON.parse(readFileSync(`${root}dataset.jsonld`, 'utf8')) as unknown;
  const script = `    <script type="application/ld+json">${scriptSafeJson(dataset)}</script>\n`;
  if (!page.includes('  </head>')) throw new Error('explorer/index.html has no </head>');
  return page.replace('  </head>', `${script}  </head>`);
}

/** Writes the page, its script, its style and the figures into {@link EXPLORER_DIR}. */
export async function buildExplorer(): Promise<void> {
  mkdirSync(EXPLORER_DIR, { recursive: true });
  writeFileSync(`${EXPLORER_DIR}/explorer.js`, await bundleExplorer());
  writeFileSync(`${EXPLORER_DIR}/index.html`, explorerPage());
  copyFileSync(`${root}explorer/explorer.css`, `${EXPLORER_DIR}/explorer.css`);
  for (const figure of ['percentages.svg', 'money.svg'])
    copyFileSync(`${root}docs/figures/${figure}`, `${EXPLORER_DIR}/${figure}`);
}

/** The file of the package that holds the whole explorer, and that the `explore` command copies. */
export const STANDALONE_EXPLORER = `${root}explorer.html`;

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The explorer as one HTML file that needs nothing else: its style and script inline (allowed by
 * their hashes in the Content-Security-Policy), the figures as `data:` images, and no link out of
 * the file. It opens from `file://` and makes no request.
 */
export async function standaloneExplorer(): Promise<string> {
  const script = await bundleExplorer();
  if (/<\/script/i.test(script)) throw new Error('the explorer script holds "</script"');
  const style = readFileSync(`${root}explorer/explorer.css`, 'utf8');
  // The SVG as text, not base64 (a quarter smaller): its attributes quoted with ' (a ' inside one
  // written &apos;) so that the page's "…" can hold it, and only what would start a character
  // reference or change the URL (`&`, `%`, `#`, line breaks, which a URL drops) escaped.
  const figure = (file: string) =>
    `data:image/svg+xml,${readFileSync(`${root}docs/figures/${file}`, 'utf8')
      .replace(/'/g, '&apos;')
      .replace(/"/g, "'")
      .replace(
        /[&%#\n\r\t]/g,
        (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
      )}`;
  const page = readFileSync(`${root}explorer/index.html`, 'utf8');
  const replaced = (text: string, from: RegExp, to: string) => {
    if (!from.test(text)) throw new Error(`explorer/index.html no longer has ${String(from)}`);
    return text.replace(from, to);
  };
  let html = page;
  html = replaced(
    html,
    /content="default-src 'none';[^"]*"/,
    `content="default-src 'none'; script-src ${cspHash(script)}; style-src ${cspHash(style)}; img-src data:"`,
  );
  html = replaced(
    html,
    /\s*<link rel="stylesheet" href="explorer\.css" \/>/,
    `\n    <style>${style}</style>`,
  );
  html = replaced(html, /\s*<script src="explorer\.js" defer><\/script>/, '');
  html = replaced(html, /\s*<a href="\.\.\/index\.html">API reference<\/a>/, '');
  html = replaced(html, /src="percentages\.svg"/, `src="${figure('percentages.svg')}"`);
  html = replaced(html, /src="money\.svg"/, `src="${figure('money.svg')}"`);
  return replaced(html, /<\/body>/, `<script>${script}</script>\n  </body>`);
}

/** Screenshots the built page into {@link SCREENSHOT}; keeps the committed one when there is no Chromium. */
async function screenshot(): Promise<void> {
  const { chromiumExecutable, launchChromium } = await import('../../tests/support/chromium.js');
  try {
    chromiumExecutable();
  } catch (error) {
    console.log(
      `explorer: no screenshot (${(error as Error).message}); keeping the committed ${SCREENSHOT.slice(root.length)}`,
    );
    return;
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(
      `${pathToFileURL(`${EXPLORER_DIR}/index.html`).href}#statistic/service-trade-volume-2019`,
    );
    await page.waitForSelector('#panel:not([hidden])');
    const png = await page.screenshot({ type: 'png' });
    if (!existsSync(SCREENSHOT) || !readFileSync(SCREENSHOT).equals(png))
      writeFileSync(SCREENSHOT, png);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildExplorer();
  await screenshot();
  console.log('explorer: wrote docs/api/explorer/');
}
