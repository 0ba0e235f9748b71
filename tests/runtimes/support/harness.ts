// Runs the probe in each runtime the way that runtime's users load the package. Every failure is a
// RuntimeFailure whose message starts with the runtime and its version, so that a red run says
// where the package broke, not only that it did.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../support/chromium.js';
import { bare, esmImports, printingEsm, writeEntry, type Specifiers } from './entries.js';
import { versionText } from './install-runtimes.js';
import { freePort, serveStatic } from './loopback.js';
import type { Report, RuntimesContext } from './report.js';

/** A step that failed in one runtime; `runtime` is e.g. "Deno 2.9.6". */
export class RuntimeFailure extends Error {
  override readonly name = 'RuntimeFailure';
  constructor(
    readonly runtime: string,
    step: string,
    detail: string,
  ) {
    super(`${runtime}: ${step}\n${detail.trim()}`);
  }
}

export const label = {
  deno: (context: RuntimesContext) => `Deno ${context.versions.deno}`,
  bun: (context: RuntimesContext) => `Bun ${context.versions.bun}`,
  workerd: (context: RuntimesContext) => `workerd ${context.versions.workerd}`,
};

/** The last `limit` characters: enough of a stack or log to see what broke. */
const tail = (text: string, limit = 4000) =>
  text.length > limit ? `…${text.slice(-limit)}` : text;

/** Runs a command to its end (at most two minutes); throws a RuntimeFailure unless it exits 0. */
function run(
  runtime: string,
  step: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): string {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error !== undefined)
    throw new RuntimeFailure(runtime, `${step}: could not run ${command}`, String(result.error));
  if (result.status !== 0)
    throw new RuntimeFailure(
      runtime,
      `${step} exited with ${result.status ?? result.signal}`,
      tail(`${result.stderr}\n${result.stdout}`),
    );
  return result.stdout;
}

/** The report that a printing entry wrote as its last line. */
function reportFrom(runtime: string, step: string, stdout: string): Report {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as Report;
  } catch {
    throw new RuntimeFailure(runtime, `${step} printed no report`, tail(stdout));
  }
}

// ---------------------------------------------------------------------------------------- Deno

function denoEnvironment(context: RuntimesContext): NodeJS.ProcessEnv {
  // A fresh DENO_DIR per run: the tarball's version does not change between builds, so a shared
  // cache would serve yesterday's package.
  return {
    DENO_DIR: join(context.work, 'deno-dir'),
    NPM_CONFIG_REGISTRY: context.registry,
    DENO_NO_UPDATE_CHECK: '1',
  };
}

/** `deno run <args>` with this run's DENO_DIR and registry; returns stdout. */
export function runDeno(
  context: RuntimesContext,
  step: string,
  args: readonly string[],
  cwd: string,
): string {
  return run(label.deno(context), step, context.binaries.deno, ['run', '--quiet', ...args], {
    cwd,
    env: denoEnvironment(context),
  });
}

/** `bun <args>`; returns stdout. */
export function runBun(
  context: RuntimesContext,
  step: string,
  args: readonly string[],
  cwd: string,
): string {
  return run(label.bun(context), step, context.binaries.bun, args, { cwd });
}

/** Deno through `npm:` specifiers, fetched from the registry into Deno's own cache (no package.json). */
export function denoWithNpmSpecifiers(context: RuntimesContext): Report {
  const folder = join(context.work, 'deno-npm');
  const npmSpecifiers: Specifiers = (subpath) =>
    `npm:${context.packageName}@${context.packageVersion}${subpath}`;
  // zod is an optional peer: Deno resolves it from the program's own imports, so a user who
  // validates imports it too (README, Runtimes).
  const entry = writeEntry(
    folder,
    'main.mjs',
    `import 'npm:zod@${context.zodVersion}';\n${printingEsm(npmSpecifiers)}`,
  );
  const step = 'deno run of npm: specifiers';
  return reportFrom(label.deno(context), step, runDeno(context, step, [entry], folder));
}

/** Deno in a project that npm installed: bare specifiers resolved from its node_modules. */
export function denoWithNodeModules(
  context: RuntimesContext,
  project = context.npmProject,
): Report {
  const entry = writeEntry(
    join(project, 'deno'),
    'main.mjs',
    printingEsm(bare(context.packageName)),
  );
  const step = 'deno run from node_modules';
  return reportFrom(
    label.deno(context),
    step,
    runDeno(context, step, ['--no-lock', entry], project),
  );
}

/** `deno run npm:beijing-digital-economy <args>`: the tarball's CLI fetched and run by Deno. */
export function denoCli(context: RuntimesContext, args: readonly string[]): string {
  const folder = join(context.work, 'deno-cli');
  mkdirSync(folder, { recursive: true });
  return runDeno(
    context,
    `deno run npm:${context.packageName} ${args.join(' ')}`,
    [`npm:${context.packageName}@${context.packageVersion}`, ...args],
    folder,
  );
}

// ----------------------------------------------------------------------------------------- Bun

/** `bun add` of the tarball and zod (from the local registry) into a new project; returns it. */
export function bunProject(context: RuntimesContext): string {
  const project = join(context.work, 'bun-project');
  mkdirSync(project, { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'bun-consumer', private: true, version: '0.0.0' }),
  );
  run(
    label.bun(context),
    'bun add of the tarball',
    context.binaries.bun,
    ['add', context.tarball, `zod@${context.zodVersion}`],
    {
      cwd: project,
      env: {
        BUN_CONFIG_REGISTRY: context.registry,
        BUN_INSTALL_CACHE_DIR: join(context.work, 'bun-cache'),
      },
    },
  );
  return project;
}

/** Bun running an ES module that imports the package (JSON with an import attribute). */
export function bunEsm(context: RuntimesContext, project: string): Report {
  const entry = writeEntry(project, 'esm.mjs', printingEsm(bare(context.packageName)));
  return reportFrom(
    label.bun(context),
    'bun esm.mjs',
    runBun(context, 'bun esm.mjs', [entry], project),
  );
}

/** Bun running a CommonJS script that `require`s the package, its schema and its JSON. */
export function bunRequire(context: RuntimesContext, project: string): Report {
  const name = JSON.stringify(context.packageName);
  const entry = writeEntry(
    project,
    'require.cjs',
    `const main = require(${name});
const schema = require(${JSON.stringify(`${context.packageName}/schema`)});
const json = require(${JSON.stringify(`${context.packageName}/article.json`)});
const { probe } = require('./probe.mjs');
console.log(JSON.stringify(probe({ main, schema, json })));
`,
  );
  return reportFrom(
    label.bun(context),
    'bun require.cjs',
    runBun(context, 'bun require.cjs', [entry], project),
  );
}

/** `bunx --bun beijing-digital-economy <args>` in the project: the installed CLI, run by Bun rather than the node of its shebang. */
export function bunxCli(
  context: RuntimesContext,
  project: string,
  args: readonly string[],
): string {
  return runBun(
    context,
    `bunx --bun ${context.packageName} ${args.join(' ')}`,
    ['x', '--bun', context.packageName, ...args],
    project,
  );
}

// ------------------------------------------------------------------------------------- workerd

/** The module worker: statistics as CSV, the article as JSON-LD, and the probe's report. */
const workerSource = (specifiers: Specifiers) => `${esmImports(specifiers)}
export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (pathname === '/statistics.csv') return new Response(main.toCSV(main.statistics), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
    if (pathname === '/article.jsonld') return new Response(JSON.stringify(main.toJSONLD(main.article)), { headers: { 'content-type': 'application/ld+json' } });
    if (pathname === '/probe') return Response.json(probe({ main, schema, json }));
    return new Response('not found', { status: 404 });
  },
};
`;

/** Bundles a worker with esbuild the way the Workers toolchain (Wrangler) does: ESM, the `workerd`/`worker`/`browser` conditions, no Node polyfills. */
async function bundleWorker(runtime: string, folder: string, source: string): Promise<string> {
  const entry = writeEntry(folder, 'worker.mjs', source);
  const outfile = join(folder, 'dist', 'worker.js');
  try {
    await esbuild.build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['browser', 'module', 'main'],
      logLevel: 'silent',
    });
  } catch (error) {
    const errors = (error as { errors?: esbuild.Message[] }).errors ?? [];
    throw new RuntimeFailure(
      runtime,
      'esbuild could not bundle the worker',
      errors.map((message) => `${message.location?.file ?? ''}: ${message.text}`).join('\n') ||
        String(error),
    );
  }
  return outfile;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
}

/**
 * Bundles the module worker `source` (written into `folder`, inside a project whose node_modules
 * it imports from), serves it with `workerd serve` on 127.0.0.1, hands `use` a way to GET a path,
 * and stops the server. The server is also killed by a timeout, should the test die first.
 */
export async function withWorker<T>(
  context: RuntimesContext,
  folder: string,
  source: string,
  use: (get: (path: string) => Promise<Answer>) => Promise<T>,
): Promise<T> {
  const runtime = label.workerd(context);
  const bundle = await bundleWorker(runtime, folder, source);
  const port = await freePort();
  const config = join(folder, 'config.capnp');
  writeFileSync(
    config,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed ${JSON.stringify(relative(folder, bundle))}) ],
  compatibilityDate = "${versionText('workerd', context.versions.workerd)}",
);
`,
  );
  const server = spawn(context.binaries.workerd, ['serve', config], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const get = async (path: string): Promise<Answer> => {
    const response = await fetch(`${origin}${path}`);
    const answer = {
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: await response.text(),
    };
    if (answer.status >= 500)
      throw new RuntimeFailure(
        runtime,
        `the worker answered ${path} with ${answer.status}`,
        tail(`${answer.body}\n${log}`),
      );
    return answer;
  };
  try {
    for (let tries = 0; ; tries += 1) {
      if (server.exitCode !== null || server.signalCode !== null)
        throw new RuntimeFailure(
          runtime,
          `workerd serve stopped (${server.exitCode ?? server.signalCode}) before it answered`,
          tail(log),
        );
      try {
        await fetch(`${origin}/`);
        break;
      } catch {
        if (tries >= 150)
          throw new RuntimeFailure(runtime, 'workerd serve did not answer within 15 s', tail(log));
        await sleep(100);
      }
    }
    return await use(get);
  } finally {
    server.kill();
    await Promise.race([exited, sleep(5_000)]);
  }
}

export interface WorkerdAnswers {
  readonly csv: Answer;
  readonly jsonld: Answer;
  readonly report: Report;
}

/** The probe's worker in `project`: its CSV, JSON-LD and report. */
export function workerdAnswers(
  context: RuntimesContext,
  project = context.npmProject,
): Promise<WorkerdAnswers> {
  return withWorker(
    context,
    join(project, 'workerd'),
    workerSource(bare(context.packageName)),
    async (get) => ({
      csv: await get('/statistics.csv'),
      jsonld: await get('/article.jsonld'),
      report: JSON.parse((await get('/probe')).body) as Report,
    }),
  );
}

// ------------------------------------------------------------------------------------- Browser

interface ExportsEntry {
  readonly import?: string | { readonly default?: string };
  readonly default?: string;
}

/** Where a package's exports map sends `import` of `subpath`, as a path inside the package. */
function importTarget(
  manifest: { exports?: Record<string, string | ExportsEntry> },
  subpath: string,
): string {
  const entry = manifest.exports?.[subpath];
  const target =
    typeof entry === 'string'
      ? entry
      : typeof entry?.import === 'string'
        ? entry.import
        : (entry?.import?.default ?? entry?.default);
  if (target === undefined) throw new Error(`the exports map has no import target for ${subpath}`);
  return target.replace(/^\.\//, '');
}

/** The import map of the page: each subpath to the file the package's exports map names. */
async function importMap(project: string, packageName: string): Promise<Record<string, string>> {
  const { readFile } = await import('node:fs/promises');
  const manifestOf = async (name: string) =>
    JSON.parse(await readFile(join(project, 'node_modules', name, 'package.json'), 'utf8')) as {
      exports?: Record<string, string | ExportsEntry>;
    };
  const own = await manifestOf(packageName);
  const zod = await manifestOf('zod');
  const url = (name: string, path: string) => `/node_modules/${name}/${path}`;
  return {
    [packageName]: url(packageName, importTarget(own, '.')),
    [`${packageName}/schema`]: url(packageName, importTarget(own, './schema')),
    [`${packageName}/article.json`]: url(packageName, importTarget(own, './article.json')),
    zod: url('zod', importTarget(zod, '.')),
  };
}

/** A page that loads the packed `dist/index.js` as a module through an import map, no bundler. */
const pageSource = (imports: Record<string, string>, specifiers: Specifiers) => `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>beijing-digital-economy in a browser</title>
<link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports }, null, 2)}</script>
<!-- A module graph that cannot load fires "error" at its script element (and runs nothing). -->
<script type="module" onerror="window.loadError = true">
${esmImports(specifiers)}
window.report = probe({ main, schema, json });
document.querySelector('output').textContent = \`\${main.statistics.length} statistics loaded; \${main.formatStatistic(main.statistics[0])}\`;
</script>
<output>loading…</output>
</html>
`;

/**
 * Serves `project` on 127.0.0.1, opens `page` (a path under it) in headless Chromium, waits until
 * the page sets `window[ready]` and hands the page to `use`. Fails naming Chromium and its
 * version, with the page's errors, when the page sets `window.loadError` or an error escapes.
 */
export async function withPage<T>(
  project: string,
  path: string,
  ready: string,
  use: (page: Page, runtime: string) => Promise<T>,
): Promise<T> {
  const server = await serveStatic(project);
  const browser = await launchChromium();
  const runtime = `Chromium ${browser.version()}`;
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    const failed = new Promise<void>((resolve) => {
      page.on('pageerror', (error) => {
        problems.push(`page error: ${error.message}`);
        resolve();
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    });
    await page.goto(`${server.url}${path}`);
    const loaded = page
      .waitForFunction((name) => name in globalThis || 'loadError' in globalThis, ready, {
        timeout: 15_000,
      })
      .then(() => page.evaluate((name) => name in globalThis, ready));
    const outcome = await Promise.race([loaded, failed.then(() => false)]).catch(
      (error: unknown) => {
        problems.push(String(error));
        return false;
      },
    );
    if (!outcome)
      throw new RuntimeFailure(runtime, 'the page could not load the package', problems.join('\n'));
    return await use(page, runtime);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The probe's page in `project`: its report, and which Chromium ran it. */
export async function browserReport(
  context: RuntimesContext,
  project = context.npmProject,
): Promise<{ report: Report; browser: string }> {
  writeEntry(
    join(project, 'browser'),
    'index.html',
    pageSource(await importMap(project, context.packageName), bare(context.packageName)),
  );
  return withPage(project, 'browser/index.html', 'report', async (page, browser) => ({
    report: (await page.evaluate(
      () => (globalThis as unknown as { report: unknown }).report,
    )) as Report,
    browser,
  }));
}
