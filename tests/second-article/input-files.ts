// Files for `--input`: a folder of the test file's own, removed after it, and the built-in article
// with every id renamed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { article } from '../../src/index.js';
import { renameIds } from '../support/rename-ids.js';

/** A prefix for every id of the renamed copy, in no output of the built-in article. */
export const PREFIX = 'zq-';

/**
 * A folder for the calling test file, removed after its tests: `file` writes a file there and
 * gives its path; `renamedFile` is article.json with every id renamed.
 */
export function inputFiles() {
  const work = mkdtempSync(join(tmpdir(), 'bde-input-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const file = (name: string, contents: string) => {
    const path = join(work, name);
    writeFileSync(path, contents);
    return path;
  };
  const renamedFile = file(
    'renamed.json',
    JSON.stringify(renameIds(JSON.parse(JSON.stringify(article)), (id) => `${PREFIX}${id}`)),
  );
  return { work, file, renamedFile };
}
