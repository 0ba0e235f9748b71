import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked } from '../support/install-packed.js';

const FOLDER = 'packed-tarball';
let project = '';
beforeAll(() => {
  project = installPacked(FOLDER);
}, 120_000);

/** Runs a script file in the consumer project and returns what it printed as JSON. */
function run(name: string, source: string): unknown {
  writeFileSync(join(project, name), source);
  return JSON.parse(execFileSync(process.execPath, [name], { cwd: project, encoding: 'utf8' }));
}

const report = `
  const frozen = (v) => typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(frozen));
  console.log(JSON.stringify({ article: m.article, frozen: frozen(m.article), parsed: s.parseArticle(m.article).id }));
`;

describe('the packed tarball, installed in an empty project', () => {
  it('gives the same deeply frozen article to import and to require, and its schema parses it', () => {
    const esm = run(
      'esm.mjs',
      `import * as m from 'beijing-digital-economy'; import * as s from 'beijing-digital-economy/schema';${report}`,
    ) as Record<string, unknown>;
    const cjs = run(
      'cjs.cjs',
      `const m = require('beijing-digital-economy'); const s = require('beijing-digital-economy/schema');${report}`,
    ) as Record<string, unknown>;
    expect(esm.frozen).toBe(true);
    expect(cjs.frozen).toBe(true);
    expect(esm.article).toEqual(cjs.article);
    expect((esm.article as { statistics: unknown[] }).statistics.length).toBeGreaterThan(10);
    expect(esm.parsed).toBe((esm.article as { id: string }).id);
    expect(cjs.parsed).toBe((cjs.article as { id: string }).id);
  });
});
