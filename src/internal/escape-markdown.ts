/**
 * Makes text safe to put in one line of CommonMark/GFM: it can open no heading, list, quote, code
 * block, table cell, emphasis, link, image, autolink or HTML tag. Line breaks become spaces;
 * characters with a meaning are backslash-escaped, which CommonMark renders as the character.
 */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/^[ \t]+/, '')
    .replace(/[\\`*_[\]<>|~&#!{}]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
