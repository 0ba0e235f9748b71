// The examples in the doc comments, the README and the guides are run and their `//=>` results
// checked, and they must compile under the project's strict settings: a wrong example fails here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './support/built-package.js';
import { checkedModule, docCommentExamples, markdownExamples, type Example } from './support/examples.js';

const directory = join(projectRoot, '.tmp/examples');
const fromDocComments = docCommentExamples();
const fromMarkdown = markdownExamples();
const all = [...fromDocComments, ...fromMarkdown];
const fileOf = (example: Example) => join(directory, `${example.origin.replace(/[^\w]+/g, '_')}.ts`);

beforeAll(() => {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  for (const example of all) writeFileSync(fileOf(example), checkedModule(example));
});

describe('the examples', () => {
  it('exist for every exported function and value', () => {
    expect(fromDocComments.length).toBeGreaterThanOrEqual(25);
    expect(fromMarkdown.length).toBeGreaterThanOrEqual(3);
  });

  it.each(all.map((example) => [example.origin, example] as const))('%s gives the results it shows', async (_origin, example) => {
    await import(pathToFileURL(fileOf(example)).href);
  });

  it('compile under the strict settings', () => {
    writeFileSync(
      join(directory, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', include: ['./*.ts'], compilerOptions: { noEmit: true, noUnusedLocals: false } }),
    );
    const compile = () => execFileSync(process.execPath, [join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', directory], { encoding: 'utf8' });
    expect(compile).not.toThrow();
  }, 60_000);
});
