// `--input FILE` on the built command line (dist/cli.js): the second article, the built-in article
// with every id renamed, and files that are not articles. The in-process runs are in cli.test.ts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { builtFile } from '../support/built-package.js';
import { builtInWordsIn, fixturePaths, second } from './fixture.js';
import { inputFiles } from './input-files.js';

/** Runs the built bin, as a pipe without colour. */
const cli = (args: readonly string[]) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [builtFile('cli.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status, stdout, stderr };
};

const { work, file, renamedFile } = inputFiles();
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
