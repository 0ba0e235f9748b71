// The README's Compatibility table states the versions that `npm run test:runtimes` runs: both read
// tests/runtimes/runtimes.json, and this test (part of `npm test`) keeps them the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/built-package.js';
import { pinnedVersions, RUNTIME_NAMES } from '../runtimes/support/install-runtimes.js';

/** The rows of the first table after `## Compatibility`, as arrays of cells. */
function runtimesTable(readme: string): string[][] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Compatibility\n'));
  if (section === undefined) throw new Error('README.md has no "## Compatibility" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

describe('the README’s Compatibility table', () => {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const rows = runtimesTable(readme);
  const rowOf = (name: string) => rows.find(([runtime]) => runtime?.toLowerCase().startsWith(name));

  it('names each pinned runtime with the pinned version', () => {
    const versions = pinnedVersions();
    for (const name of RUNTIME_NAMES) {
      expect(rowOf(name), `a row for ${name}`).toBeDefined();
      expect(rowOf(name)?.[1], `the version of ${name}`).toBe(versions[name]);
    }
  });

  it('names the playwright-core that drives Chromium, as package.json pins it', () => {
    const { devDependencies } = JSON.parse(
      readFileSync(join(projectRoot, 'package.json'), 'utf8'),
    ) as { devDependencies: Record<string, string> };
    expect(rowOf('chromium')?.[1]).toContain(
      `playwright-core ${devDependencies['playwright-core'] ?? 'missing'}`,
    );
  });

  it('has no row for a runtime the tests do not run', () => {
    expect(rows.map(([runtime]) => runtime?.split(' ')[0]?.toLowerCase()).sort()).toEqual(
      [...RUNTIME_NAMES, 'chromium'].sort(),
    );
  });

  it('fails on a table whose version differs from the pinned one', () => {
    const stale = readme.replace(`| ${pinnedVersions().deno} |`, '| 1.0.0 |');
    expect(runtimesTable(stale).find(([runtime]) => runtime === 'Deno')?.[1]).toBe('1.0.0');
    expect(runtimesTable(stale).find(([runtime]) => runtime === 'Deno')?.[1]).not.toBe(
      pinnedVersions().deno,
    );
  });
});
