// `--input FILE` on the command line, in-process: the second article and the built-in article with
// every id renamed (cli-built.test.ts runs the built bin).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, formatsOf } from '../../src/cli/render.js';
import { runCli } from '../../src/cli/run.js';
import { parseArticle } from '../../src/schema/index.js';
import { builtInWordsIn, fixturePaths } from './fixture.js';
import { inputFiles, PREFIX } from './input-files.js';

const { renamedFile } = inputFiles();
/** An output of the renamed copy with the ids named back: `zq-jilin` is `jilin` again. */
const namedBack = (output: string) => output.replaceAll(PREFIX, '');

/** The command line in-process, reading `--input` with `parseArticle` as the bin does. */
const run = (args: readonly string[]) =>
  runCli(args, {
    isTTY: false,
    env: {},
    version: '9.9.9',
    readArticle: (path) => parseArticle(readFileSync(path, 'utf8')),
  });

describe.each(COMMANDS)('the %s command with --input', (command) => {
  it.each(formatsOf(command))(
    'prints the second article in %s, and nothing of the built-in one',
    (format) => {
      const { exitCode, stdout, stderr } = run([
        command,
        '--format',
        format,
        '--input',
        fixturePaths.json,
      ]);
      expect(stderr).toBe('');
      expect(exitCode).toBe(0);
      expect(stdout).toMatch(/Willow Ford|Fang Meilin|Tang Wenjing|library/);
      expect(builtInWordsIn(stdout)).toEqual([]);
    },
  );

  it.each(formatsOf(command))(
    'prints the built-in article in %s from a copy with every id renamed, under the new ids',
    (format) => {
      const builtIn = run([command, '--format', format]);
      expect(builtIn.stdout).not.toContain(PREFIX);
      const { exitCode, stdout, stderr } = run([
        command,
        '--format',
        format,
        '--input',
        renamedFile,
      ]);
      expect(stderr).toBe('');
      expect(exitCode).toBe(0);
      expect(namedBack(stdout)).toBe(builtIn.stdout);
    },
  );
});
