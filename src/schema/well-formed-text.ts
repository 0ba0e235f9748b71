import type * as z from 'zod';

/** A C0 control character other than tab and line feed, or a lone surrogate. */
const ILL_FORMED =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;

/** `String.prototype.isWellFormed` (ES2024) where the runtime has it: native, and much faster. */
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean })
  .isWellFormed;

/** What is wrong with `text`, or `undefined` when it is well-formed. */
function illFormed(text: string): string | undefined {
  // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, the fast path only spares the search below, which finds nothing in well-formed text either
  if (isWellFormed?.call(text) === true && !CONTROL.test(text)) return undefined;
  const match = ILL_FORMED.exec(text);
  // Stryker disable next-line ConditionalExpression: equivalent, text the fast path let through always holds a match
  if (match === null) return undefined;
  const unit = match[0].charCodeAt(0);
  const code = `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
  const what = unit >= 0xd800 ? `a lone surrogate (${code})` : `the control character ${code}`;
  return (
    `contains ${what} at index ${match.index}; ` +
    'expected well-formed Unicode text with no control character but tab and line feed'
  );
}

/**
 * Every string of the article, keys included, is well-formed text: no lone surrogate (which no
 * UTF-8 encoder can write) and no C0 control character but tab and line feed (a NUL makes SVG
 * and XML output ill-formed). Each problem is reported at the path of its string. Runs once the
 * shape is valid, so the depth of the walk is the schema's.
 */
export function checkWellFormedText(article: unknown, context: z.core.$RefinementCtx): void {
  const path: (string | number)[] = [];
  const report = (message: string) =>
    // Stryker disable next-line StringLiteral: equivalent, an issue's code is read only to tell unknown keys apart
    context.addIssue({ code: 'custom', message, path: [...path] });
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      const problem = illFormed(node);
      if (problem !== undefined) report(problem);
    } else if (Array.isArray(node)) {
      // Stryker disable next-line EqualityOperator: equivalent, visiting the undefined past the end finds nothing
      for (let index = 0; index < node.length; index += 1) {
        path.push(index);
        visit(node[index]);
        path.pop();
      }
      // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, this runs once the shape is valid, which holds no null, and a number or a boolean has no keys
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(record)) {
        path.push(key);
        const problem = illFormed(key);
        if (problem !== undefined) report(`the key ${problem}`);
        visit(record[key]);
        path.pop();
      }
    }
  };
  visit(article);
}
