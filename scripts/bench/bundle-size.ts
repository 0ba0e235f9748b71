import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

/**
 * What a user's bundler makes of `contents`: esbuild `--bundle --minify --format=esm
 * --platform=browser`, and the gzip -9 size of the result. Shared by the benchmark and the
 * size-ceiling tests so that both measure the same way.
 */
export async function minifiedBundle(
  contents: string,
  resolveDir: string,
): Promise<{ code: string; gzipped: number }> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, gzipped: gzipSync(code, { level: 9 }).length };
}
