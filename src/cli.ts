#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EXPLORER_FILE_NAME } from './cli/explore.js';
import { runCli, type CliEnvironment } from './cli/run.js';
import { edition } from './generated/edition.js';
import type { safeParseArticle } from './schema/safe-parse-article.js';

const NAME = 'beijing-digital-economy';
const require = createRequire(import.meta.url);

/** Why the output could not be written, in the package's words. */
const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large',
  EIO: 'an input/output error',
  EBADF: 'standard output is not open',
  EAGAIN: 'standard output would block',
};

// A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not an error,
// so the command ends quietly with status 0. Any other write error is one line and status 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  const code = error.code ?? 'unknown';
  process.stderr.write(
    `${NAME}: cannot write the output: ${WRITE_ERRORS[code] ?? 'the write failed'} (${code})\n`,
  );
  process.exit(1);
});
// When standard error itself cannot be written, there is nowhere left to say so.
process.stderr.on('error', () => undefined);

const quoted = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * Reads an article for `--input` with the package's own `./schema` entry, loaded only then: the
 * other commands need no zod, and this one says how to install it when it is missing.
 */
const readArticle: CliEnvironment['readArticle'] = (path) => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      problem: `cannot read --input ${quoted(path)}${typeof code === 'string' ? ` (${code})` : ''}`,
    };
  }
  let schema: { safeParseArticle: typeof safeParseArticle };
  try {
    schema = require('beijing-digital-economy/schema') as typeof schema;
  } catch (error) {
    // ./schema says itself that zod is missing (and Node's own message names 'zod').
    if ((error as { code?: unknown }).code === 'MODULE_NOT_FOUND' && String(error).includes('zod'))
      return {
        problem: '--input checks the file with zod, which is not installed: npm install zod@^4.6',
      };
    throw error;
  }
  const result = schema.safeParseArticle(text);
  if (result.success) return result.data;
  const { issues } = result.error;
  const first = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(the file)'}: ${issue.message}`)
    .join('; ');
  return {
    problem:
      `--input ${quoted(path)} is not an article of this format (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${first}`.replace(
        /[\r\n]+/g,
        ' ',
      ),
  };
};

/** The explorer page that `npm run build` writes beside dist/, and that the package ships. */
const EXPLORER = fileURLToPath(new URL('../explorer.html', import.meta.url));

const writeExplorer: CliEnvironment['writeExplorer'] = (target) => {
  let path = resolve(target ?? '.');
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, EXPLORER_FILE_NAME);
  try {
    copyFileSync(EXPLORER, path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      problem: `cannot write the explorer to ${quoted(path)}${typeof code === 'string' ? ` (${code})` : ''}`,
    };
  }
  return { path, url: pathToFileURL(path).href };
};

/** The program that opens a file with the desktop's default application, if there is one. */
function opener(path: string): [string, string[]] | undefined {
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', path]];
  const command = process.platform === 'darwin' ? 'open' : 'xdg-open';
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .some((folder) => folder !== '' && existsSync(join(folder, command)));
  return onPath ? [command, [path]] : undefined;
}

const openInBrowser: CliEnvironment['openInBrowser'] = (path) => {
  const found = opener(path);
  if (found === undefined) return false;
  const child = spawn(found[0], found[1], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
  return true;
};

try {
  const result = runCli(process.argv.slice(2), {
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    version: `${edition.version} (data of ${edition.dataDate}; text SHA-256 ${edition.textSha256})`,
    readArticle,
    writeExplorer,
    openInBrowser,
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (error) {
  // A bug, not a usage error: say so in one line, never with a stack trace.
  process.stderr.write(
    `${NAME}: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
