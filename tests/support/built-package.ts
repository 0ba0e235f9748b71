import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The path of a built file; fails with what to do when the package has not been built. */
export function builtFile(relative: string): string {
  const path = fileURLToPath(new URL(`../../dist/${relative}`, import.meta.url));
  if (!existsSync(path))
    throw new Error(`dist/${relative} is missing: run \`npm run build\` (npm test does) first`);
  return path;
}
