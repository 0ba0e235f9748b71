// A registry on 127.0.0.1 that serves only the tarballs it is given, in the npm registry's
// protocol: a packument per name and the tarballs themselves. Deno (`npm:` specifiers,
// `NPM_CONFIG_REGISTRY`) and Bun (`BUN_CONFIG_REGISTRY`) then fetch the packed package exactly as
// they would fetch a published one, and nothing else reaches the network.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename } from 'node:path';
import { startOnLoopback, type LoopbackServer } from './loopback.js';

interface Served {
  readonly name: string;
  readonly packument: (origin: string) => object;
  readonly file: string;
  readonly bytes: Buffer;
}

/** The package.json inside an npm tarball (`package/package.json`). */
function manifestOf(tarball: string): Record<string, unknown> & { name: string; version: string } {
  return JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  ) as Record<string, unknown> & {
    name: string;
    version: string;
  };
}

function serve(tarball: string): Served {
  const bytes = readFileSync(tarball);
  const manifest = manifestOf(tarball);
  const file = basename(tarball);
  const dist = (origin: string) => ({
    tarball: `${origin}/${manifest.name}/-/${file}`,
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    shasum: createHash('sha1').update(bytes).digest('hex'),
  });
  return {
    name: manifest.name,
    file,
    bytes,
    packument: (origin) => ({
      name: manifest.name,
      'dist-tags': { latest: manifest.version },
      versions: {
        [manifest.version]: {
          ...manifest,
          _id: `${manifest.name}@${manifest.version}`,
          dist: dist(origin),
        },
      },
    }),
  };
}

/** Starts the registry with one version of each tarball's package, for `lifetimeMs` at most. */
export async function startLocalRegistry(
  tarballs: readonly string[],
  lifetimeMs = 20 * 60_000,
): Promise<LoopbackServer> {
  const packages = new Map(
    tarballs.map((tarball) => serve(tarball)).map((served) => [served.name, served]),
  );
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://registry').pathname).slice(
      1,
    );
    const origin = `http://${request.headers.host ?? '127.0.0.1'}`;
    const packument = packages.get(path);
    if (packument !== undefined) {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(packument.packument(origin)));
      return;
    }
    const tarball = [...packages.values()].find(
      (served) => path === `${served.name}/-/${served.file}`,
    );
    if (tarball !== undefined) {
      response
        .writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': tarball.bytes.length,
        })
        .end(tarball.bytes);
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        error: `not found: ${path} (this registry serves only ${[...packages.keys()].join(', ')})`,
      }),
    );
  });
  return startOnLoopback(server, lifetimeMs);
}
