// `--input FILE` on the built command line: the second article, the built-in article with every id
// renamed, and files that are not articles.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, formatsOf } from '../../src/cli/render.js';
import { runCli } from '../../src/cli/run.js';
import { article } from '../../src/index.js';
import { parseArticle } from '../../src/schema/index.js';
import { builtFile } from '../support/built-package.js';
import { renameIds } from '../support/rename-ids.js';
import { builtInWordsIn, fixturePaths, second } from './fixture.js';

/** Runs the built bin, as a pipe without colour. */
const cli = (args: readonly string[]) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [builtFile('cli.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status, stdout, stderr };
};

const work = mkdtempSync(join(tmpdir(), 'bde-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** Writes `contents` to a file of the test's folder and gives its path. */
const file = (name: string, contents: string) => {
  const path = join(work, name);
  writeFileSync(path, contents);
  return path;
};

/** A prefix for every id of the renamed copy, in no output of the built-in article. */
const PREFIX = 'zq-';
const renamedFile = file(
  'renamed.json',
  JSON.stringify(renameIds(JSON.parse(JSON.stringify(article)), (id) => `${PREFIX}${id}`)),
);
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

describe('node dist/cli.js summary --input', () => {
  it('prints the second article from its JSON', () => {
    const { status, stdout, stderr } = cli(['summary', '--input', fixturePaths.json]);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout.startsWith(second.metadata.headline)).toBe(true);
    expect(stdout).toContain('Fang Meilin');
    expect(builtInWordsIn(stdout)).toEqual([]);
  });

  it('prints the built-in article from a copy of article.json with every id renamed', () => {
    const { status, stdout, stderr } = cli(['summary', '--input', renamedFile]);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toBe(cli(['summary']).stdout);
    expect(stdout).toContain(article.metadata.headline);
  });

  it('works with the other options, in Chinese', () => {
    const chinese = cli(['summary', '--locale', 'zh-CN', '--input', fixturePaths.json]);
    expect(chinese.status).toBe(0);
    expect(chinese.stdout).toContain('2024年4月23日');
  });
});

describe('a bad --input', () => {
  /** The run exits 2 with one line on standard error, naming the file, and prints nothing else. */
  const rejected = (path: string) => {
    const { status, stdout, stderr } = cli(['summary', '--input', path]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(path);
    expect(stderr).not.toMatch(/\n\s+at /);
    return stderr;
  };

  it('that does not exist is named as unreadable', () => {
    expect(rejected(join(work, 'no-such-article.json'))).toMatch(
      /cannot read|ENOENT|no such file/i,
    );
  });

  it('that is not JSON is named as such', () => {
    expect(rejected(file('not-json.json', '{ "id": '))).toMatch(/not valid JSON/);
  });

  it('that is not a valid article names its first problems with their paths', () => {
    const broken = JSON.parse(JSON.stringify(second));
    broken.quotes[0].speaker = 'jilin';
    broken.statistics[1].source.anchor.exact = 'about 16% more than in 2022';
    const stderr = rejected(file('invalid.json', JSON.stringify(broken)));
    expect(stderr).toMatch(
      /statistics\.1\.source\.anchor\.exact|statistics\[1\]\.source\.anchor\.exact/,
    );
    expect(stderr).toMatch(/quotes\.0\.speaker|quotes\[0\]\.speaker/);
    expect(stderr).toContain('"jilin"');
  });
});
