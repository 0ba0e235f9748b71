import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { builtFile, projectRoot } from '../support/built-package.js';

/** Runs `code` in a fresh Node process from the project root and returns what it prints. */
function runNode(args: readonly string[]): string {
  return execFileSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8' });
}

describe('importing the main entry', () => {
  it('loads no zod under require()', () => {
    const loaded = runNode([
      '-e',
      `require(${JSON.stringify(builtFile('index.cjs'))}); console.log(JSON.stringify(Object.keys(require.cache)))`,
    ]);
    const files = JSON.parse(loaded) as string[];
    expect(files.some((file) => file.endsWith('index.cjs'))).toBe(true);
    expect(files.filter((file) => file.includes('node_modules'))).toEqual([]);
  });

  it('loads zod for the schema subpath under require(), which shows the check above can fail', () => {
    const loaded = runNode([
      '-e',
      `require(${JSON.stringify(builtFile('schema.cjs'))}); console.log(JSON.stringify(Object.keys(require.cache)))`,
    ]);
    expect((JSON.parse(loaded) as string[]).some((file) => file.includes('node_modules/zod'))).toBe(
      true,
    );
  });

  it('reaches no zod module from the ESM entry (esbuild metafile of everything it imports)', async () => {
    const inputsOf = async (entry: string) => {
      const result = await esbuild.build({
        entryPoints: [builtFile(entry)],
        bundle: true,
        write: false,
        metafile: true,
        format: 'esm',
        platform: 'node',
        logLevel: 'silent',
      });
      return Object.keys(result.metafile.inputs);
    };
    expect((await inputsOf('index.js')).filter((input) => input.includes('node_modules'))).toEqual(
      [],
    );
    expect((await inputsOf('schema.js')).some((input) => input.includes('node_modules/zod'))).toBe(
      true,
    );
  });
});
