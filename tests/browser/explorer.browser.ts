// `npm run test:browser`: the explorer page (docs/api/explorer/, built by `npm run docs`) driven in
// a real Chromium through playwright-core. Not part of `npm test`, which passes without a browser.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer, EXPLORER_DIR } from '../../scripts/docs/build-explorer.js';
import { launchChromium } from '../support/chromium.js';
import { builtFile } from '../support/built-package.js';
import type * as Package from '../../src/index.js';

const require = createRequire(import.meta.url);
const pkg = (await import(pathToFileURL(builtFile('index.js')).href)) as typeof Package;
const { zhHans } = (await import(
  pathToFileURL(builtFile('locale/zh-Hans.js')).href
)) as typeof import('../../src/locale/zh-hans.js');
const { article } = pkg;
const PAGE = pathToFileURL(`${EXPLORER_DIR}/index.html`).href;

/** Every place the page must highlight: its deep-link key, its offsets and its words. */
interface Expected {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
}

/**
 * Every anchor of the article, field by field (independently of the model's walk), under the key
 * the page links it by: an item's first place is `kind/id`, its others `kind/id/2`, `kind/id/3`…
 * in the order of its fields; an entity's places are all numbered, as its mentions always were.
 */
const expectedAnchors: Expected[] = [
  ...article.statistics.map((s) => ({
    key: `statistic/${s.id}`,
    anchors: [s.source.anchor, ...(s.restatedAt ?? [])],
    numbered: false,
  })),
  ...article.quotes.map((q) => ({ key: `quote/${q.id}`, anchors: [q.anchor], numbered: false })),
  ...article.policies.map((p) => ({
    key: `policy/${p.id}`,
    anchors: [p.anchor, ...(p.purpose ?? [])],
    numbered: false,
  })),
  ...article.entities.map((e) => ({
    key: `entity/${e.id}`,
    anchors: [...e.mentions, ...(e.designations ?? [])],
    numbered: true,
  })),
  {
    key: 'metadata/datePublished',
    anchors: article.metadata.datePublished.evidence,
    numbered: false,
  },
]
  .flatMap(({ key, anchors, numbered }) =>
    anchors.map((a, i) => ({ key: numbered || i > 0 ? `${key}/${i + 1}` : key, ...a })),
  )
  .map(({ key, start, end, exact }) => ({ key, start, end, exact }));

type Kind = 'statistic' | 'quote' | 'policy' | 'entity' | 'metadata';
const items: {
  kind: Kind;
  id: string;
  notes: readonly Package.Note[];
  data: unknown;
}[] = [
  ...article.statistics.map((s) => ({
    kind: 'statistic' as const,
    id: s.id,
    notes: s.notes ?? [],
    data: s,
  })),
  ...article.quotes.map((q) => ({
    kind: 'quote' as const,
    id: q.id,
    notes: q.notes ?? [],
    data: q,
  })),
  ...article.policies.map((p) => ({
    kind: 'policy' as const,
    id: p.id,
    notes: p.notes ?? [],
    data: p,
  })),
  ...article.entities.map((e) => ({
    kind: 'entity' as const,
    id: e.id,
    notes: e.notes ?? [],
    data: e,
  })),
  {
    kind: 'metadata' as const,
    id: 'datePublished',
    // The page shows the notes of every field of the metadata with the publication date.
    notes: Object.values(article.metadata.fieldNotes ?? {}).flat(),
    data: article.metadata,
  },
];

/** ICU builds differ in their spaces (U+00A0, U+202F); the words must not. */
const normalise = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();

/**
 * What the panel must show for an item, from the package's formatters run here in Node, with the
 * names given explicitly in each locale: a Chinese form names people and bodies in Chinese.
 */
function expectedForms(kind: Kind, id: string): string[] {
  return (['en', zhHans] as const)
    .flatMap((locale) => {
      const name = (entity: string) => pkg.nameOf(entity as Package.EntityId, { locale });
      if (kind === 'statistic') {
        const s = pkg.getStatistic(id as Package.StatisticId);
        return [
          pkg.formatStatistic(s, {
            locale,
            style: 'long',
            attribution: name(s.source.attributedTo),
          }),
          pkg.formatStatistic(s, { locale, style: 'short', attribution: false }),
        ];
      }
      if (kind === 'quote') {
        const q = pkg.getQuote(id as Package.QuoteId);
        return [pkg.formatQuote(q, { locale, speaker: name(q.speaker) })];
      }
      if (kind === 'policy') {
        const p = pkg.getPolicy(id as Package.PolicyId);
        return [pkg.formatPolicy(p, { locale, issuers: p.issuedBy.map(name) })];
      }
      return [];
    })
    .map(normalise);
}

let browser: Browser;
let page: Page;
const requests: string[] = [];
/** Uncaught errors of the page (a URIError from a malformed hash used to be one). */
const pageErrors: string[] = [];

let loads = 0;
async function openPage(hash = ''): Promise<void> {
  // A new query each time makes a new document even when only the hash differs.
  loads += 1;
  await page.goto(`${PAGE}?load=${loads}${hash}`);
  await page.waitForSelector('#article .hl');
}

/** The anchors whose highlight in the page does not hold exactly their words at their offsets. */
function highlightMismatches(target: Page, expected: readonly Expected[]): Promise<string[]> {
  return target.evaluate((anchors) => {
    const container = document.getElementById('article') as HTMLElement;
    return anchors.flatMap(({ key, start, end, exact }) => {
      const nodes = [...container.querySelectorAll(`.hl[data-anchor="${key}"]`)];
      const first = nodes[0];
      const last = nodes.at(-1);
      if (first === undefined || last === undefined) return [`${key}: no highlight`];
      const range = document.createRange();
      range.setStartBefore(first);
      range.setEndAfter(last);
      const before = document.createRange();
      before.setStart(container, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const at = before.toString().length;
      const text = range.toString();
      return text === exact && at === start && at + text.length === end
        ? []
        : [
            `${key}: ${JSON.stringify(text)} at ${at}, expected ${JSON.stringify(exact)} at ${start}`,
          ];
    });
  }, expected);
}

beforeAll(async () => {
  await buildExplorer();
  browser = await launchChromium();
  // bypassCSP: the page forbids inline scripts; the test injects axe-core and Apache Annotator.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  // Record every request; let none leave the machine (a test below checks there were none).
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort(),
  );
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the explorer page', () => {
  it('holds the source text exactly, paragraph separators included, in the article element', async () => {
    expect(await page.locator('#article').evaluate((node) => node.textContent)).toBe(article.text);
  });

  it('highlights every anchor of the article (statistics, quotes, policies, entities, the date’s evidence) exactly where it lies', async () => {
    expect(expectedAnchors.length).toBe(pkg.walkAnchors(article).length);
    expect(await highlightMismatches(page, expectedAnchors)).toEqual([]);
  });

  it('fails that check when an anchor is shifted by one character, in the data or in the page', async () => {
    const [first] = expectedAnchors;
    if (first === undefined) throw new Error('no anchors');
    const shifted = {
      ...first,
      start: first.start + 1,
      end: first.end + 1,
      exact: article.text.slice(first.start + 1, first.end + 1),
    };
    expect(await highlightMismatches(page, [shifted])).toHaveLength(1);
    // Move the first character of a highlight out of it, as a renderer off by one would.
    const key = expectedAnchors[2]?.key ?? '';
    await page.evaluate((anchor) => {
      const node = document.querySelector(`.hl[data-anchor="${anchor}"]`) as HTMLElement;
      const text = [...node.childNodes].find((child) => child.nodeType === Node.TEXT_NODE) as Text;
      node.before(text.data.slice(0, 1));
      text.data = text.data.slice(1);
    }, key);
    expect(await highlightMismatches(page, expectedAnchors)).toEqual([
      expect.stringMatching(new RegExp(`^${key}: `)),
    ]);
    await openPage();
  });

  it('marks the site’s boilerplate as not part of the article', async () => {
    const boilerplate = article.paragraphs.filter((p) => p.role === 'boilerplate');
    const marked = await page
      .locator('.boilerplate[aria-label]')
      .evaluate((node) => ({ label: node.getAttribute('aria-label'), text: node.textContent }));
    expect(marked.label).toMatch(/not part of the article/);
    for (const p of boilerplate) expect(marked.text).toContain(p.text);
  });

  it('opens the item under the mouse with its kind, id, formatted forms (en and zh-Hans), notes, JSON and code, and puts it in the URL', async () => {
    for (const item of items.filter((i) => i.kind !== 'entity')) {
      // A point on words of the item itself, not of an item nested in it.
      const point = await page.evaluate((key) => {
        const node = document.querySelector(`.hl[data-anchor="${key}"]`) as HTMLElement;
        const text = [...node.childNodes].find(
          (child) => child.nodeType === Node.TEXT_NODE && (child as Text).data.trim() !== '',
        );
        if (text === undefined) return undefined;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 1);
        node.scrollIntoView({ block: 'center' });
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }, `${item.kind}/${item.id}`);
      expect(point, `${item.kind}/${item.id} has words of its own to click`).toBeDefined();
      await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
      await checkPanel(item);
    }
  });

  it('opens every item from its deep link', async () => {
    for (const item of items) {
      await openPage(`#${item.kind}/${item.id}`);
      await checkPanel(item);
    }
  });

  it('reaches and opens every highlight with the keyboard alone', async () => {
    await openPage();
    const reached = new Set<string>();
    for (let presses = 0; presses < 400 && reached.size < expectedAnchors.length; presses += 1) {
      await page.keyboard.press('Tab');
      const key = await page.evaluate(() =>
        document.activeElement?.classList.contains('handle')
          ? (document.activeElement as HTMLElement).dataset.anchor
          : undefined,
      );
      if (key === undefined) continue;
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => decodeURIComponent(location.hash)))
        .toBe(`#${key}`);
      const [kind, id] = key.split('/');
      // The hash changes at once; the panel follows on the hashchange event, so wait for it.
      const title = normalise(`${kind?.replace(/^./, (c) => c.toUpperCase())} ${id}`);
      await expect
        .poll(async () => normalise(await page.locator('#panel-title').innerText()))
        .toBe(title);
      reached.add(key);
    }
    expect([...reached].sort()).toEqual(expectedAnchors.map((a) => a.key).sort());
  }, 120_000);

  it('filters the list by kind, by note kind and by words (through findStatistics)', async () => {
    await openPage();
    const shown = () =>
      page
        .locator('#items li:not([hidden]) a')
        .evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.item));
    await page.getByLabel('quotes').uncheck();
    await page.getByLabel('policies').uncheck();
    await page.getByLabel('entities').uncheck();
    await page.getByRole('checkbox', { name: 'publication date' }).uncheck();
    expect(await shown()).toEqual(article.statistics.map((s) => `statistic/${s.id}`));
    await page.getByLabel('Words').fill('billion');
    expect(await shown()).toEqual(
      pkg.findStatistics({ text: 'billion' }).map((s) => `statistic/${s.id}`),
    );
    await page.getByLabel('Words').fill('');
    await page.getByLabel('quotes').check();
    await page.getByLabel('policies').check();
    await page.getByLabel('entities').check();
    await page.getByRole('checkbox', { name: 'publication date' }).check();
    for (const noteKind of ['translation', 'inference', 'inconsistency', 'ambiguity']) {
      await page.getByLabel('Notes').selectOption(noteKind);
      expect(await shown()).toEqual(
        items
          .filter((i) => i.notes.some((n) => n.kind === noteKind))
          .map((i) => `${i.kind}/${i.id}`),
      );
    }
  });

  it('has no accessibility violations (axe-core), with the panel closed and open', async () => {
    for (const hash of ['', '#statistic/big-data-top-500-national-share-2019']) {
      await openPage(hash);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: {
              run: () => Promise<{
                passes: unknown[];
                violations: { id: string; nodes: unknown[] }[];
              }>;
            };
          }
        ).axe.run();
        return {
          passes: result.passes.length,
          violations: result.violations.map((v) => `${v.id} (${v.nodes.length})`),
        };
      });
      expect(violations.passes, 'axe ran its rules').toBeGreaterThan(10);
      expect(violations.violations, hash).toEqual([]);
    }
  });

  it('resolves every selector of toWebAnnotations on the page’s article text to exactly its words, by quote (Apache Annotator) and by position alike', async () => {
    await openPage();
    const annotator = await esbuild.build({
      stdin: { contents: "export * from '@apache-annotator/dom';", resolveDir: process.cwd() },
      bundle: true,
      format: 'iife',
      globalName: 'annotator',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    await page.addScriptTag({ content: annotator.outputFiles[0]?.text ?? '' });
    const targets = pkg
      .toWebAnnotations(article)
      .first.items.flatMap((a) => a.target.map((t) => ({ id: a.id, selector: t.selector })));
    const resolve = (selectors: typeof targets) =>
      page.evaluate(async (all) => {
        type Matcher = (scope: Node) => AsyncGenerator<Range>;
        const { createTextQuoteSelectorMatcher, createTextPositionSelectorMatcher } = (
          window as unknown as { annotator: Record<string, (selector: unknown) => Matcher> }
        ).annotator;
        const scope = document.getElementById('article') as HTMLElement;
        const offset = (range: Range) => {
          const before = document.createRange();
          before.setStart(scope, 0);
          before.setEnd(range.startContainer, range.startOffset);
          return before.toString().length;
        };
        const problems: string[] = [];
        for (const {
          id,
          selector: [quote, position],
        } of all) {
          const byQuote: Range[] = [];
          for await (const range of createTextQuoteSelectorMatcher?.(quote)(scope) ?? [])
            byQuote.push(range);
          const byPosition: Range[] = [];
          for await (const range of createTextPositionSelectorMatcher?.(position)(scope) ?? [])
            byPosition.push(range);
          const [q] = byQuote;
          const [p] = byPosition;
          if (byQuote.length !== 1 || q === undefined)
            problems.push(`${id}: the quote matches ${byQuote.length} times`);
          else if (q.toString() !== quote.exact)
            problems.push(`${id}: the quote resolves to ${JSON.stringify(q.toString())}`);
          else if (p === undefined || p.toString() !== q.toString() || offset(p) !== offset(q))
            problems.push(`${id}: the position resolves elsewhere than the quote`);
        }
        return problems;
      }, selectors);
    expect(targets.length).toBeGreaterThan(100);
    expect(await resolve(targets)).toEqual([]);
    // Shown to fail: a position off by one, and a quote whose context is not in the text.
    const [one] = targets;
    if (one === undefined) throw new Error('no targets');
    const [quote, position] = one.selector;
    const shiftedPosition = {
      ...one,
      selector: [quote, { ...position, start: position.start + 1, end: position.end + 1 }] as const,
    };
    const shiftedQuote = {
      ...one,
      selector: [{ ...quote, prefix: `${quote.prefix ?? ''}x` }, position] as const,
    };
    expect(await resolve([shiftedPosition, shiftedQuote])).toEqual([
      expect.stringMatching(/the position resolves elsewhere/),
      expect.stringMatching(/the quote matches 0 times/),
    ]);
  });

  it('shows a visible message and closes the panel for a malformed or unknown link', async () => {
    await openPage('#statistic/%');
    const notice = page.locator('#notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(/“#statistic\/%” is malformed/);
    expect(await page.locator('#panel').isHidden()).toBe(true);
    const cases = [
      ['#statistic/service-trade-volume-2019', undefined],
      ['#statistic/%E0%A4%A', /is malformed/],
      ['#quote/service-trade-volume-2019', /names no item of the article/],
      ['#entity/jilin/99', /names no item of the article/],
      ['#policy/digital-economy-1-plus-3-policy-system', undefined],
      ['#statistic/nope', /names no item/],
      ['#', undefined],
    ] as const;
    for (const [hash, message] of cases) {
      await page.evaluate((value) => (location.hash = value), hash);
      await expect
        .poll(async () => (await notice.isVisible()) && (await notice.innerText()))
        .toEqual(message === undefined ? false : expect.stringMatching(message));
      // A message and an open panel never show together: the old panel closes.
      const panelShown = await page.locator('#panel').isVisible();
      expect(panelShown, hash).toBe(message === undefined && hash !== '#');
    }
    expect(pageErrors).toEqual([]);
  });

  it('labels each statistic in the list with its comparator, as the text states it', async () => {
    await openPage();
    const COMPARATOR_WORDS: Record<string, RegExp> = {
      'more-than': /\bmore than\b/,
      about: /\babout\b/,
      'at-least': /\bat least\b/,
      'at-most': /\b(at most|top)\b/,
      'less-than': /\bless than\b/,
    };
    const compared = article.statistics.filter((s) => s.comparator !== 'exactly');
    expect(compared.length).toBeGreaterThan(3);
    for (const s of compared) {
      const entry = normalise(
        await page.locator(`#items a[data-item="statistic/${s.id}"]`).innerText(),
      );
      expect(entry, s.id).toMatch(COMPARATOR_WORDS[s.comparator] ?? /^$/);
    }
  });

  it.each([360, 768, 1400])(
    'is usable %i px wide: no sideways scroll, the text in a readable column, the panel in view, no axe violation',
    async (width) => {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        bypassCSP: true,
      });
      const narrow = await context.newPage();
      try {
        for (const hash of ['', '#statistic/service-trade-volume-2019']) {
          await narrow.goto(`${PAGE}?width=${width}${hash}`);
          await narrow.waitForSelector('#article .hl');
          const box = (selector: string) =>
            narrow.locator(selector).evaluate((node) => {
              const { left, right, top, bottom, width: w } = node.getBoundingClientRect();
              return { left, right, top, bottom, width: w };
            });
          expect(
            await narrow.evaluate(() => document.documentElement.scrollWidth),
            'no horizontal scroll',
          ).toBeLessThanOrEqual(width);
          const nav = await box('nav');
          const text = await box('#article');
          // About 35 characters a line at least: never one word per line.
          expect(text.width).toBeGreaterThanOrEqual(Math.min(300, width - 40));
          if (width <= 400) {
            // One column: the list above the text, both as wide as the page allows.
            expect(nav.bottom).toBeLessThanOrEqual(text.top);
            expect(nav.width).toBeGreaterThan(width * 0.85);
          } else expect(nav.right).toBeLessThanOrEqual(text.left);
          if (hash !== '') {
            const panel = await box('#panel');
            expect(panel.top).toBeLessThan(800);
            expect(panel.right).toBeLessThanOrEqual(width);
            if (width >= 1200) expect(panel.left).toBeGreaterThanOrEqual(text.right);
          }
          await narrow.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
          const violations = await narrow.evaluate(async () => {
            const result = await (
              window as unknown as {
                axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
              }
            ).axe.run();
            return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
          });
          expect(violations, `${width} px ${hash}`).toEqual([]);
        }
        // The panel can be put away.
        await narrow.locator('#panel .close-panel').click();
        await expect.poll(() => narrow.locator('#panel').isHidden()).toBe(true);
      } finally {
        await context.close();
      }
    },
  );

  it('makes no request outside its own folder: it works offline from file://', () => {
    expect(requests.length).toBeGreaterThan(0);
    const own = pathToFileURL(`${EXPLORER_DIR}/`).href;
    expect(requests.filter((url) => !url.startsWith(own) && url !== 'about:blank')).toEqual([]);
  });
});

/** The panel shows `item`: kind, id, the formatters' output in both locales, notes, JSON, code. */
async function checkPanel(item: (typeof items)[number]): Promise<void> {
  const panel = page.locator('#panel');
  await expect
    .poll(() => page.evaluate(() => decodeURIComponent(location.hash)))
    .toMatch(new RegExp(`^#${item.kind}/${item.id}(/\\d+)?$`));
  await expect.poll(() => panel.locator('.item-id').innerText()).toBe(item.id);
  expect(normalise(await panel.locator('.badge').innerText()).toLowerCase()).toBe(item.kind);
  const forms = await panel.locator('.forms .form').allInnerTexts();
  expect(forms.map(normalise)).toEqual(expectedForms(item.kind, item.id));
  const notes = await panel.locator('.notes li').evaluateAll((nodes) =>
    nodes.map((n) => ({
      kind: (n as HTMLElement).dataset.noteKind,
      text: n.querySelector('.note-text')?.textContent,
      zh: n.querySelector('.note-text-zh')?.lastChild?.textContent?.trim(),
      lang: n.querySelector('.note-text-zh')?.getAttribute('lang'),
    })),
  );
  // Each note in English and in the package's Chinese, which is tagged as Chinese.
  expect(notes).toEqual(
    item.notes.map((n) => ({
      kind: n.kind,
      text: n.text,
      zh: pkg.formatNote(n, { locale: zhHans }),
      lang: 'zh-Hans',
    })),
  );
  expect(JSON.parse(await panel.locator('pre.json').innerText())).toEqual(
    JSON.parse(JSON.stringify(item.data)),
  );
  const lookup = {
    statistic: `getStatistic('${item.id}')`,
    quote: `getQuote('${item.id}')`,
    policy: `getPolicy('${item.id}')`,
    entity: `getEntity('${item.id}')`,
    metadata: `metadata.${item.id}`,
  }[item.kind];
  expect(await panel.locator('pre.code').innerText()).toContain(lookup);
}
