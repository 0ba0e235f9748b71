// Part of `npm run build`: the source maps ship without the sources they name (tsup.config.ts),
// and with one mapping per generated line. esbuild writes a mapping per token, which made the maps
// about as large as the code they map (the CLI's larger), while a stack trace needs only the line:
// esbuild prints each line of a bundle from one line of one source, so the first mapping of a line
// names the file and line a stack frame stands on. About four fifths of each map goes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';

interface SourceMap {
  sources: string[];
  mappings: string;
  names?: string[];
}

/**
 * The map with, for each generated line, only its first mapping into a source, and without the
 * original names of identifiers (a stack frame needs the file and line; the names took several
 * KB of the install).
 */
export function trimmedMap(map: SourceMap): SourceMap {
  const lines = decode(map.mappings).map((segments) => {
    const first = segments.find((segment) => segment.length > 1);
    return first === undefined
      ? []
      : [[first[0], first[1] ?? 0, first[2] ?? 0, first[3] ?? 0] satisfies SourceMapSegment];
  });
  return { ...map, names: [], mappings: encode(lines) };
}

/**
 * The map of a file into which `count` lines were inserted after its first `after` lines: the
 * inserted lines map to nothing, and the lines after them keep their mappings.
 */
export function withLinesInserted(map: SourceMap, after: number, count: number): SourceMap {
  const lines = decode(map.mappings);
  lines.splice(after, 0, ...Array.from({ length: count }, () => []));
  return { ...map, mappings: encode(lines) };
}

/** Trims every `.map` in `directory` and its folders to one mapping per generated line. */
export function trimSourceMaps(directory: string): void {
  const maps = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.map'),
  );
  for (const name of maps) {
    const path = join(directory, name);
    const map = JSON.parse(readFileSync(path, 'utf8')) as SourceMap;
    writeFileSync(path, JSON.stringify(trimmedMap(map)));
  }
}
