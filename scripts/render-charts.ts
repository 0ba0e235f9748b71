// Part of `npm run generate`: the figures of the README and the data-model guide, rendered to SVG
// by Vega and Vega-Lite (server-side, no browser) from `toVegaLite` of the bundled data.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { toVegaLite } from '../src/chart/to-vega-lite.js';
import { entities } from '../src/generated/article-data.js';
import { findStatistics } from '../src/query/find-statistics.js';

const names = Object.fromEntries(entities.map((entity) => [entity.id, entity.name]));

/** The figures, by file: the percentages and the money figures of the article. */
export const FIGURES = {
  'docs/figures/percentages.svg': () => toVegaLite(findStatistics({ unitKind: 'percent' }), { names }),
  'docs/figures/money.svg': () => toVegaLite(findStatistics({ unitKind: 'currency' }), { names }),
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, spec] of Object.entries(FIGURES)) {
    writeFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), await renderSvg(spec()));
    console.log(`wrote ${file}`);
  }
}
