// Strings from the data written into the guides: as Markdown they must read as text and nothing
// else. A title, a URL or a note may hold `<script>`, `[x](javascript:…)`, a `|` that ends a table
// cell or a `$` that GitHub reads as math; TypeDoc renders the guides with HTML allowed.

/**
 * The characters that mean something to Markdown inline (CommonMark, GitHub's tables,
 * strikethrough and math), to HTML, or to TypeDoc's reading of a guide (`{@link …}`, `@tag`).
 * Each is written with a backslash, which CommonMark reads as the character itself (`\<` is
 * `&lt;` in the HTML), except those TypeDoc unescapes before Markdown sees them (`` ` ``, `@`,
 * `{`, `}`), which are written as character references.
 */
const SPECIAL = /[\\`*_[\]<>|~&#!{}$@]/g;
const REFERENCES: Readonly<Record<string, string>> = {
  '`': '&#96;',
  '@': '&#64;',
  '{': '&#123;',
  '}': '&#125;',
};

/** `text` as inline Markdown that reads as exactly its words: one line, every special character escaped. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(SPECIAL, (character) => REFERENCES[character] ?? `\\${character}`);
}

/** Note text as Markdown: its `code` spans kept (they show as code, never as HTML), the rest escaped. */
export function noteMarkdown(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : markdownText(part)))
    .join('');
}

/** A character that ends or breaks a link destination, percent-encoded. */
const percent = (character: string) =>
  `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A link to `url` with `title` as its words, when `url` is an absolute `http:` or `https:` URL;
 * otherwise the title and the URL as plain text, so that no other scheme (`javascript:`) becomes
 * a link.
 */
export function markdownLink(title: string, url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    return markdownText(`${title} (${url})`);
  const destination = parsed.href.replace(/[()<>"'`\\\s|]/g, percent);
  return `[${markdownText(title)}](${destination})`;
}
