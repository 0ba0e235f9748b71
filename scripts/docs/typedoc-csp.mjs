// @ts-check
// A TypeDoc plugin: every page of the reference gets a Content-Security-Policy like the explorer's,
// so that nothing the data could smuggle into a guide runs. Scripts come only from the reference's
// own files, plus the inline scripts TypeDoc itself writes, each allowed by its SHA-256 hash
// (computed from the page as written, so a new TypeDoc version cannot silently break it). Unlike
// the explorer, inline styles are allowed: TypeDoc's script writes <style> elements of its own.
import { createHash } from 'node:crypto';
import * as td from 'typedoc';

/** The policy for a page whose inline scripts have these SHA-256 sources (`'sha256-…'`). */
export function policy(/** @type {readonly string[]} */ hashes) {
  return [
    "default-src 'none'",
    `script-src 'self'${hashes.map((hash) => ` ${hash}`).join('')}`,
    // TypeDoc's own script adds <style> elements (the member filters); a style cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The `'sha256-…'` source of every inline script in `html`. */
export function inlineScriptHashes(/** @type {string} */ html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
  );
}

/** @param {td.Application} app */
export function load(app) {
  app.renderer.on(td.PageEvent.END, (page) => {
    const html = page.contents;
    if (html === undefined) return;
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policy([...new Set(inlineScriptHashes(html))])}"/>`;
    page.contents = html.replace(/<meta charset="utf-8"\/>/, (charset) => `${charset}${meta}`);
  });
}
