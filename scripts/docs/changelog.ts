// `npm run changelog`: what the next release's entry in CHANGELOG.md will hold, read from the
// changesets in .changeset/, grouped as `changeset version` groups them. CHANGELOG.md itself is
// written only by `changeset version`; this prints, it writes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LEVELS = ['major', 'minor', 'patch'] as const;
type Level = (typeof LEVELS)[number];
const HEADINGS: Record<Level, string> = {
  major: 'Major Changes',
  minor: 'Minor Changes',
  patch: 'Patch Changes',
};

export interface Changeset {
  readonly file: string;
  readonly level: Level;
  readonly summary: string;
}

/** Reads one changeset: its front matter must give this package one level. */
export function parseChangeset(file: string, text: string, packageName: string): Changeset {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no front matter between --- lines`);
  const releases = (match[1] ?? '').split('\n').filter((line) => line.trim() !== '');
  const ours = releases.map((line) => /^["']?([^"']+)["']?:\s*(\w+)\s*$/.exec(line));
  const level = ours[0]?.[2];
  if (ours.length !== 1 || ours[0]?.[1] !== packageName || !LEVELS.includes(level as Level))
    throw new Error(
      `${file}: the front matter must be one line "${packageName}": major, minor or patch`,
    );
  const summary = (match[2] ?? '').trim();
  if (summary === '') throw new Error(`${file}: no summary`);
  return { file, level: level as Level, summary };
}

/** The entry for `changesets` as `changeset version` would lay it out, under `heading`. */
export function changelogEntry(heading: string, changesets: readonly Changeset[]): string {
  const sections = LEVELS.flatMap((level) => {
    const items = changesets.filter((changeset) => changeset.level === level);
    if (items.length === 0) return [];
    const bullets = items.map(
      (changeset) =>
        `- ${changeset.summary
          .split('\n')
          .join('\n  ')
          .replace(/\n {2}\n/g, '\n\n')}`,
    );
    return [`### ${HEADINGS[level]}`, '', bullets.join('\n'), ''];
  });
  return [`## ${heading}`, '', ...sections].join('\n');
}

/** Every changeset in `directory`, by file name. */
export function readChangesets(directory: string, packageName: string): Changeset[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => parseChangeset(name, readFileSync(join(directory, name), 'utf8'), packageName));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
  };
  process.stdout.write(
    changelogEntry('Unreleased', readChangesets(join(root, '.changeset'), name)),
  );
}
