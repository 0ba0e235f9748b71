// The built command line as a shell runs it: a reader that stops early (`| head`) ends it quietly
// with status 0, a write that fails is one line and status 1, and a usage error is status 2.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFile } from '../support/built-package.js';

const cli = builtFile('cli.js');

/** Runs `script` in bash with $CLI set; returns its stdout (the script echoes what it measures). */
const bash = (script: string) =>
  spawnSync('bash', ['-c', script], {
    encoding: 'utf8',
    env: { ...process.env, CLI: cli, NO_COLOR: '1' },
  });

describe('the command line in a pipe', () => {
  it.each([
    ['head -c 10', 'annotations --format json'],
    ['head -1', 'annotations --format json'],
    ['head -c 1', 'stats --format csv'],
    ['true', 'notes --format jsonld'],
  ])('ends quietly with status 0 when `%s` stops reading %s', (reader, args) => {
    // The status of the command line, then whatever it wrote on stderr (nothing, if quiet).
    const result = bash(
      `err=$(mktemp); node "$CLI" ${args} 2>"$err" | ${reader} >/dev/null; echo "\${PIPESTATUS[0]}"; cat "$err"; rm -f "$err"`,
    );
    expect(result.stdout).toBe('0\n');
  });

  it('says in one line, with status 1, that the output could not be written to a full device', () => {
    if (!existsSync('/dev/full')) return;
    const result = spawnSync('bash', ['-c', 'node "$CLI" annotations --format json >/dev/full'], {
      encoding: 'utf8',
      env: { ...process.env, CLI: cli },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'beijing-digital-economy: cannot write the output: no space left on the device (ENOSPC)\n',
    );
  });

  it('exits 2 with the usage on stderr when no command is given', () => {
    const result = spawnSync(process.execPath, [cli], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^beijing-digital-economy: missing command[^]*Usage: /);
  });
});
