import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// What the Data Package, the schema.org Dataset document and CITATION.cff say about the package
// itself. The three files are generated from these constants by `npm run generate`.

/**
 * The licence of the package's annotations (everything but the article's text), as
 * `metadata.rights` in data/annotations.json and `license` in package.json name it; a test keeps
 * the four in step (tests/data/rights.test.ts).
 */
export const ANNOTATIONS_LICENSE = {
  /** The SPDX identifier (also an Open Definition licence id). */
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

const manifest = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
) as { name: string; version: string; keywords: string[]; author: string };

export const PACKAGE = {
  name: manifest.name,
  version: manifest.version,
  /**
   * The package's page on npm, where the dataset is found. package.json names no `homepage` (the
   * project has no public home yet, docs/releasing.md), but the npm page is the dataset's address.
   */
  homepage: `https://www.npmjs.com/package/${manifest.name}`,
  keywords: manifest.keywords,
  /** Who made the annotations: the package's authors. */
  creator: manifest.author,
  title: 'Beijing’s digital economy, September 2020: the Beijing News report as anchored data',
  description:
    'The Beijing News (Shell Finance) report of September 2020 on Beijing’s digital economy, in ' +
    'English translation, as data: its paragraphs, the people, organisations, places and events it ' +
    'names (with every mention), its statistics (values, units and comparators as stated), ' +
    'quotations, policies, and notes on every doubtful translation, inference, inconsistency and ' +
    'ambiguity. Every item points at the exact characters of the text that state it (offsets in ' +
    'UTF-16 code units, which here equal code points). The licence covers the annotations; the ' +
    'article’s text is the Beijing News’ report in translation, included as the source of the ' +
    'annotations, and is not covered by it.',
  /** Where a published file of the package can be fetched: unpkg serves the npm tarball. */
  fileUrl: (path: string) => `https://unpkg.com/${manifest.name}@${manifest.version}/${path}`,
} as const;
