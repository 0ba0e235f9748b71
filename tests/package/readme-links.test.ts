// Links that work where users read them: the README that npm installs is short, and each of its
// relative links, and those of the guides it links to, names a file that the package holds.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked } from '../support/install-packed.js';

let installed = '';
beforeAll(() => {
  installed = join(installPacked('readme-links'), '../node_modules/beijing-digital-economy');
});

/** The relative links and images of a Markdown text, without their `#fragment`. */
function relativeLinks(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z][\w+.-]*:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.replace(/#.*$/, ''));
}

/** The Markdown files reached from `start` through relative links, `start` included. */
function reachable(folder: string, start: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file) || !file.endsWith('.md') || !existsSync(join(folder, file))) return;
    const links = relativeLinks(readFileSync(join(folder, file), 'utf8')).map((link) =>
      normalize(join(dirname(file), link)),
    );
    seen.set(file, links);
    links.forEach(visit);
  };
  visit(start);
  return seen;
}

describe('the packed README', () => {
  it('is at most 12,000 characters', () => {
    expect(readFileSync(join(installed, 'README.md'), 'utf8').length).toBeLessThanOrEqual(12_000);
  });

  it('links only to files in the package, as do the guides it links to', () => {
    const files = reachable(installed, 'README.md');
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['README.md', 'API.md', 'docs/data-model.md']),
    );
    const links = [...files.entries()].flatMap(([file, targets]) =>
      targets.map((target) => ({ file, target })),
    );
    expect(links.length).toBeGreaterThan(10);
    for (const { file, target } of links)
      expect(existsSync(join(installed, target)), `${file} links to ${target}`).toBe(true);
  });

  it('would find a dead link (a README made up for the check)', () => {
    expect(
      relativeLinks('[a](docs/nowhere.md#x) ![b](fig.svg) [c](https://x.org/) [d](#here)'),
    ).toEqual(['docs/nowhere.md', 'fig.svg']);
  });
});
