/**
 * A short key for a note's English text (FNV-1a, 32 bits, in base 36): the key under which a
 * locale keeps the note's translation. A reworded note gets another key, so a translation of the
 * old wording is never shown for the new one; the generator fails until it is brought up to date.
 */
export function noteKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
