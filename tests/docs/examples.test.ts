// The examples in the doc comments, the README and the guides are run and their `//=>` results
// checked: a wrong example fails here. They must also compile under the project's strict
// settings: `npm run typecheck` writes them (scripts/docs/write-examples.ts) and compiles them with the
// rest of the project, in one program.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The package's modules load here, while the tests are collected, and not in the first example
// to import them: the mutation test would take that one example for the only test of every
// constant at a module's top level, and such a mutant, switched on after the module has loaded,
// would survive it whatever the other tests check (docs/decisions/0134).
import '../../src/index.js';
import '../../src/schema/index.js';
import '../../src/locale/zh-hans.js';
import { projectRoot } from '../support/built-package.js';
import {
  checkedModule,
  docCommentExamples,
  exampleFileName,
  markdownExamples,
  type Example,
} from '../support/examples.js';

// A folder of this process's own, so that running the examples never races the typecheck's copy
// or another test process in the same checkout (a second `vitest`, a mutation test's runners).
// Inside the project, so that the examples resolve its node_modules.
let directory = '';
const fromDocComments = docCommentExamples();
const fromMarkdown = markdownExamples();
const all = [...fromDocComments, ...fromMarkdown];
const fileOf = (example: Example) => join(directory, exampleFileName(example));

beforeAll(() => {
  mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
  directory = mkdtempSync(join(projectRoot, '.tmp/examples-run-'));
  for (const example of all) writeFileSync(fileOf(example), checkedModule(example));
});

afterAll(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('the examples', () => {
  it('exist for every exported function and value', () => {
    expect(fromDocComments.length).toBeGreaterThanOrEqual(25);
    expect(fromMarkdown.length).toBeGreaterThanOrEqual(3);
  });

  it.each(all.map((example) => [example.origin, example] as const))(
    '%s gives the results it shows',
    async (_origin, example) => {
      await import(pathToFileURL(fileOf(example)).href);
    },
  );
});
