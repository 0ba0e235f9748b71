// CI's supply-chain check: audit what a user installs, not this repository's lock file (where zod
// is only a dev dependency, so `npm audit --omit=dev` here checks nothing). The built package is
// packed, installed from its tarball with its zod peer (the newest version the peer range allows,
// as a user gets it) into a scratch project, and `npm audit` runs there.
// A registry that refuses the advisory endpoint (a read-only mirror answers its POST with 405) gives
// no report at all: that is said plainly, with what went unaudited, and is not a failure, since no
// retry on such a machine would ever pass; a report that lists an advisory always fails.
//   tsx scripts/build/audit-installed.ts          pack, install, audit; exits 1 on any advisory
//   tsx scripts/build/audit-installed.ts --list   pack, install, print what the audit covers
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

/** What `npm audit --json` answered: a report, or no report because the endpoint refused. */
export type AuditOutcome =
  | { readonly kind: 'report'; readonly vulnerable: readonly string[] }
  | { readonly kind: 'unavailable'; readonly reason: string };

/**
 * Reads the output of `npm audit --json`. A report (it has `auditReportVersion`) names its
 * vulnerable packages; anything else is the endpoint's refusal, its first line kept as the reason.
 */
export function readAuditOutcome(json: string): AuditOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { kind: 'unavailable', reason: `npm audit printed no JSON: ${json.slice(0, 200)}` };
  }
  if (typeof parsed !== 'object' || parsed === null) {
    return { kind: 'unavailable', reason: `npm audit printed ${JSON.stringify(parsed)}` };
  }
  const answer = parsed as {
    auditReportVersion?: unknown;
    vulnerabilities?: Record<string, unknown>;
    message?: unknown;
  };
  if (answer.auditReportVersion === undefined) {
    const message =
      typeof answer.message === 'string' ? answer.message : 'no report and no message';
    return { kind: 'unavailable', reason: message.split('\n')[0] ?? message };
  }
  return { kind: 'report', vulnerable: Object.keys(answer.vulnerabilities ?? {}).sort() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const project = installAsAUser();
  try {
    const packages = installedPackages(project);
    console.log(`audit-installed: a user's install holds ${packages.join(', ')}`);
    if (!process.argv.includes('--list')) {
      const audit = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
        cwd: project,
        encoding: 'utf8',
      });
      const outcome = readAuditOutcome(audit.stdout);
      if (outcome.kind === 'unavailable') {
        console.log(
          `audit-installed: NOT AUDITED — the registry gave no advisory report (${outcome.reason}); ` +
            `${packages.join(', ')} went unchecked. Run it where the registry's audit endpoint answers.`,
        );
      } else if (outcome.vulnerable.length > 0) {
        console.error(
          `audit-installed: advisories for ${outcome.vulnerable.join(', ')}; see \`npm audit\` in a ` +
            `scratch install (tsx scripts/build/audit-installed.ts --list shows what it holds).`,
        );
        process.exitCode = 1;
      } else {
        console.log(`audit-installed: no known advisory for ${packages.join(', ')}`);
      }
    }
  } finally {
    rmSync(join(project, '..'), { recursive: true, force: true });
  }
}
