import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Packs the built package into `destination` (`npm pack`, no scripts); returns the tarball's path. */
export function packTarball(destination: string): string {
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as { filename: string }[];
  if (packed === undefined) throw new Error('npm pack made no tarball');
  return join(destination, packed.filename);
}
