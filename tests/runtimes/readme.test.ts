// The README's Compatibility section shows one line of code per runtime: each is run here, in its
// runtime, from the packed package. The Deno and Bun lines must print what Node prints for the
// same line; the Worker must answer with the statistics' CSV; the page must take the headline.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../support/built-package.js';
import { bunProject, label, runBun, runDeno, withPage, withWorker } from './support/harness.js';

const context = inject('runtimes');

/** The fenced blocks of the README's "## Compatibility" section, in order. */
function runtimesBlocks(): { language: string; code: string }[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Compatibility\n')) ?? '';
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({
    language: match[1] ?? '',
    code: match[2] ?? '',
  }));
}

const [deno, bun, worker, page] = runtimesBlocks();

function write(folder: string, file: string, contents: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, file), contents);
  return join(folder, file);
}

/** What Node prints for the same code, run from the project that npm installed. */
function inNode(code: string, name: string): string {
  const file = write(
    join(context.npmProject, 'readme'),
    name,
    code.replaceAll(`npm:${context.packageName}`, context.packageName),
  );
  return execFileSync(process.execPath, [file], {
    cwd: context.npmProject,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

describe('the README’s lines for each runtime', () => {
  it('has four: Deno, Bun, a Worker, a page', () => {
    expect([deno, bun, worker, page].map((block) => block?.language)).toEqual([
      'js',
      'js',
      'js',
      'html',
    ]);
  });

  it(`runs the Deno line in ${label.deno(context)}`, () => {
    const folder = join(context.work, 'readme-deno');
    const stdout = runDeno(
      context,
      'the README’s Deno line',
      [write(folder, 'main.js', deno?.code ?? '')],
      folder,
    );
    expect(stdout.trim()).not.toBe('');
    expect(stdout).toBe(inNode(deno?.code ?? '', 'deno.mjs'));
  });

  it(`runs the Bun line in ${label.bun(context)}`, () => {
    const project = bunProject(context);
    const stdout = runBun(
      context,
      'the README’s Bun line',
      [write(project, 'main.js', bun?.code ?? '')],
      project,
    );
    expect(stdout.trim()).not.toBe('');
    expect(stdout).toBe(inNode(bun?.code ?? '', 'bun.mjs'));
  });

  it(`serves the Worker line in ${label.workerd(context)}`, async () => {
    const answer = await withWorker(
      context,
      join(context.npmProject, 'readme-worker'),
      worker?.code ?? '',
      (get) => get('/'),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(context.reference.csv);
  });

  it('loads the page in Chromium', async () => {
    // A second module script runs after the README's, in document order, and marks the page ready.
    write(
      join(context.npmProject, 'readme-page'),
      'index.html',
      `${page?.code ?? ''}<script type="module">window.settled = true;</script>\n`,
    );
    const title = await withPage(
      context.npmProject,
      'readme-page/index.html',
      'settled',
      (opened) => opened.title(),
    );
    expect(title).toBe(context.reference.summary.headline);
  });
});
