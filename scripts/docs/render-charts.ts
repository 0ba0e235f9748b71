// Part of `npm run generate`: the figures of the README, the data-model guide and the explorer,
// rendered to SVG by Vega and Vega-Lite from `toVegaLite` of the bundled data — in Chromium, so
// that labels are measured with a real font engine. Vega's server-side renderer has no canvas and
// estimates text widths, which left a quarter of the figure blank.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { toVegaLite, type VegaLiteSpec } from '../../src/chart/to-vega-lite.js';
import { entities } from '../../src/generated/article-data.js';
import { findStatistics } from '../../src/query/find-statistics.js';

const names = Object.fromEntries(entities.map((entity) => [entity.id, entity.name]));

/** The specification with its plot (or each of its stacked panels) `width` pixels wide. */
function withPlotWidth(spec: VegaLiteSpec, width: number): VegaLiteSpec {
  const panels = (spec as { vconcat?: readonly object[] }).vconcat;
  return panels === undefined
    ? { ...spec, width }
    : { ...spec, vconcat: panels.map((panel) => ({ ...panel, width })) };
}

/** The figures, by file: the percentages and the money figures of the article. */
export const FIGURES = {
  'docs/figures/percentages.svg': () =>
    toVegaLite(findStatistics({ unitKind: 'percent' }), { names }),
  // The money panels' long labels need a narrower plot for the figure to fit a README column.
  'docs/figures/money.svg': () =>
    withPlotWidth(toVegaLite(findStatistics({ unitKind: 'currency' }), { names }), 360),
} as const;

/** Renders a Vega-Lite specification to SVG text, failing on any warning of the compiler. */
export async function renderSvg(spec: object): Promise<string> {
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn);
  logger.warn = (...message: unknown[]) => {
    warnings.push(message.join(' '));
    return logger;
  };
  const compiled = vegaLite.compile(spec as vegaLite.TopLevelSpec, { logger }).spec;
  if (warnings.length > 0) throw new Error(`Vega-Lite warned: ${warnings.join('; ')}`);
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger });
  const svg = await view.toSVG();
  view.finalize();
  return `${svg}\n`;
}

/**
 * Renders Vega-Lite specifications to SVG text in Chromium (the one the browser tests drive), where
 * Vega measures text on a canvas; fails on any warning of the compiler.
 */
export async function renderSvgInChromium(specs: readonly object[]): Promise<string[]> {
  const { launchChromium } = await import('../../tests/support/chromium.js');
  // The UMD builds (globals `vega`, `vegaLite`), which the packages do not list in `exports`.
  const build = (file: string) =>
    fileURLToPath(new URL(`../../node_modules/${file}`, import.meta.url));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ path: build('vega/build/vega.min.js') });
    await page.addScriptTag({ path: build('vega-lite/build/vega-lite.min.js') });
    const rendered = await page.evaluate(async (all) => {
      const { vega, vegaLite } = globalThis as unknown as {
        vega: typeof import('vega');
        vegaLite: typeof import('vega-lite');
      };
      const results: string[] = [];
      for (const spec of all) {
        const warnings: string[] = [];
        const logger = vega.logger(vega.Warn);
        logger.warn = (...message: unknown[]) => {
          warnings.push(message.join(' '));
          return logger;
        };
        const compiled = vegaLite.compile(spec as import('vega-lite').TopLevelSpec, {
          logger,
        }).spec;
        if (warnings.length > 0) throw new Error(`Vega-Lite warned: ${warnings.join('; ')}`);
        const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger });
        results.push(await view.toSVG());
        view.finalize();
      }
      return results;
    }, specs);
    return rendered.map((svg) => `${svg}\n`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = Object.entries(FIGURES);
  const svgs = await renderSvgInChromium(entries.map(([, spec]) => spec()));
  entries.forEach(([file], i) => {
    writeFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), svgs[i] ?? '');
    console.log(`wrote ${file}`);
  });
}
