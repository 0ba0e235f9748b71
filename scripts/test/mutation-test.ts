// `npm run test:mutation [-- <Stryker options>]`: runs Stryker (stryker.config.mjs), then reads
// its JSON report and fails when a module scores under the floor, naming each, and lists every
// mutant disabled in the code with the reason written beside it. Stryker itself fails below its
// `thresholds.break` for the whole of src/; it has no such limit per module.
//
// `-- --mutate src/a.ts,src/b.ts` tests only those modules. Such a run writes its incremental
// state to .tmp/ (seeded from the committed state), never to the committed file: a report of a
// few modules would otherwise replace the state of all of them.
// `-- --check-only` reads the last report without running Stryker.
// `-- --record` keeps the run's wall time in docs/performance-mutation.json and
// docs/performance.md: a run that tests every mutant (`--force`) as the full run, a run that
// reuses every result as the run on an unchanged tree, any other as the run after a change.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PartialStrykerOptions } from '@stryker-mutator/api/core';
import { checkReport, readReport, totalScore } from './mutation-report.js';
import { recordMutationRun, runOf } from './mutation-timing.js';

const REPORT = 'reports/mutation/mutation.json';
const STATE = 'stryker-incremental.json';
const PARTIAL_STATE = '.tmp/stryker-incremental-partial.json';
const root = fileURLToPath(new URL('../../', import.meta.url));
const strykerBin = join(
  dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json')),
  'bin/stryker.js',
);

/**
 * Runs Stryker; resolves to its exit code and, when `keep`, its standard output, which is passed
 * through a pipe then (so that Stryker shows dots, not a progress bar).
 */
function stryker(
  args: readonly string[],
  keep: boolean,
): Promise<{ status: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [strykerBin, 'run', ...args], {
      stdio: ['inherit', keep ? 'pipe' : 'inherit', 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

/** Stryker's "N of M mutant result(s) are reused", from its output; none when it had no state. */
function reused(output: string): number {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  return Number(/(\d+) of \d+ mutant result\(s\) are reused/.exec(plain)?.[1] ?? 0);
}

async function main(given: readonly string[]): Promise<number> {
  const record = given.includes('--record');
  const args = given.filter((arg) => arg !== '--record');
  const partial = args.some((arg) => arg === '--mutate' || arg === '-m');
  const started = Date.now();
  let output = '';
  let strykerStatus = 0;
  if (!args.includes('--check-only')) {
    const extra: string[] = [];
    if (partial && !args.includes('--incrementalFile')) {
      mkdirSync('.tmp', { recursive: true });
      if (!existsSync(PARTIAL_STATE) && existsSync(STATE)) copyFileSync(STATE, PARTIAL_STATE);
      extra.push('--incrementalFile', PARTIAL_STATE);
    }
    const run = await stryker([...extra, ...args], record);
    output = run.output;
    strykerStatus = run.status;
    if (!existsSync(REPORT) || statSync(REPORT).mtimeMs < started) {
      console.error(`Stryker wrote no report (${REPORT}); see its output above.`);
      return strykerStatus || 1;
    }
  }
  const report = readReport(REPORT);
  const { ok, lines } = checkReport(report);
  console.log(lines.join('\n'));
  // A run under the threshold still took its time: it is recorded with its score, as any
  // complete run is (the report above is this run's, or main would have returned).
  if (record) {
    const statuses = Object.values(report.files).flatMap((file) =>
      file.mutants.map((m) => m.status),
    );
    const { kind, mutants, tested } = runOf(statuses, reused(output));
    if (partial || args.includes('--check-only')) {
      console.log('Not recorded: only a run of all of src/ is.');
    } else {
      const { default: config } = (await import(
        pathToFileURL(join(root, 'stryker.config.mjs')).href
      )) as { default: PartialStrykerOptions };
      const at = args.findIndex((arg) => arg === '--concurrency' || arg === '-c');
      recordMutationRun(root, kind, {
        measured: new Date().toISOString().slice(0, 10),
        node: process.version,
        cpus: cpus().length,
        concurrency: Number(at >= 0 ? args[at + 1] : (config.concurrency ?? cpus().length)),
        durationMs: Date.now() - started,
        mutants,
        tested,
        score: totalScore(report),
      });
    }
  }
  return strykerStatus || (ok ? 0 : 1);
}

process.chdir(root);
process.exitCode = await main(process.argv.slice(2));
