// CI's supply-chain check: audit what a user installs, not this repository's lock file (where zod
// is only a dev dependency, so `npm audit --omit=dev` here checks nothing). The built package is
// packed, installed from its tarball with its zod peer (the newest version the peer range allows,
// as a user gets it) into a scratch project, and `npm audit` runs there.
//   tsx scripts/audit-installed.ts          pack, install, audit; exits with npm audit's status
//   tsx scripts/audit-installed.ts --list   pack, install, print what the audit covers
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npm, packTarball } from './pack.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A scratch project with the packed package and its zod peer installed; the caller removes it. */
export function installAsAUser(): string {
  const work = mkdtempSync(join(tmpdir(), 'bde-audit-'));
  const tarball = packTarball(work);
  const { peerDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    peerDependencies: Record<string, string>;
  };
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'audit-scratch', private: true, version: '0.0.0' }),
  );
  const peers = Object.entries(peerDependencies).map(([name, range]) => `${name}@${range}`);
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...peers], {
    cwd: project,
    stdio: 'pipe',
  });
  return project;
}

/** Every package installed in `project` that a user's production install holds, `name@version`. */
export function installedPackages(project: string): string[] {
  const tree = JSON.parse(
    execFileSync(npm, ['ls', '--all', '--omit=dev', '--json'], { cwd: project, encoding: 'utf8' }),
  ) as { dependencies?: Record<string, unknown> };
  const found = new Set<string>();
  const visit = (dependencies: Record<string, unknown> | undefined) => {
    for (const [name, node] of Object.entries(dependencies ?? {})) {
      const { version, dependencies: nested } = node as {
        version?: string;
        dependencies?: Record<string, unknown>;
      };
      found.add(`${name}@${version ?? '?'}`);
      visit(nested);
    }
  };
  visit(tree.dependencies);
  return [...found].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const project = installAsAUser();
  try {
    const packages = installedPackages(project);
    console.log(`audit-installed: a user's install holds ${packages.join(', ')}`);
    if (!process.argv.includes('--list')) {
      const audit = spawnSync(npm, ['audit', '--omit=dev'], { cwd: project, stdio: 'inherit' });
      process.exitCode = audit.status ?? 1;
    }
  } finally {
    rmSync(join(project, '..'), { recursive: true, force: true });
  }
}
