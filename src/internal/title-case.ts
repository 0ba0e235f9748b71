/** Words that CSL's title case puts in lower case, unless first, last or after a colon. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'down', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'onto',
  'or', 'over', 'so', 'the', 'till', 'to', 'up', 'via', 'with', 'yet',
]);

/**
 * Title case as the Citation Style Language applies it to English titles (MLA, Chicago): the
 * first letter of each lower-case word capitalised, words in mixed or upper case kept, and stop
 * words in lower case unless first, last or after a colon.
 */
export function titleCase(title: string): string {
  const pieces = title.split(/(\s+)/);
  const words = pieces.filter((piece) => piece !== '' && !/^\s+$/.test(piece));
  let index = -1;
  let afterColon = true;
  return pieces
    .map((piece) => {
      if (piece === '' || /^\s+$/.test(piece)) return piece;
      index += 1;
      const edge = index === 0 || index === words.length - 1 || afterColon;
      afterColon = piece.endsWith(':');
      if (STOP_WORDS.has(piece.toLowerCase()) && !edge) return piece.toLowerCase();
      if (piece !== piece.toLowerCase()) return piece;
      return piece.replace(/^(\P{L}*)(\p{L})/u, (_match, lead: string, letter: string) => lead + letter.toUpperCase());
    })
    .join('');
}
