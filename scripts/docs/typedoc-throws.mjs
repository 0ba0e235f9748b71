// @ts-check
// A TypeDoc plugin: `@throws {InvalidOptionError} When …` keeps its error class. TypeDoc keeps the
// braces' text only for the tags listed in `preservedTypeAnnotationTags` (typedoc.json lists
// `@throws`) and prints it as `{InvalidOptionError}` beside the heading; this prints the class
// as a link to its page instead, or as code when it is not one of the package's classes (TypeError).
import * as td from 'typedoc';

const ANNOTATION = /<span class="tsd-type-annotation">\{([\w.]+)\}<\/span>/g;

/** @param {td.Application} app */
export function load(app) {
  app.renderer.on(td.PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const up = '../'.repeat(page.url.split('/').length - 1);
    const classes = page.project.getReflectionsByKind(td.ReflectionKind.Class);
    page.contents = page.contents.replace(ANNOTATION, (_match, /** @type {string} */ name) => {
      const target = classes.find((reflection) => reflection.name === name);
      const code = `<code class="tsd-throws-class">${name}</code>`;
      return target?.url === undefined
        ? `<span class="tsd-type-annotation">${code}</span>`
        : `<span class="tsd-type-annotation"><a href="${up}${target.url}">${code}</a></span>`;
    });
  });
}
