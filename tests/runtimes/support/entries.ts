// The entry files through which each runtime loads the package and hands it to the probe.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('../fixtures/probe.mjs', import.meta.url));

/** Specifiers of the main entry, `./schema` and `./article.json`, as one kind of user writes them. */
export type Specifiers = (subpath: '' | '/schema' | '/article.json') => string;

export const bare =
  (name: string): Specifiers =>
  (subpath) =>
    `${name}${subpath}`;

/** ESM imports of the three entries, JSON through an import attribute, and of the probe. */
export function esmImports(specifiers: Specifiers): string {
  return `import * as main from ${JSON.stringify(specifiers(''))};
import * as schema from ${JSON.stringify(specifiers('/schema'))};
import json from ${JSON.stringify(specifiers('/article.json'))} with { type: 'json' };
import { probe } from './probe.mjs';
`;
}

/** Writes `probe.mjs` and an entry named `file` into `folder`; returns the entry's path. */
export function writeEntry(folder: string, file: string, contents: string): string {
  mkdirSync(folder, { recursive: true });
  copyFileSync(PROBE, join(folder, 'probe.mjs'));
  const path = join(folder, file);
  writeFileSync(path, contents);
  return path;
}

/** An ESM script that prints the probe's report as one line of JSON. */
export const printingEsm = (specifiers: Specifiers) =>
  `${esmImports(specifiers)}console.log(JSON.stringify(probe({ main, schema, json })));\n`;
