// `npm run test:browser`: the reference in a real Chromium. A hostile translations file goes
// through the generator's tables and TypeDoc into a guide page, and nothing in it runs, even with
// the page's Content-Security-Policy switched off; and every page of the reference (docs/api, built
// by `npm run docs`) carries a policy that blocks an inline script while TypeDoc's own scripts run.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as td from 'typedoc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE, withTables } from '../../scripts/docs/docs-tables.js';
import { projectRoot } from '../support/built-package.js';
import { launchChromium } from '../support/chromium.js';
import { PAYLOADS, tablesFrom, writeHostileTranslations } from '../support/hostile-translations.js';

const REFERENCE = join(projectRoot, 'docs/api');
let browser: Browser;
let hostilePage = '';

/** The data-model guide built from the hostile file, rendered by TypeDoc with the package's CSP plugin. */
async function buildHostileGuide(): Promise<string> {
  const file = writeHostileTranslations();
  const work = mkdtempSync(join(tmpdir(), 'bde-hostile-docs-'));
  const blocks = tablesFrom(file);
  writeFileSync(join(work, 'data-model.md'), withTables(readFileSync(GUIDE, 'utf8'), blocks));
  cpSync(join(projectRoot, 'docs/figures'), join(work, 'figures'), { recursive: true });
  // No options file is read: nothing here may write over the real reference in docs/api.
  const app = await td.Application.bootstrapWithPlugins(
    {
      entryPoints: [join(projectRoot, 'src/index.ts')],
      tsconfig: join(projectRoot, 'tsconfig.docs.json'),
      projectDocuments: [join(work, 'data-model.md')],
      readme: 'none',
      plugin: [join(projectRoot, 'scripts/docs/typedoc-csp.mjs')],
      skipErrorChecking: true,
      disableGit: true,
      sourceLinkTemplate: 'https://example.invalid/{path}',
      treatWarningsAsErrors: false,
      logLevel: 'Error',
    },
    [],
  );
  const project = await app.convert();
  if (project === undefined) throw new Error('TypeDoc could not convert the project');
  await app.generateDocs(project, join(work, 'api'));
  return join(work, 'api/documents/Data_model.html');
}

/** Opens `path` and reports whether any payload ran, dialogs included. */
async function open(
  context: BrowserContext,
  path: string,
): Promise<{ page: Page; ran: unknown[] }> {
  const page = await context.newPage();
  const ran: unknown[] = [];
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(path).href);
  await page.waitForLoadState('load');
  // An event handler or a frame may run a little later than the load event.
  await page.waitForTimeout(300);
  ran.push(
    ...(await page.evaluate(() =>
      [
        (window as { __pwned?: unknown }).__pwned,
        ...[...document.querySelectorAll('iframe')].map(
          (frame) => (frame.contentWindow as { __pwned?: unknown } | null)?.__pwned,
        ),
      ].filter((value) => value !== undefined),
    )),
  );
  return { page, ran };
}

beforeAll(async () => {
  if (!existsSync(join(REFERENCE, 'index.html')))
    throw new Error('docs/api is missing: run `npm run build && npm run docs` first');
  [hostilePage, browser] = await Promise.all([buildHostileGuide(), launchChromium()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('a guide built from a hostile translations file', () => {
  it('runs nothing, even with the Content-Security-Policy switched off', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const { page, ran } = await open(context, hostilePage);
    expect(ran).toEqual([]);
    expect(
      await page.evaluate(() => ({
        elements: document.querySelectorAll(
          '.col-content script, .col-content img[src="x"], .col-content svg[onload], iframe, details[ontoggle]',
        ).length,
        javascriptLinks: [...document.querySelectorAll('a')].filter((a) =>
          a.href.startsWith('javascript:'),
        ).length,
      })),
    ).toEqual({ elements: 0, javascriptLinks: 0 });
    await context.close();
  });

  it('shows every payload as its words', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const { page } = await open(context, hostilePage);
    const text = (await page.locator('.col-content').innerText()).replace(/\s+/g, ' ');
    for (const [name, payload] of Object.entries(PAYLOADS))
      if (name !== 'url' && name !== 'note') expect(text, name).toContain(payload);
    // The note's code-free Markdown shows as typed: brackets, bars, dollars and stars.
    expect(text).toContain('[click](javascript:window.__pwned=1) | ![i](javascript:');
    await context.close();
  });
});

describe('every page of the reference', () => {
  const pages = (readdirSync(REFERENCE, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith('explorer'))
    .map((file) => join(REFERENCE, file));

  it('carries a Content-Security-Policy like the explorer’s', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages)
      expect(readFileSync(file, 'utf8'), file).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*; style-src 'self' 'unsafe-inline'; img-src 'self' data:;/,
      );
  });

  it('runs TypeDoc’s own scripts under it, with no violation, and blocks an inline script added to it', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as { __violations?: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const index = join(REFERENCE, 'index.html');
    const { page } = await open(context, index);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeDefined();
    await expect
      .poll(() => page.locator('#tsd-search-results, .tsd-navigation a').count())
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as { __violations?: string[] }).__violations)).toEqual(
      [],
    );
    // The same page with a script and an event handler slipped in, beside it so its assets resolve.
    const injected = join(REFERENCE, 'csp-probe.html');
    writeFileSync(
      injected,
      readFileSync(index, 'utf8').replace(
        '<body>',
        '<body><script>window.__pwned = "inline"</script><img src="x" onerror="window.__pwned = \'handler\'">',
      ),
    );
    try {
      const probe = await open(context, injected);
      expect(probe.ran).toEqual([]);
      expect(
        await probe.page.evaluate(() => (window as { __violations?: string[] }).__violations),
      ).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem /)]));
    } finally {
      rmSync(injected);
    }
    await context.close();
  });
});
