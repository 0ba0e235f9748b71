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
 * piece. Other words that already hold a capital are kept.
 */
export function titleCase(title: string): string {
  const pieces = title.split(BOUNDARY);
  // The first word is capitalised as one after `:`, `?` or `!` is.
  let capitaliseNext = true;
  let last: { parts: string[]; index: number; word: string } | undefined;
  const words = pieces.map((piece, index) => {
    if (index % 2 === 1) return [piece];
    // Stryker disable next-line StringLiteral: equivalent, the first piece has no mark before it, and its first word is capitalised whatever the mark
    const boundary = pieces[index - 1] ?? '';
    // A boundary is one mark (or a space and a quotation mark), so the test needs no anchor.
    if (/[!?:]/.test(boundary)) capitaliseNext = true;
    // Stryker disable next-line Regex: equivalent, any split that keeps both the words and the spaces between them joins back the same
    const parts = piece.split(/(\s+)/);
    parts.forEach((word, w) => {
      if (!word.trim()) return;
      const lower = word.toLowerCase();
      const capitalize = (word.length > 1 && !STOP_WORDS.test(lower)) || capitaliseNext;
      if (capitalize && word === lower) parts[w] = capitalise(word);
      capitaliseNext = false;
      last = { parts, index: w, word };
    });
    if (QUOTATION_MARK.test(boundary)) last = undefined;
    return parts;
  });
  // citeproc-js capitalises a closing stop word whatever the case of its other letters ("fOr" becomes "FOr").
  if (last !== undefined && last.word.length > 1 && STOP_WORDS.test(last.word.toLowerCase()))
    last.parts[last.index] = capitalise(last.word);
  return words.map((parts) => parts.join('')).join('');
}
