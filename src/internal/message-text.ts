// Text taken from the input into an error message: bounded and unable to pass for anything else.
// A line break, a terminal escape or a bidirectional override in a value or a key would let it
// forge a line of the message (a fake `- statistics[0].value: …`) or hide part of it.

/**
 * C0 and C1 controls, DEL, the line and paragraph separators, bidirectional overrides and
 * isolates, and lone surrogates: everything that could break or disguise a line of a message.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

/** `text` with every character that could break or disguise a line written as `\uXXXX`. */
export function escapeForMessage(text: string): string {
  return text.replace(UNSAFE, (character) => hex(character.charCodeAt(0)));
}

/**
 * The first `max` UTF-16 code units of `text`, or one fewer where the last would be the high half
 * of a surrogate pair: a cut never leaves half a character.
 */
export function cutWhole(text: string, max: number): string {
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** The longest excerpt of a value quoted in a message, in UTF-16 code units. */
export const EXCERPT_LENGTH = 60;

/**
 * `text` quoted for a message: at most `max` characters of it, escaped, with its length when it
 * is cut (`"xxxx…" (1,000,000 characters)`). Never splits a surrogate pair.
 */
export function quoteForMessage(text: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return `"${escapeForMessage(text.replace(/["\\]/g, '\\$&'))}"`;
  const excerpt = escapeForMessage(cutWhole(text, max).replace(/["\\]/g, '\\$&'));
  return `"${excerpt}…" (${text.length.toLocaleString('en')} characters)`;
}
