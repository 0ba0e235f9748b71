// `npm run test:mutation [-- <Stryker options>]`: runs Stryker (stryker.config.mjs), then reads
// its JSON report and fails when a module scores under the floor, naming each, and lists every
// mutant disabled in the code with the reason written beside it. Stryker itself fails below its
// `thresholds.break` for the whole of src/; it has no such limit per module.
//
// `-- --mutate src/a.ts,src/b.ts` tests only those modules. Such a run writes its incremental
// state to .tmp/ (seeded from the committed state), never to the committed file: a report of a
// few modules would otherwise replace the state of all of them.
// `-- --check-only` reads the last report without running Stryker.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReport, readReport } from './lib/mutation-report.js';

const REPORT = 'reports/mutation/mutation.json';
const STATE = 'stryker-incremental.json';
const PARTIAL_STATE = '.tmp/stryker-incremental-partial.json';

const strykerPackage = dirname(
  createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json'),
);

function main(args: readonly string[]): number {
  let strykerStatus = 0;
  const started = Date.now();
  if (!args.includes('--check-only')) {
    const partial = args.some(
      (arg) => arg === '--mutate' || arg === '-m' || arg.startsWith('--mutate='),
    );
    const extra: string[] = [];
    if (partial && !args.includes('--incrementalFile')) {
      mkdirSync('.tmp', { recursive: true });
      if (!existsSync(PARTIAL_STATE) && existsSync(STATE)) copyFileSync(STATE, PARTIAL_STATE);
      extra.push('--incrementalFile', PARTIAL_STATE);
    }
    const stryker = spawnSync(
      process.execPath,
      [join(strykerPackage, 'bin/stryker.js'), 'run', ...extra, ...args],
      { stdio: 'inherit' },
    );
    if (stryker.error) throw stryker.error;
    strykerStatus = stryker.status ?? 1;
    if (!existsSync(REPORT) || statSync(REPORT).mtimeMs < started) {
      console.error(`Stryker wrote no report (${REPORT}); see its output above.`);
      return strykerStatus || 1;
    }
  }
  const { ok, lines } = checkReport(readReport(REPORT));
  console.log(lines.join('\n'));
  return strykerStatus !== 0 ? strykerStatus : ok ? 0 : 1;
}

process.chdir(fileURLToPath(new URL('../', import.meta.url)));
process.exitCode = main(process.argv.slice(2));
