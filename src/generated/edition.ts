// generated — do not edit. `npm run generate` writes this file from data/annotations.json and data/article.txt.

// data/ SHA-256: faa2e36e2bd85cdd5f0813839f15e37e830c0eeecadcfd6a1003564299d03708, changed on 2026-11-30
import type { Edition } from '../types/index.js';

/**
 * The edition of the data: the package version, the day the data last changed and the
 * SHA-256 of the text. Frozen. The command line prints it with `--version`.
 *
 * @example
 * ```ts
 * import { createHash } from 'node:crypto';
 * import { articleText, edition } from 'beijing-digital-economy';
 *
 * edition.version;
 * //=> '0.1.0'
 * edition.dataDate;
 * //=> '2026-11-30'
 * edition.textSha256 === createHash('sha256').update(articleText).digest('hex');
 * //=> true
 * ```
 * @category Data
 */
export const edition: Edition = /*#__PURE__*/ Object.freeze({
  "version": "0.1.0",
  "dataDate": "2026-11-30",
  "textSha256": "ed3e5ec3d78927c798947d862f1ba2cd4d675c170af8c28e0506546e9e849a6b"
});
