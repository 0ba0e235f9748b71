import type { Selector } from './annotation-schema.js';

export { ANCHOR_CONTEXT_LENGTH as CONTEXT_LENGTH } from '../../src/model/anchor-context.js';

export type Located =
  { readonly start: number; readonly end: number } | { readonly problem: string };

function allIndexesOf(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Finds the one place in `text` that a selector names, or says why there is not exactly one.
 * `describe` turns an offset into words for the message (which paragraph it is in).
 */
export function locate(
  text: string,
  selector: Selector,
  describe: (offset: number) => string,
): Located {
  const { exact, prefix, suffix, occurrence } = selector;
  const everywhere = allIndexesOf(text, exact);
  if (everywhere.length === 0)
    return { problem: `the words ${JSON.stringify(exact)} are not in the text` };
  const candidates = everywhere.filter(
    (at) =>
      (prefix === undefined || text.slice(0, at).endsWith(prefix)) &&
      (suffix === undefined || text.startsWith(suffix, at + exact.length)),
  );
  const where = (list: number[]) => list.map(describe).join(', ');
  if (candidates.length === 0) {
    return {
      problem:
        `the words ${JSON.stringify(exact)} occur ${everywhere.length} time(s) (${where(everywhere)}), ` +
        `but none with the given prefix/suffix`,
    };
  }
  if (occurrence !== undefined) {
    const at = candidates[occurrence - 1];
    if (at === undefined) {
      return {
        problem: `occurrence ${occurrence} of ${JSON.stringify(exact)} was asked for, but it occurs ${candidates.length} time(s)`,
      };
    }
    return { start: at, end: at + exact.length };
  }
  const [only, ...others] = candidates;
  if (only === undefined || others.length > 0) {
    return {
      problem:
        `the words ${JSON.stringify(exact)} are ambiguous: they occur ${candidates.length} times ` +
        `(${where(candidates)}); add a prefix, suffix or occurrence`,
    };
  }
  return { start: only, end: only + exact.length };
}

/** Every whole-word occurrence of `phrase`: no letter or digit touches it on either side. */
export function wholeWordIndexes(text: string, phrase: string): number[] {
  const wordCharacter = /[\p{L}\p{N}]/u;
  return allIndexesOf(text, phrase).filter(
    (at) =>
      !wordCharacter.test(text.charAt(at - 1)) &&
      !wordCharacter.test(text.charAt(at + phrase.length)),
  );
}
