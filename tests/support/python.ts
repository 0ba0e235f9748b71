// Debian's python3 as an independent reader of offsets: Python indexes a str by code point, where
// JavaScript indexes UTF-16 code units.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's interpreter (`apt-get install python3-minimal`), else the first python3 on PATH. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/**
 * Runs a Python script with `input` as JSON in the file named by its first argument; returns what
 * it prints to stdout, parsed as JSON. The script fails the test by raising.
 */
export function runPython(script: string, input: unknown): unknown {
  const work = mkdtempSync(join(tmpdir(), 'bde-python-'));
  try {
    const file = join(work, 'input.json');
    writeFileSync(file, JSON.stringify(input), 'utf8');
    const out = execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
    return JSON.parse(out) as unknown;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
