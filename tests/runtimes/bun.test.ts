// Bun: `bun add` of the packed tarball, then ESM (JSON with an import attribute), require, and bunx.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectSameResults, expectSummary } from './support/expect-report.js';
import { bunEsm, bunProject, bunRequire, bunxCli, label } from './support/harness.js';

const context = inject('runtimes');
const runtime = label.bun(context);

describe(runtime, () => {
  let project = '';
  beforeAll(() => {
    project = bunProject(context);
  }, 120_000);

  it('runs the package as ES modules, JSON with { type: "json" }', () => {
    const report = bunEsm(context, project);
    expect(report.runtime).toEqual({ name: 'bun', version: context.versions.bun });
    expectSameResults(report, context.reference, `${runtime} (ESM)`);
  });

  it('runs the package through require', () => {
    const report = bunRequire(context, project);
    expect(report.runtime).toEqual({ name: 'bun', version: context.versions.bun });
    expectSameResults(report, context.reference, `${runtime} (require)`);
  });

  it('runs the command line through bunx', () => {
    expectSummary(bunxCli(context, project, ['summary']), context.reference, runtime);
  });
});
