// CHANGELOG.md is written by `changeset version` and by nothing else: besides its title and the
// note that says so, it holds only release entries as changesets lays them out. What the next
// release holds is in .changeset/, and `npm run changelog` prints it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogEntry, parseChangeset, readChangesets } from '../../scripts/docs/changelog.js';
import { projectRoot } from '../support/built-package.js';

const NAME = 'beijing-digital-economy';
const NOTE_START = "Each release's entry is written here by `changeset version`";

/** The lines of a changelog that neither its title, nor the note, nor a release entry explains. */
function handWritten(changelog: string): string[] {
  const [title, ...rest] = changelog.split('\n');
  const stray: string[] = title === `# ${NAME}` ? [] : [`title: ${title ?? ''}`];
  let inRelease = false;
  let inNote = false;
  for (const line of rest) {
    if (/^## \d+\.\d+\.\d+(-[\w.]+)?$/.test(line)) inRelease = true;
    else if (line.startsWith('## ')) inRelease = false;
    if (line.startsWith(NOTE_START)) inNote = true;
    if (line === '') inNote = false;
    if (line === '' || inRelease || inNote) continue;
    stray.push(line);
  }
  return stray;
}

describe('CHANGELOG.md', () => {
  const changelog = readFileSync(join(projectRoot, 'CHANGELOG.md'), 'utf8');

  it('says how it is written and holds nothing written by hand', () => {
    expect(changelog).toContain(NOTE_START);
    expect(changelog).toContain('`npm run changelog`');
    expect(handWritten(changelog)).toEqual([]);
  });

  it('would show an entry written by hand (a changelog made up for the check)', () => {
    const released = `${changelog}\n## 0.2.0\n\n### Minor Changes\n\n- abc1234: A change.\n`;
    expect(handWritten(released)).toEqual([]);
    expect(handWritten(`${changelog}\n## Unreleased\n\n- Fixed a typo.\n`)).toEqual([
      '## Unreleased',
      '- Fixed a typo.',
    ]);
  });
});

describe('the changesets and `npm run changelog`', () => {
  const changesets = readChangesets(join(projectRoot, '.changeset'), NAME);

  it('read every changeset, each with one level for this package', () => {
    expect(changesets.length).toBeGreaterThan(5);
    const entry = changelogEntry('Unreleased', changesets);
    for (const { summary } of changesets) expect(entry).toContain(summary.split('\n')[0]);
    expect(entry.indexOf('### Minor Changes')).toBeLessThan(entry.indexOf('### Patch Changes'));
  });

  it('reject a changeset for another package, of an unknown level, or without a summary', () => {
    expect(() => parseChangeset('a.md', '---\n"other": minor\n---\n\nText.\n', NAME)).toThrow(
      'a.md: the front matter must be one line "beijing-digital-economy": major, minor or patch',
    );
    expect(() => parseChangeset('b.md', `---\n"${NAME}": huge\n---\n\nText.\n`, NAME)).toThrow(
      /^b\.md: the front matter/,
    );
    expect(() => parseChangeset('c.md', `---\n"${NAME}": patch\n---\n\n`, NAME)).toThrow(
      'c.md: no summary',
    );
    expect(parseChangeset('d.md', `---\n'${NAME}': patch\n---\n\nFixed.\n`, NAME)).toEqual({
      file: 'd.md',
      level: 'patch',
      summary: 'Fixed.',
    });
  });
});
