// The project stands alone: no file cites a planning document that is not in the repository, or an
// issue number that a reader of the repository cannot open. Decisions are in docs/decisions/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/built-package.js';

// Spelled in pieces, so that this file does not match itself.
const PLANNING_DOCUMENT = new RegExp(['DESIGN', '\\.md'].join(''));
const ISSUE_WORD = new RegExp(['\\bissues?', '\\s+#?\\d+'].join(''), 'i');
/** `#12` as Markdown writes an issue reference: after a space or a parenthesis. */
const ISSUE_HASH = new RegExp(['(^|[\\s(])', '#\\d{1,5}\\b'].join(''), 'm');

const BINARY = /\.(png|jpe?g|gif|ico|woff2?|gz|tgz)$/;
const trackedFiles = (): string[] =>
  execFileSync('git', ['ls-files', '-z'], { cwd: projectRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && !BINARY.test(file));

/** Each place in `files` where one of the patterns matches, as `file:line: text`. */
function citations(files: readonly string[], read: (file: string) => string): string[] {
  return files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, index) => {
        const hit =
          PLANNING_DOCUMENT.test(line) ||
          ISSUE_WORD.test(line) ||
          (file.endsWith('.md') && ISSUE_HASH.test(line));
        return hit ? [`${file}:${index + 1}: ${line.trim().slice(0, 120)}`] : [];
      }),
  );
}

describe('the repository', () => {
  it('cites no document outside it and no issue number', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(citations(files, (file) => readFileSync(join(projectRoot, file), 'utf8'))).toEqual([]);
  });

  it('would catch each kind of citation (files made up for the check)', () => {
    const made: Record<string, string> = {
      'a.ts': `// as ${['DESIGN', 'md'].join('.')} says`,
      'b.ts': `// fixed in ${'issue'} 12`,
      'c.md': `See ${'#'}7 for why.`,
      'd.md': `Colours: \`${'#'}595959\`, and the sum of a#1.`,
    };
    expect(citations(Object.keys(made), (file) => made[file] ?? '')).toEqual([
      `a.ts:1: ${made['a.ts'] ?? ''}`,
      `b.ts:1: ${made['b.ts'] ?? ''}`,
      `c.md:1: ${made['c.md'] ?? ''}`,
    ]);
  });
});
