// The decision records (docs/decisions/NNNN-title.md): numbered without gaps, each with its date
// and status, each listed in the folder's README under its own title, each link resolving.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/built-package.js';

const folder = join(projectRoot, 'docs/decisions');
const RECORD = /^(\d{4})-[a-z0-9-]+\.md$/;
const files = readdirSync(folder)
  .filter((name) => RECORD.test(name))
  .sort();
const read = (name: string) => readFileSync(join(folder, name), 'utf8');

/** The rows of the index: `| [NNNN](file) | title | date | status |`. */
function indexRows(markdown: string): { number: string; file: string; title: string }[] {
  return [...markdown.matchAll(/^\| \[(\d{4})\]\(([^)]+)\) \| (.+?) \| [\d-]+ \| \w+ \|$/gm)].map(
    (match) => ({ number: match[1] ?? '', file: match[2] ?? '', title: match[3] ?? '' }),
  );
}

describe('the decision records', () => {
  it('are numbered from 0001 without a gap or a repeat', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((name) => name.slice(0, 4))).toEqual(
      files.map((_, index) => String(index + 1).padStart(4, '0')),
    );
  });

  it.each(files)('%s has its number in its heading, a date and a status', (name) => {
    const lines = read(name).split('\n');
    expect(lines[0]).toMatch(new RegExp(`^# ${name.slice(0, 4)}\\. \\S`));
    expect(lines.some((line) => /^- Date: \d{4}-\d{2}-\d{2}$/.test(line))).toBe(true);
    expect(lines.some((line) => /^- Status: (Accepted|Amended|Superseded)\b/.test(line))).toBe(
      true,
    );
    for (const section of ['## Context', '## Decision', '## Consequences'])
      expect(lines).toContain(section);
  });

  it('are each listed once in the index, under the title of their heading', () => {
    const rows = indexRows(read('README.md'));
    expect(rows.map(({ file }) => file)).toEqual(files);
    for (const { number, file, title } of rows)
      expect(read(file).split('\n')[0], file).toBe(`# ${number}. ${title}`);
  });

  it('link only to files that exist', () => {
    for (const name of [...files, 'README.md'])
      for (const [, target] of read(name).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g))
        if (target !== undefined && !/^[a-z]+:/.test(target))
          expect(existsSync(join(folder, target)), `${name} links to ${target}`).toBe(true);
  });

  it('would find a row missing from the index (an index made up for the check)', () => {
    const row =
      '| [0001](0001-a.md) | A | 2026-11-28 | Accepted |\n| [0002](0002-b.md) | B | 2026-11-28 | Amended |';
    expect(indexRows(row).map(({ file }) => file)).toEqual(['0001-a.md', '0002-b.md']);
    expect(indexRows(row.split('\n')[0] ?? '')).toHaveLength(1);
  });
});
