// Mutation testing (`npm run test:mutation`, see CONTRIBUTING.md): Stryker changes src/ one small
// way at a time and runs the unit suite against each change; a change that no test notices is a
// survivor. scripts/test/mutation-test.ts runs it and then checks every module's score.
// @ts-check
import process from 'node:process';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // The unit suite only: the tarball, runtime and browser suites test dist/, which a mutant in
  // src/ does not rebuild (vitest.mutation.config.ts says what it leaves out and why).
  // Every test file, not only those that import the mutated module: the examples of the doc
  // comments and guides (tests/docs/examples.test.ts) reach src/ through files they write.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/**/*.ts',
    // Emitted by scripts/generate/generate.ts from data/: checked by the generator's own tests and by the
    // schema, and rewritten on every `npm run generate`, so a mutant there tests the data, not code.
    '!src/generated/**',
    // Types and nothing else: no statement to change.
    '!src/types/**',
    // The command-line entry: four lines that hand process.argv to runCli (src/cli/run.ts, which is
    // mutated) and write its result; only the packed-tarball suite runs it, against dist/.
    '!src/cli.ts',
  ],
  // Not copied into the sandboxes: build output (a leading `/` anchors a pattern at the root;
  // without it, `schema` would leave out src/schema/ too).
  ignorePatterns: [
    '/dist',
    '/docs/api',
    '/coverage',
    '/.tmp',
    '/schema',
    '/article.json',
    '/article.schema.json',
  ],
  // No `// @ts-nocheck` at the top of the sandbox's files: vitest strips types without checking
  // them, and the generator's test compares src/generated/ byte for byte with what it generates.
  disableTypeChecks: false,
  // A run tests only the mutants that a change to src/ or to a test touches, reusing the rest from
  // the committed state; `--force` tests every mutant again.
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', process.stdout.isTTY ? 'progress' : 'dots', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: {
    reportScoreTable: true,
    reportMutants: true,
    reportTests: false,
    logTests: false,
  },
  // Two cores, shared: one sandbox per core at most. Override with --concurrency.
  concurrency: 2,
  // A static mutant changes code that runs once, when its module loads (the schema's declarations,
  // the vocabularies, the locale's word tables): Stryker can only test it by running the whole
  // suite in a fresh process, about 80 s each, and there are about 950, ten hours on two cores.
  // They are left untested and out of the score; the report counts them by module
  // (docs/decisions/0134).
  ignoreStatic: true,
  // A busy machine slows a test run down; a mutant that loops still times out.
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;
