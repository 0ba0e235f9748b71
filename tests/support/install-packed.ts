import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './built-package.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Packs the built package with `npm pack`, as a user receives it, and installs the tarball into
 * a new empty project. Returns that project's folder.
 */
export function installPacked(): string {
  const work = mkdtempSync(join(tmpdir(), 'bde-consumer-'));
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: projectRoot, encoding: 'utf8' }),
  ) as { filename: string }[];
  if (packed === undefined) throw new Error('npm pack made no tarball');
  const project = join(work, 'consumer');
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, packed.filename)], {
    cwd: project,
    stdio: 'pipe',
  });
  return project;
}
