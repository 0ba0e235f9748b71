// @ts-check
// A TypeDoc plugin: `@throws {InvalidOptionError} When …` keeps its error class. TypeDoc keeps the
// braces' text only for the tags listed in `preservedTypeAnnotationTags` (typedoc.json lists
// `@throws`) and prints it as `{InvalidOptionError}` beside the heading; this starts the tag's text
// with the class instead — a link to its page, or code when it is not one of the package's classes
// (TypeError) — so that the section reads "InvalidOptionError — When …".
import * as td from 'typedoc';

const ANNOTATION = /<span class="tsd-type-annotation">\{([\w.]+)\}<\/span><p>/g;

/** @param {td.Application} app */
export function load(app) {
  app.renderer.on(td.PageEvent.END, (page) => {
    if (page.contents === undefined || !(page.model instanceof td.Reflection)) return;
    const from = page.model;
    const router = app.renderer.router;
    const classes = Object.values(page.project.reflections).filter(
      (reflection) => reflection.kind === td.ReflectionKind.Class,
    );
    page.contents = page.contents.replace(ANNOTATION, (_match, /** @type {string} */ name) => {
      const target = classes.find((reflection) => reflection.name === name);
      const code = `<code class="tsd-throws-class">${name}</code>`;
      const shown =
        target === undefined || router === undefined || !router.hasUrl(target)
          ? code
          : `<a href="${router.relativeUrl(from, target)}">${code}</a>`;
      return `<p>${shown} — `;
    });
  });
}
