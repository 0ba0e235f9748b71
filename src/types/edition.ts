/**
 * Which edition of the data a program holds: the package's version, the day the data last
 * changed, and the SHA-256 of the text. Like `__meta` in `@mdn/browser-compat-data`, it lets a
 * program, a cache or a citation say exactly what it read.
 *
 * @example
 * ```ts
 * import { edition, type Edition } from 'beijing-digital-economy';
 *
 * const { textSha256 }: Edition = edition;
 * /^[0-9a-f]{64}$/.test(textSha256);
 * //=> true
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Edition {
  /** The version of the package, as in its package.json. */
  readonly version: string;
  /** The ISO 8601 day on which the data (text, annotations or Chinese forms) last changed. */
  readonly dataDate: string;
  /** The SHA-256 of the source text (`articleText` as UTF-8), in lower-case hex. */
  readonly textSha256: string;
}
