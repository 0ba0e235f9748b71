// Writes every documented example (doc comments, README, guides) as a checked module to
// .tmp/examples/, where `npm run typecheck` compiles them with the rest of the project under the
// strict settings and tests/docs/examples.test.ts runs them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkedModule,
  docCommentExamples,
  exampleFileName,
  markdownExamples,
} from '../../tests/support/examples.js';

const directory = fileURLToPath(new URL('../../.tmp/examples/', import.meta.url));
rmSync(directory, { recursive: true, force: true });
mkdirSync(directory, { recursive: true });
for (const example of [...docCommentExamples(), ...markdownExamples()])
  writeFileSync(join(directory, exampleFileName(example)), checkedModule(example));
