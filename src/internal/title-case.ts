/**
 * The single-word stop words of citeproc-js (its `CSL.SKIP_WORDS`): articles, conjunctions and
 * prepositions that title case leaves in lower case in the middle of a title. A literal, so that
 * it costs nothing at import.
 */
const STOP_WORDS =
  /^(?:about|above|across|afore|after|against|al|along|alongside|amid|amidst|among|amongst|anenst|apropos|apud|around|as|aside|astride|at|athwart|atop|barring|before|behind|below|beneath|beside|besides|between|beyond|but|by|circa|despite|down|during|et|except|for|forenenst|from|given|in|inside|into|lest|like|modulo|near|next|notwithstanding|of|off|on|onto|out|over|per|plus|pro|qua|sans|since|than|through|thru|throughout|thruout|till|to|toward|towards|under|underneath|until|unto|up|upon|versus|vs\.|v\.|vs|v|via|vis-à-vis|with|within|without|or|yet|so|and|nor|a|an|the|de|d'|von|van|c|ca)$/;

const capitalise = (word: string) => word.replace(/\p{L}/u, (letter) => letter.toUpperCase());

/** The marks citeproc-js reads as boundaries between pieces of a title, quotation marks first. */
const BOUNDARY = /(‘|’|“|”| "| '|"|'|[-–—/.,;?!:]|\[|\]|\(|\))/;
const QUOTATION_MARK = /^ ?[‘’“”"']$/;

/**
 * Title case as citeproc-js applies it to English titles for MLA and Chicago. The title is read in
 * pieces between punctuation marks; a word of two or more letters that is not a stop word is
 * capitalised, and so is the first word and a word after `:`, `?` or `!`. A stop word that ends
 * the title is capitalised too, unless a quotation mark or apostrophe comes right before the last
 * piece. Words that already hold a capital are kept.
 */
export function titleCase(title: string): string {
  const pieces = title.split(BOUNDARY);
  let first = true;
  let afterPunctuation = false;
  let last: { piece: number; word: number } | undefined;
  const words = pieces.map((piece, index) => {
    if (index % 2 === 1) return [piece];
    const boundary = pieces[index - 1] ?? '';
    if (/[!?:]$/.test(boundary)) afterPunctuation = true;
    const parts = piece.split(/(\s+)/);
    parts.forEach((word, w) => {
      if (!word.trim()) return;
      const lower = word.toLowerCase();
      const capitalize = (word.length > 1 && !STOP_WORDS.test(lower)) || first || afterPunctuation;
      if (capitalize && word === lower) parts[w] = capitalise(word);
      first = false;
      afterPunctuation = false;
      last = { piece: index, word: w };
    });
    if (QUOTATION_MARK.test(boundary)) last = undefined;
    return parts;
  });
  if (last !== undefined) {
    const parts = words[last.piece];
    const word = parts?.[last.word];
    if (
      parts &&
      word !== undefined &&
      word.length > 1 &&
      STOP_WORDS.test(word.toLowerCase()) &&
      word === word.toLowerCase()
    ) {
      parts[last.word] = capitalise(word);
    }
  }
  return words.map((parts) => parts.join('')).join('');
}
