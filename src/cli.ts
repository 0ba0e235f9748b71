#!/usr/bin/env node
import { createRequire } from 'node:module';
import { runCli } from './cli/run.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

try {
  const result = runCli(process.argv.slice(2), {
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    version,
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (error) {
  // A bug, not a usage error: say so in one line, never with a stack trace.
  process.stderr.write(
    `beijing-digital-economy: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
