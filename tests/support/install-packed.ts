import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * A folder of its own inside a project where the packed tarball is installed (the global setup in
 * tests/setup/packed.ts packs and installs once per run), so that test files running side by
 * side do not write over each other's files. `zod: false` gives the project without zod.
 */
export function installPacked(
  folder: string,
  { zod = true }: { readonly zod?: boolean } = {},
): string {
  const project = inject(zod ? 'consumerWithZod' : 'consumerWithoutZod');
  if (project === '')
    throw new Error('The package was not packed: run `npm run build` (npm test does) first');
  const path = join(project, folder);
  mkdirSync(path, { recursive: true });
  return path;
}
