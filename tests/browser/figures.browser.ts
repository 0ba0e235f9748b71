// The figures of the README and the explorer, measured in Chromium with its fonts: at most 900 px
// wide, no blank gutter left of the labels, and no text outside the picture.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGURES, renderSvg } from '../../scripts/docs/render-charts.js';
import { launchChromium } from '../support/chromium.js';
import { projectRoot } from '../support/built-package.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** What is wrong with the SVG at `file` as the browser draws it; empty when it fits. */
async function problems(file: string): Promise<string[]> {
  await page.goto(pathToFileURL(file).href);
  return page.evaluate(() => {
    const svg = document.querySelector('svg') as SVGSVGElement;
    const width = svg.width.baseVal.value;
    const height = svg.height.baseVal.value;
    const frame = svg.getBoundingClientRect();
    const found: string[] = [];
    if (width > 900) found.push(`${width} px wide, more than 900`);
    const boxes = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
    for (const { text, box } of boxes) {
      const left = box.left - frame.left;
      const top = box.top - frame.top;
      if (
        left < -0.5 ||
        top < -0.5 ||
        left + box.width > width + 0.5 ||
        top + box.height > height + 0.5
      )
        found.push(`"${text}" falls outside the figure`);
    }
    const leftmost = Math.min(...boxes.map(({ box }) => box.left - frame.left));
    if (leftmost > width * 0.05)
      found.push(
        `the leftmost text starts ${Math.round(leftmost)} px in, more than 5 % of ${width} px`,
      );
    return found;
  });
}

describe('the figures, drawn by the browser', () => {
  it.each(Object.keys(FIGURES))(
    '%s is at most 900 px wide, starts its labels at the left edge and clips no text',
    async (file) => {
      expect(readFileSync(join(projectRoot, file), 'utf8')).toContain('<svg');
      expect(await problems(join(projectRoot, file))).toEqual([]);
    },
  );

  it('fail those checks for the figure Vega renders without a browser (estimated text widths)', async () => {
    const directory = join(projectRoot, '.tmp/figures');
    mkdirSync(directory, { recursive: true });
    const file = join(directory, 'percentages-server-side.svg');
    writeFileSync(file, await renderSvg(FIGURES['docs/figures/percentages.svg']()));
    expect(await problems(file)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/more than 900/),
        expect.stringMatching(/leftmost text/),
      ]),
    );
  });
});
