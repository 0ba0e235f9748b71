// Packs the built package once per test run and installs the tarball into two empty projects:
// one with zod beside it (what most users have), one without (zod is an optional peer). The
// package tests share them through `inject`, instead of packing and installing once per file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { npm, packTarball } from '../../scripts/build/pack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packed tarball, or '' when the package was not built. */
    packedTarball: string;
    /** A project with the tarball and zod installed. */
    consumerWithZod: string;
    /** A project with the tarball alone installed. */
    consumerWithoutZod: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));

function consumer(work: string, name: string, packages: readonly string[]): string {
  const project = join(work, name);
  mkdirSync(project, { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name, private: true, version: '0.0.0' }),
  );
  execFileSync(
    npm,
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...packages],
    { cwd: project, stdio: 'pipe' },
  );
  return project;
}

export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'bde-packed-'));
  // An unbuilt tree has nothing to pack; the package tests then say to build first.
  // BDE_SKIP_PACK=1 saves the few seconds when running other test files alone.
  const needed = existsSync(join(root, 'dist/index.js')) && process.env.BDE_SKIP_PACK !== '1';
  let tarball = '';
  let withZod = '';
  let withoutZod = '';
  if (needed) {
    tarball = packTarball(work);
    const zodVersion = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies.zod;
    withZod = consumer(work, 'with-zod', [tarball, `zod@${String(zodVersion)}`]);
    withoutZod = consumer(work, 'without-zod', [tarball]);
  }
  project.provide('packedTarball', tarball);
  project.provide('consumerWithZod', withZod);
  project.provide('consumerWithoutZod', withoutZod);
  return () => rmSync(work, { recursive: true, force: true });
}
