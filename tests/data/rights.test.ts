// Who owns the text, on what basis it is included and the licence of the annotations are said in
// one place in the data (`metadata.rights`); package.json, the licence files and the README agree
// with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metadata } from '../../src/index.js';
import { RightsSchema } from '../../src/schema/index.js';
import { projectRoot } from '../support/built-package.js';

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
const rights = metadata.rights;
const packageJson = JSON.parse(read('package.json')) as { license: string; files: string[] };

describe('the rights', () => {
  it('are in the data, valid, and name both owners of the text', () => {
    expect(RightsSchema.safeParse(rights).success).toBe(true);
    expect(rights?.textOwners).toContain('Beijing News');
    expect(rights?.textOwners).toContain('translator');
    expect(rights?.textOwners).toContain('does not name');
  });

  it('claim no permission for the text, only quotation', () => {
    expect(rights?.textBasis).toContain('quotation for research, commentary and criticism');
    expect(rights?.textBasis).toMatch(/no licence or permission .* and claims none/);
    expect(rights?.textBasis).not.toMatch(/with (the )?permission of/i);
  });

  it('give the same licences in package.json, the licence files and the README', () => {
    const annotations = rights?.annotationsLicense ?? '';
    expect(packageJson.license).toBe(`MIT AND ${annotations}`);
    expect(read('LICENSE')).toContain('MIT License');
    expect(read('LICENSE')).toContain('LICENSE-DATA');
    expect(read('LICENSE-DATA')).toContain(rights?.annotationsLicenseUrl);
    expect(packageJson.files.map((file) => file.replace(/^\//, ''))).toContain('LICENSE-DATA');
    const section = read('README.md')
      .split(/^## /m)
      .find((part) => part.startsWith('Rights\n'));
    expect(section, 'README.md has a "## Rights" section').toBeDefined();
    for (const words of ['Beijing News', 'translator', 'quotation', 'CC BY 4.0', 'MIT'])
      expect(section).toContain(words);
  });

  it('give the same licence of the annotations in the Data Package, the Dataset and CITATION.cff', () => {
    const descriptor = JSON.parse(read('datapackage.json')) as {
      licenses: { name: string; path: string }[];
    };
    expect(descriptor.licenses.map(({ name, path }) => [name, path])).toEqual([
      [rights?.annotationsLicense, rights?.annotationsLicenseUrl],
    ]);
    const dataset = JSON.parse(read('dataset.jsonld')) as { license: string };
    expect(dataset.license).toBe(rights?.annotationsLicenseUrl);
    expect(read('CITATION.cff')).toMatch(
      new RegExp(`^license: ${rights?.annotationsLicense ?? '-'}$`, 'm'),
    );
  });

  it('record where the text was taken from', () => {
    expect(metadata.source?.url).toMatch(/^https:\/\//);
    expect(rights?.textOwners).toContain('`source`');
  });
});
