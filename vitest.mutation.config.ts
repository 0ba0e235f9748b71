// The unit suite as the mutation test runs it (`npm run test:mutation`, stryker.config.mjs).
// Stryker mutates src/ in a sandbox and runs these tests against each mutant, so only tests of
// src/ belong here. Left out:
// - tests/package/ and tests/runtimes/: they test the packed tarball and dist/, which a mutant in
//   src/ does not rebuild (they could only ever pass, after a pack and an install);
// - tests/docs/reference.test.ts: it reads the TypeDoc output of `npm run docs`, not the code;
// - tests/docs/self-contained.test.ts: it reads the files git tracks, and a sandbox is no clone;
// - tests/second-article/cli-built.test.ts and tests/cli/unix.test.ts: they run the built command
//   line, dist/cli.js;
// - tests/generated/datapackage.test.ts: it hashes article.json, which `npm run build` writes
//   (the sandbox of a mutant has no build output);
// - tests/browser/: a real Chromium over the built explorer page;
// - tests/mutation/: it tests the scripts that run Stryker and read its report, not src/ (and
//   Stryker keeps its incremental state out of the sandbox, where the check that CI runs the
//   mutation test exactly when that state is committed would find none).
//
// Stryker records which tests run each mutant; code that runs while the tests are collected (at a
// test file's top level, in a describe body, in an it.each table) runs in no test, and a mutant
// there is "static": Stryker runs the whole suite for it, minutes each. So the tests make what the
// package computes inside a test (beforeEach, or tests/support/lazy.ts) and collect plain data.
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { CI_FAST_CHECK_SEED } from './tests/setup/fast-check-seed.js';

const root = fileURLToPath(new URL('./', import.meta.url));

/**
 * Stryker stops a mutant's run at its first failing test, so the order of the files is most of
 * its cost. First the file that mirrors the mutated module (src/internal/words.ts →
 * tests/internal/words.test.ts), then the files of its folder, then the file that failed last
 * (it killed the mutant before, and mutants of one module sit together), then the quickest.
 */
class MutationSequencer extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { root: at, related = [] } = this.ctx.config;
    const mutated = related.map((file) => relative(at, file).replace(/^src\/|\.ts$/g, ''));
    const path = (spec: TestSpecification) =>
      relative(at, spec.moduleId).replace(/^tests\/|\.test\.ts$/g, '');
    const folder = (module: string) => module.split('/')[0];
    const closeness = (spec: TestSpecification) =>
      mutated.includes(path(spec))
        ? 0
        : mutated.some((module) => folder(module) === folder(path(spec)))
          ? 1
          : 2;
    const key = (spec: TestSpecification) => `${spec.project.name}:${relative(at, spec.moduleId)}`;
    const last = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(key(spec));
    const cost = (spec: TestSpecification) => last(spec)?.duration ?? statSync(spec.moduleId).size;
    return Promise.resolve(
      [...files].sort(
        (a, b) =>
          closeness(a) - closeness(b) ||
          Number(last(b)?.failed ?? false) - Number(last(a)?.failed ?? false) ||
          cost(a) - cost(b),
      ),
    );
  }
}

export default defineConfig({
  // The explorer's code imports the package by its name: here that is src/, the code under test,
  // not a build that a mutant would not reach (and that the sandbox does not have).
  resolve: {
    alias: [
      { find: /^beijing-digital-economy$/, replacement: join(root, 'src/index.ts') },
      { find: /^beijing-digital-economy\/schema$/, replacement: join(root, 'src/schema/index.ts') },
    ],
  },
  // Each sandbox keeps its own record of durations and failures (the order above reads it).
  cacheDir: '.tmp/vitest-mutation',
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [
      'tests/package/**',
      'tests/runtimes/**',
      'tests/docs/reference.test.ts',
      'tests/docs/self-contained.test.ts',
      'tests/second-article/cli-built.test.ts',
      'tests/cli/unix.test.ts',
      'tests/generated/datapackage.test.ts',
      'tests/mutation/**',
      '**/node_modules/**',
    ],
    setupFiles: ['tests/setup/fast-check.ts'],
    // CI's seed: a mutant is killed or not by the same draws on every run, so that an incremental
    // run can trust the results it reuses.
    env: { FC_SEED: String(CI_FAST_CHECK_SEED) },
    sequence: { sequencer: MutationSequencer },
    // Instrumented code is slower than the original, and the machine may be busy: a test must not
    // time out where it would pass. Stryker times out a mutant's run on its own clock.
    testTimeout: 60_000,
  },
});
