// How long a contributor waits: `npm run build` from a clean dist/, and the whole `npm test`, in
// a given checkout. Wall time, one run each; the benchmark reports them beside the machine.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export interface DevelopmentSpeed {
  /** Milliseconds of `npm run build` from an empty dist/. */
  readonly buildMs: number;
  /** Milliseconds of `npm test`, build included. */
  readonly testMs: number;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function timed(cwd: string, args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(npm, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  if (result.status !== 0)
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${result.stderr.slice(-2000)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Times a clean build, then the whole test command, in the checkout at `cwd`. */
export function measureDevelopmentSpeed(cwd: string): DevelopmentSpeed {
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  const buildMs = timed(cwd, ['run', 'build', '--silent']);
  const testMs = timed(cwd, ['test', '--silent']);
  return { buildMs, testMs };
}
