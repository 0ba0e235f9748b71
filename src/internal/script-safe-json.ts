const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON text that is safe inside an HTML `<script>` element: `<`, `>`, `&` and the line and
 * paragraph separators are written as `\u` escapes, so no string in the data can close the element.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_SCRIPT,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
