// The data files as an installed package serves them: every file the Data Package names is at the
// path it names with the bytes and hash it gives, and each resolves as a subpath of the package.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked } from '../support/install-packed.js';

let installed = '';
let resolve: (specifier: string) => string = () => '';
beforeAll(() => {
  const project = installPacked('data-files', { zod: false });
  installed = join(project, '../node_modules/beijing-digital-economy');
  resolve = createRequire(join(project, 'index.js')).resolve;
});

describe('the installed package’s data files', () => {
  it('are at the paths datapackage.json names, with the sizes and hashes it gives', () => {
    const descriptor = JSON.parse(readFileSync(join(installed, 'datapackage.json'), 'utf8')) as {
      resources: { path: string; bytes: number; hash: string }[];
    };
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(join(installed, resource.path));
      expect(bytes.byteLength, resource.path).toBe(resource.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, resource.path).toBe(
        resource.hash,
      );
    }
  });

  it('resolve as subpaths of the package, at the same paths', () => {
    for (const path of [
      'datapackage.json',
      'dataset.jsonld',
      'data/article.txt',
      'csv/statistics.csv',
      'csv/notes.csv',
      'article.json',
    ])
      expect(resolve(`beijing-digital-economy/${path}`)).toBe(join(installed, path));
    expect(() => resolve('beijing-digital-economy/csv/nothing.csv')).toThrow();
    expect(() => resolve('beijing-digital-economy/data/annotations.json')).toThrow();
  });
});
