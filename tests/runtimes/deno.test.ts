// Deno 2: the packed package through npm: specifiers (fetched from a registry into Deno's cache),
// through a node_modules install, and its command line through `deno run npm:…`.
import { describe, expect, inject, it } from 'vitest';
import { expectSameResults, expectSummary } from './support/expect-report.js';
import { denoCli, denoWithNodeModules, denoWithNpmSpecifiers, label } from './support/harness.js';

const context = inject('runtimes');
const runtime = label.deno(context);

describe(runtime, () => {
  it('runs the package through npm: specifiers, JSON with { type: "json" }', () => {
    const report = denoWithNpmSpecifiers(context);
    expect(report.runtime).toEqual({ name: 'deno', version: context.versions.deno });
    expectSameResults(report, context.reference, `${runtime} (npm:)`);
  });

  it('runs the package from a node_modules folder that npm installed', () => {
    const report = denoWithNodeModules(context);
    expect(report.runtime).toEqual({ name: 'deno', version: context.versions.deno });
    expectSameResults(report, context.reference, `${runtime} (node_modules)`);
  });

  it('runs the command line: deno run npm:beijing-digital-economy summary', () => {
    expectSummary(denoCli(context, ['summary']), context.reference, runtime);
  });
});
