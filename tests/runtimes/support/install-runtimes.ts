// Installs Deno, Bun and workerd from the npm registry, as their makers publish them (each one a
// package whose platform package carries the binary), into a cache folder outside the project, so
// that `npm install` of the project stays lean and a second run downloads nothing.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type RuntimeName = 'deno' | 'bun' | 'workerd';

export const RUNTIME_NAMES: readonly RuntimeName[] = ['deno', 'bun', 'workerd'];

/** The pinned versions, from the one file that the README test reads too. */
export function pinnedVersions(): Readonly<Record<RuntimeName, string>> {
  const file = fileURLToPath(new URL('../runtimes.json', import.meta.url));
  const pinned = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(
    RUNTIME_NAMES.map((name) => {
      const version = pinned[name];
      if (typeof version !== 'string')
        throw new Error(`${file} has no version for ${name}; expected e.g. "${name}": "1.2.3"`);
      return [name, version];
    }),
  ) as Record<RuntimeName, string>;
}

/** Where the runtimes are kept: `BDE_RUNTIMES_CACHE`, else `$XDG_CACHE_HOME` or `~/.cache`. */
export function runtimesCache(): string {
  const fromEnvironment = process.env.BDE_RUNTIMES_CACHE;
  if (fromEnvironment !== undefined && fromEnvironment !== '') return fromEnvironment;
  const cacheHome =
    process.env.XDG_CACHE_HOME !== undefined && process.env.XDG_CACHE_HOME !== ''
      ? process.env.XDG_CACHE_HOME
      : join(homedir(), '.cache');
  return join(cacheHome, 'beijing-digital-economy', 'runtimes');
}

/**
 * Where each package keeps its binary, inside the platform package that npm picked for this
 * machine (`@deno/linux-x64-glibc/deno`, `@oven/bun-linux-x64/bin/bun`,
 * `@cloudflare/workerd-linux-64/bin/workerd`). The install scripts only copy these binaries
 * elsewhere, so they are skipped and the binary is taken from where the registry put it.
 */
const PLATFORM_BINARY: Record<RuntimeName, { scope: string; prefix: string; file: string }> = {
  deno: { scope: '@deno', prefix: '', file: 'deno' },
  bun: { scope: '@oven', prefix: 'bun-', file: 'bin/bun' },
  workerd: { scope: '@cloudflare', prefix: 'workerd-', file: 'bin/workerd' },
};

const exe = (file: string) => (process.platform === 'win32' ? `${file}.exe` : file);

/** What `--version` must print: workerd names its release by date (1.20261117.1 is 2026-11-17). */
export function versionText(name: RuntimeName, version: string): string {
  if (name !== 'workerd') return version;
  const date = /^\d+\.(\d{4})(\d{2})(\d{2})\./.exec(version);
  if (date === null) throw new Error(`workerd version ${version} is not of the form 1.YYYYMMDD.N`);
  return `${date[1]}-${date[2]}-${date[3]}`;
}

function findBinary(name: RuntimeName, folder: string): string | undefined {
  const { scope, prefix, file } = PLATFORM_BINARY[name];
  const scopeFolder = join(folder, 'node_modules', scope);
  if (!existsSync(scopeFolder)) return undefined;
  return readdirSync(scopeFolder)
    .filter((entry) => entry.startsWith(prefix))
    .map((entry) => join(scopeFolder, entry, exe(file)))
    .find((path) => existsSync(path));
}

/** Throws unless `binary --version` names `version`. */
function checkVersion(name: RuntimeName, version: string, binary: string): void {
  const printed = execFileSync(binary, ['--version'], {
    encoding: 'utf8',
    env: { ...process.env, DENO_NO_UPDATE_CHECK: '1' },
  });
  if (!printed.includes(versionText(name, version))) {
    throw new Error(
      `${binary} --version printed ${JSON.stringify(printed.trim())}; expected ${name} ${version}`,
    );
  }
}

function install(name: RuntimeName, version: string, cache: string): string {
  const folder = join(cache, `${name}@${version}`);
  const found = findBinary(name, folder);
  if (found !== undefined && existsSync(join(folder, '.complete'))) return found;
  mkdirSync(cache, { recursive: true });
  // Installed beside, then renamed into place: a run that dies half-way leaves no broken cache,
  // and two runs at once do not write into the same folder.
  const staging = mkdtempSync(join(cache, `.${name}-`));
  try {
    writeFileSync(
      join(staging, 'package.json'),
      JSON.stringify({ name: `${name}-runtime`, private: true }),
    );
    execFileSync(
      process.platform === 'win32' ? 'npm.cmd' : 'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--no-package-lock',
        '--loglevel=error',
        `${name}@${version}`,
      ],
      {
        cwd: staging,
        stdio: 'pipe',
      },
    );
    const binary = findBinary(name, staging);
    if (binary === undefined) {
      throw new Error(
        `${name}@${version} installed no binary for ${process.platform}-${process.arch} under ${PLATFORM_BINARY[name].scope}/${PLATFORM_BINARY[name].prefix}*`,
      );
    }
    checkVersion(name, version, binary);
    writeFileSync(join(staging, '.complete'), `${name}@${version}\n`);
    rmSync(folder, { recursive: true, force: true });
    renameSync(staging, folder);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const installed = findBinary(name, folder);
  if (installed === undefined) throw new Error(`${name}@${version} vanished from ${folder}`);
  return installed;
}

/** Installs (or finds in the cache) each pinned runtime; returns the path of each binary. */
export function installRuntimes(): Readonly<Record<RuntimeName, string>> {
  const versions = pinnedVersions();
  const cache = runtimesCache();
  return Object.fromEntries(
    RUNTIME_NAMES.map((name) => [name, install(name, versions[name], cache)]),
  ) as Record<RuntimeName, string>;
}
