// The suite can fail, and says where: a fixture build of the package whose main entry imports a
// Node built-in (the classic regression of a data package) runs through the same harness. Node,
// Deno and Bun implement `node:fs`, so it is the edge runtime and the browser that must fail,
// each naming itself and the built-in.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  browserReport,
  bunEsm,
  denoWithNodeModules,
  label,
  workerdAnswers,
} from './support/harness.js';
import type { Report } from './support/report.js';

const context = inject('runtimes');

describe('a build whose main entry imports node:fs (fixture)', () => {
  let fixture = '';
  beforeAll(() => {
    fixture = join(context.work, 'fixture-node-builtin');
    cpSync(context.npmProject, fixture, { recursive: true });
    const entry = join(fixture, 'node_modules', context.packageName, 'dist', 'index.js');
    writeFileSync(entry, `import { readFileSync } from 'node:fs';\n${readFileSync(entry, 'utf8')}`);
  });

  it('still loads in Node, Deno and Bun, which implement node:fs: the Node tests alone would not catch it', () => {
    const node = JSON.parse(
      execFileSync(process.execPath, [join(fixture, 'node', 'reference.mjs')], {
        cwd: fixture,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }),
    ) as Report;
    expect(node.runtime.name).toBe('node');
    expect(denoWithNodeModules(context, fixture).runtime.name).toBe('deno');
    expect(bunEsm(context, fixture).runtime.name).toBe('bun');
  });

  it('fails in workerd, naming workerd and the built-in', async () => {
    const failure = workerdAnswers(context, fixture);
    await expect(failure).rejects.toThrow(label.workerd(context));
    await expect(failure).rejects.toThrow('node:fs');
  });

  it('fails in the browser, naming Chromium and the built-in', async () => {
    const failure = browserReport(context, fixture);
    await expect(failure).rejects.toThrow(/^Chromium \d+/);
    await expect(failure).rejects.toThrow('node:fs');
  });
});
