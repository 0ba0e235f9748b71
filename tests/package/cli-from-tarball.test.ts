import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, formatsOf } from '../../src/cli/render.js';
import { installPacked } from '../support/install-packed.js';

const FOLDER = 'cli-from-tarball';
let project = '';
beforeAll(() => {
  project = installPacked(FOLDER);
}, 120_000);

/** The installed bin link, run the way npm runs it; NO_COLOR unset and stdout a pipe. */
const cli = (args: readonly string[]) =>
  spawnSync(join(project, '../node_modules/.bin/beijing-digital-economy'), args, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined },
  });

describe('the command line from the packed tarball', () => {
  it('runs through npx', () => {
    const stdout = execFileSync(
      'npx',
      ['--no-install', 'beijing-digital-economy', 'stats', '--format', 'csv'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(stdout.split('\r\n')[0]).toMatch(/^id,label,value,unit/);
  });

  it('answers every command in every format with exit 0', () => {
    for (const command of COMMANDS) {
      for (const format of formatsOf(command)) {
        const result = cli([command, '--format', format]);
        expect(result.status, `${command} --format ${format}: ${result.stderr}`).toBe(0);
        expect(result.stdout.length).toBeGreaterThan(0);
      }
    }
  }, 120_000);

  it('exits 2 on a usage error, naming the valid commands, without a stack trace', () => {
    const result = cli(['statistics']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'expected one of: summary, stats, quotes, policies, entities, notes, cite',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes the explorer page from the installed package (npx … explore), without opening it', () => {
    const folder = join(project, 'explore');
    mkdirSync(folder, { recursive: true });
    const stdout = execFileSync('npx', ['--no-install', 'beijing-digital-economy', 'explore'], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    const written = join(folder, 'beijing-digital-economy-explorer.html');
    expect(stdout).toContain(`Wrote the explorer to ${written}\n`);
    const shipped = readFileSync(
      join(project, '../node_modules/beijing-digital-economy/explorer.html'),
      'utf8',
    );
    expect(readFileSync(written, 'utf8')).toBe(shipped);
    const other = cli(['explore', join(folder, 'page.html')]);
    expect(other.status, other.stderr).toBe(0);
    expect(readFileSync(join(folder, 'page.html'), 'utf8')).toBe(shipped);
  });

  it('ships the explorer as one self-contained page: inline style and script, no link out', () => {
    const html = readFileSync(
      join(project, '../node_modules/beijing-digital-economy/explorer.html'),
      'utf8',
    );
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(
      /^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src data:$/,
    );
    const hashOf = (pattern: RegExp) =>
      `'sha256-${createHash('sha256')
        .update(pattern.exec(html)?.[1] ?? '')
        .digest('base64')}'`;
    expect(csp).toContain(hashOf(/<script>([\s\S]*?)<\/script>/));
    expect(csp).toContain(hashOf(/<style>([\s\S]*?)<\/style>/));
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(references.length).toBeGreaterThan(1);
    for (const reference of references) expect(reference).toMatch(/^(#|data:image\/svg\+xml,)/);
    expect(html).toContain('service-trade-volume-2019');
  });

  it('prints the edition: the version of the package, the day of its data, the hash of the text', () => {
    const installed = join(project, '../node_modules/beijing-digital-economy');
    const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      version: string;
    };
    const { edition } = createRequire(join(project, 'x.js'))('beijing-digital-economy') as {
      edition: { dataDate: string; textSha256: string };
    };
    const { text } = JSON.parse(readFileSync(join(installed, 'article.json'), 'utf8')) as {
      text: string;
    };
    expect(createHash('sha256').update(text).digest('hex')).toBe(edition.textSha256);
    expect(cli(['--version']).stdout).toBe(
      `${version} (data of ${edition.dataDate}; text SHA-256 ${edition.textSha256})\n`,
    );
  });
});
