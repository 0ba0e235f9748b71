#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runCli, type CliEnvironment } from './cli/run.js';
import type { safeParseArticle } from './schema/safe-parse-article.js';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

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
    if (
      (error as { code?: unknown }).code === 'MODULE_NOT_FOUND' &&
      String(error).includes("'zod'")
    )
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

try {
  const result = runCli(process.argv.slice(2), {
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    version,
    readArticle,
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (error) {
  process.stderr.write(
    `beijing-digital-economy: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
