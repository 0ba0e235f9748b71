// Once per `npm run test:runtimes`: install the pinned runtimes (cached), pack the package, start
// a registry on 127.0.0.1 that serves the tarball and zod, install both into a project with npm,
// and run the probe there in Node to get the results every other runtime must match.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../../support/built-package.js';
import { bare, printingEsm, writeEntry } from './entries.js';
import { installRuntimes, pinnedVersions } from './install-runtimes.js';
import { startLocalRegistry } from './local-registry.js';
import type { Report, RuntimesContext } from './report.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function pack(args: readonly string[], destination: string): string {
  const [packed] = JSON.parse(
    execFileSync(
      npm,
      [
        'pack',
        '--json',
        '--ignore-scripts',
        '--loglevel=error',
        '--pack-destination',
        destination,
        ...args,
      ],
      { cwd: projectRoot, encoding: 'utf8' },
    ),
  ) as { filename: string }[];
  if (packed === undefined) throw new Error(`npm pack ${args.join(' ')} made no tarball`);
  return join(destination, packed.filename);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const binaries = installRuntimes();
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    devDependencies: Record<string, string>;
  };
  const zodVersion = manifest.devDependencies.zod;
  if (zodVersion === undefined)
    throw new Error(
      'package.json pins no zod in devDependencies; the runtime tests install that version',
    );

  const work = mkdtempSync(join(tmpdir(), 'bde-runtimes-'));
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const tarball = pack([], tarballs);
  const zodTarball = pack([`zod@${zodVersion}`], tarballs);
  const registry = await startLocalRegistry([tarball, zodTarball]);

  const npmProject = join(work, 'npm-project');
  mkdirSync(npmProject);
  writeFileSync(
    join(npmProject, 'package.json'),
    JSON.stringify({ name: 'npm-consumer', private: true, version: '0.0.0' }),
  );
  // Asynchronously: the registry answers from this very process.
  await promisify(execFile)(
    npm,
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
      `--registry=${registry.url}`,
      `${manifest.name}@${manifest.version}`,
      `zod@${zodVersion}`,
    ],
    {
      cwd: npmProject,
    },
  );
  const entry = writeEntry(
    join(npmProject, 'node'),
    'reference.mjs',
    printingEsm(bare(manifest.name)),
  );
  const reference = JSON.parse(
    execFileSync(process.execPath, [entry], {
      cwd: npmProject,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as Report;

  const context: RuntimesContext = {
    work,
    tarball,
    packageName: manifest.name,
    packageVersion: manifest.version,
    zodVersion,
    registry: registry.url,
    npmProject,
    binaries,
    versions: pinnedVersions(),
    reference,
  };
  project.provide('runtimes', context);
  return async () => {
    await registry.close();
    rmSync(work, { recursive: true, force: true });
  };
}
