// Servers on 127.0.0.1 that stop by themselves: the base of the local registry, a static file
// server for the browser page, and a free port for workerd.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

export interface LoopbackServer {
  /** Ends in `/`. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
}

/**
 * Starts `server` on a free port of 127.0.0.1. It closes itself after `lifetimeMs` even if nobody
 * calls `close`, so that a run that dies leaves no server behind.
 */
export async function startOnLoopback(server: Server, lifetimeMs: number): Promise<LoopbackServer> {
  const port = await listen(server);
  const close = closer(server);
  setTimeout(() => void close(), lifetimeMs).unref();
  return { url: `http://127.0.0.1:${port}/`, close };
}

/** Serves the files under `root` (GET only, nothing outside it), for `lifetimeMs` at most. */
export async function serveStatic(root: string, lifetimeMs = 5 * 60_000): Promise<LoopbackServer> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://static').pathname);
    const path = normalize(join(root, pathname));
    if (request.method !== 'GET' || !path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) {
      response.writeHead(403).end();
      return;
    }
    readFile(path).then(
      (bytes) =>
        response
          .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
          .end(bytes),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`),
    );
  });
  return startOnLoopback(server, lifetimeMs);
}

/** A port on 127.0.0.1 that was free a moment ago (for a server that cannot report its own). */
export async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await closer(server)();
  return port;
}
