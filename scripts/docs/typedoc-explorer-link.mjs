// @ts-check
// A TypeDoc plugin: TypeDoc writes `navigationLinks` verbatim into every page, so the relative link
// to the explorer (docs/api/explorer/, built by scripts/docs/build-explorer.ts) would break on pages in
// sub-folders. This makes it relative to each page.
import * as td from 'typedoc';

/** @param {td.Application} app */
export function load(app) {
  app.renderer.on(td.PageEvent.END, (page) => {
    const up = '../'.repeat(page.url.split('/').length - 1);
    page.contents = page.contents?.replaceAll(
      'href="explorer/index.html"',
      `href="${up}explorer/index.html"`,
    );
  });
}
