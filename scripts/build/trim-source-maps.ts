// Part of `npm run build`: the source maps ship without the sources they name, and the generated
// data, a long object literal, would take a third of each map with a mapping per token. A stack
// trace never stops inside the data, so a line of it keeps its first mapping only.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from '@jridgewell/sourcemap-codec';

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** The map with one mapping per generated line for the sources that `coarse` accepts. */
export function trimmedMap(map: SourceMap, coarse: (source: string) => boolean): SourceMap {
  const lines = decode(map.mappings).map((segments) => {
    let kept = false;
    return segments.filter((segment) => {
      const source = segment.length > 1 ? map.sources[segment[1] ?? -1] : undefined;
      if (source === undefined || !coarse(source)) return true;
      if (kept) return false;
      kept = true;
      return true;
    });
  });
  return { ...map, mappings: encode(lines) };
}

/** Trims every `.map` in `directory`; the generated data's mappings are coarsened. */
export function trimSourceMaps(directory: string): void {
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.map'))) {
    const path = join(directory, name);
    const map = JSON.parse(readFileSync(path, 'utf8')) as SourceMap;
    writeFileSync(
      path,
      JSON.stringify(trimmedMap(map, (source) => source.includes('/generated/'))),
    );
  }
}
