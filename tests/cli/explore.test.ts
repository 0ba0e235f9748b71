// `explore` writes the explorer page and says where; it opens a browser only for a person at a
// terminal: stdout a terminal, not CI, and an opener found. The bin's file work is tested from
// the packed tarball (tests/package/cli-from-tarball.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, USAGE, type CliEnvironment } from '../../src/cli/run.js';

interface Calls {
  written: (string | undefined)[];
  opened: string[];
}

function environment(
  overrides: Partial<CliEnvironment> & { opener?: boolean } = {},
): [CliEnvironment, Calls] {
  const calls: Calls = { written: [], opened: [] };
  const { opener = true, ...rest } = overrides;
  return [
    {
      isTTY: true,
      env: {},
      version: '9.9.9',
      writeExplorer: (target) => {
        calls.written.push(target);
        const path = `/work/${target ?? 'beijing-digital-economy-explorer.html'}`;
        return { path, url: `file://${path}` };
      },
      openInBrowser: (path) => {
        if (!opener) return false;
        calls.opened.push(path);
        return true;
      },
      ...rest,
    },
    calls,
  ];
}

describe('the explore command', () => {
  it('writes the page into the current folder and opens it at a terminal', () => {
    const [env, calls] = environment();
    const result = runCli(['explore'], env);
    expect(result).toEqual({
      exitCode: 0,
      stdout:
        'Wrote the explorer to /work/beijing-digital-economy-explorer.html and opened it in your browser.\n',
      stderr: '',
    });
    expect(calls).toEqual({
      written: [undefined],
      opened: ['/work/beijing-digital-economy-explorer.html'],
    });
  });

  it('writes to the path given', () => {
    const [env, calls] = environment({ isTTY: false });
    const result = runCli(['explore', 'page.html'], env);
    expect(calls.written).toEqual(['page.html']);
    expect(result.stdout).toBe(
      'Wrote the explorer to /work/page.html\nOpen file:///work/page.html in a browser to see every fact where the text states it.\n',
    );
  });

  it('never opens a browser in a pipe, on CI, or without an opener', () => {
    const cases: (Partial<CliEnvironment> & { opener?: boolean })[] = [
      { isTTY: false },
      { env: { CI: 'true' } },
      { env: { CI: '1' } },
      { opener: false },
    ];
    for (const overrides of cases) {
      const [env, calls] = environment(overrides);
      const result = runCli(['explore'], env);
      expect(result.exitCode).toBe(0);
      expect(calls.opened).toEqual([]);
      expect(result.stdout).toContain('Open file:///work/');
    }
  });

  it('opens at a terminal whatever CI says when it says it is not CI', () => {
    fc.assert(
      fc.property(fc.constantFrom(undefined, '', 'false', 'FALSE', '0'), (ci) => {
        const [env, calls] = environment({ env: ci === undefined ? {} : { CI: ci } });
        runCli(['explore'], env);
        expect(calls.opened).toHaveLength(1);
      }),
    );
  });

  it('never opens a browser where the environment has no way to open one', () => {
    const [env, calls] = environment();
    const { openInBrowser, ...withoutOpener } = env;
    expect(runCli(['explore'], withoutOpener)).toEqual({
      exitCode: 0,
      stdout:
        'Wrote the explorer to /work/beijing-digital-economy-explorer.html\nOpen file:///work/beijing-digital-economy-explorer.html in a browser to see every fact where the text states it.\n',
      stderr: '',
    });
    expect(calls).toEqual({ written: [undefined], opened: [] });
  });

  it('is a usage error where the environment has no way to write a file', () => {
    expect(runCli(['explore'], { isTTY: true, env: {}, version: '9.9.9' })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        "beijing-digital-economy: explore is not available here: no way to write a file\nRun 'beijing-digital-economy --help' for usage.\n",
    });
  });

  it('says why it could not write, on stderr, with exit code 1', () => {
    const [env] = environment({ writeExplorer: () => ({ problem: 'cannot write "/x" (EACCES)' }) });
    expect(runCli(['explore', '/x'], env)).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'beijing-digital-economy: cannot write "/x" (EACCES)\n',
    });
  });

  it('takes one path and no format, locale, style or input', () => {
    for (const args of [
      ['explore', 'a', 'b'],
      ['explore', '--format', 'json'],
      ['explore', '--locale', 'zh-CN'],
      ['explore', '--input', 'x.json'],
    ]) {
      const [env, calls] = environment();
      const result = runCli(args, env);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(
        /^beijing-digital-economy: (unexpected argument "b"|explore takes no --)/,
      );
      expect(calls.written).toEqual([]);
    }
  });

  it('is listed in the usage and among the commands an unknown one is told about', () => {
    expect(USAGE).toContain('explore [path]');
    const [env] = environment();
    expect(runCli(['explorer'], env).stderr).toContain('spans, explore');
  });
});
