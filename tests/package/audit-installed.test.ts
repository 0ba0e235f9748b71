// CI audits what a user installs: the packed package and its zod peer, in a scratch project.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedPackages, readAuditOutcome } from '../../scripts/build/audit-installed.js';
import { projectRoot } from '../support/built-package.js';
import { installPacked } from '../support/install-packed.js';

const ci = readFileSync(join(projectRoot, '.ci/run'), 'utf8')
  .split('\n')
  .filter((line) => !line.trimStart().startsWith('#'));

describe('the supply-chain audit of CI', () => {
  it('runs on a scratch install of the packed package, not on this repository', () => {
    expect(ci).toContain('npx tsx scripts/build/audit-installed.ts');
    expect(ci.filter((line) => /\bnpm audit\b/.test(line))).toEqual([]);
  });

  it('covers the package and zod there, where this repository’s production tree is empty', () => {
    const project = join(installPacked('audit-installed'), '..');
    const names = installedPackages(project).map((entry) => entry.replace(/@[^@]*$/, ''));
    expect(names).toEqual(expect.arrayContaining(['beijing-digital-economy', 'zod']));
    const own = JSON.parse(
      execFileSync('npm', ['ls', '--all', '--omit=dev', '--json'], {
        cwd: projectRoot,
        encoding: 'utf8',
      }),
    ) as { dependencies?: object };
    expect(Object.keys(own.dependencies ?? {})).toEqual([]);
  });
});

describe('readAuditOutcome', () => {
  const answer = (name: string) =>
    readFileSync(join(projectRoot, 'tests/fixtures/npm-audit', name), 'utf8');

  it('counts the vulnerable packages of a report, so that CI fails on any', () => {
    expect(readAuditOutcome(answer('one-advisory.json'))).toEqual({
      kind: 'report',
      vulnerable: ['zod'],
    });
  });

  it('passes a report with nothing vulnerable', () => {
    expect(readAuditOutcome(answer('clean.json'))).toEqual({
      kind: 'report',
      vulnerable: [],
    });
  });

  it('tells a refused endpoint from a report, keeping the refusal as the reason', () => {
    expect(readAuditOutcome(answer('refused-405.json'))).toEqual({
      kind: 'unavailable',
      reason:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
  });

  it('never reads output that is not JSON as a clean report', () => {
    expect(readAuditOutcome('npm error audit endpoint returned an error')).toMatchObject({
      kind: 'unavailable',
    });
    expect(readAuditOutcome('null')).toMatchObject({ kind: 'unavailable' });
  });
});
