// Part of `npm run docs`, after TypeDoc: API.md, the reference as one Markdown file that ships in
// the package, written from TypeDoc's JSON (docs/api/reference.json), so that the README's API
// index links to an entry that exists wherever the README is read. Every export of both entry
// points has an entry: its summary, parameters, result, the error it throws and its example, by
// category in the order of typedoc.json; examples for the functions, classes and data.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Part {
  readonly kind: string;
  readonly text: string;
  readonly target?: number | string;
}
interface Tag {
  readonly tag: string;
  readonly content: readonly Part[];
  readonly typeAnnotation?: string;
}
interface Comment {
  readonly summary: readonly Part[];
  readonly blockTags?: readonly Tag[];
}
export interface Reflection {
  readonly id: number;
  readonly name: string;
  readonly kind: number;
  readonly comment?: Comment;
  readonly signatures?: readonly (Reflection & { parameters?: readonly Reflection[] })[];
  readonly children?: readonly Reflection[];
  readonly categories?: readonly { readonly title: string; readonly children: readonly number[] }[];
}

const root = fileURLToPath(new URL('../..', import.meta.url));
export const API_MARKDOWN = `${root}API.md`;
export const REFERENCE_JSON = `${root}docs/api/reference.json`;

const KIND_WORDS: Record<number, string> = {
  32: 'constant',
  64: 'function',
  128: 'class',
  256: 'interface',
  2097152: 'type',
};
/** Exports that are values (constants, functions, classes), as against types. */
export const isValue = (reflection: Reflection): boolean => [32, 64, 128].includes(reflection.kind);

/** The anchor of a heading, as GitHub and npm make it: lower case, punctuation dropped. */
export const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');

/** The heading of an export's entry: its name, and the subpath for `./schema`. */
export const headingOf = (module: string, name: string): string =>
  module === 'schema' ? `${name} (schema)` : name;

/**
 * Every export, module by module and category by category, with its heading. Headings are
 * unique by their anchors: values keep their names, and the type `Article` is "Article (interface)"
 * beside the constant `article`.
 */
export function exportsByCategory(
  project: Reflection,
): { module: string; category: string; reflection: Reflection; heading: string }[] {
  // Values keep their plain names; a type whose anchor a value has takes its kind as well.
  const taken = new Set<string>(
    (project.children ?? []).flatMap((module) =>
      (module.children ?? [])
        .filter(isValue)
        .map((reflection) => slug(headingOf(module.name, reflection.name))),
    ),
  );
  const unique = (heading: string, reflection: Reflection) => {
    if (isValue(reflection)) return heading;
    const chosen = taken.has(slug(heading))
      ? `${heading} (${KIND_WORDS[reflection.kind] ?? 'export'})`
      : heading;
    taken.add(slug(chosen));
    return chosen;
  };
  return (project.children ?? []).flatMap((module) => {
    const byId = new Map((module.children ?? []).map((child) => [child.id, child]));
    return (module.categories ?? []).flatMap((category) =>
      category.children.flatMap((id) => {
        const reflection = byId.get(id);
        return reflection === undefined
          ? []
          : [
              {
                module: module.name,
                category: category.title,
                reflection,
                heading: unique(headingOf(module.name, reflection.name), reflection),
              },
            ];
      }),
    );
  });
}

export function apiMarkdown(project: Reflection): string {
  const entries = exportsByCategory(project);
  const anchorOf = new Map(entries.map((entry) => [entry.reflection.id, slug(entry.heading)]));
  const text = (parts: readonly Part[] | undefined) =>
    (parts ?? [])
      .map((part) => {
        if (part.kind !== 'inline-tag') return part.text;
        const anchor = typeof part.target === 'number' ? anchorOf.get(part.target) : undefined;
        return anchor === undefined ? `\`${part.text}\`` : `[\`${part.text}\`](#${anchor})`;
      })
      .join('')
      .trim();
  const tags = (comment: Comment | undefined, name: string) =>
    (comment?.blockTags ?? []).filter((tag) => tag.tag === name);
  const entry = ({ module, reflection, heading }: (typeof entries)[number]) => {
    const signature = reflection.signatures?.[0];
    const comment = signature?.comment ?? reflection.comment;
    const from = module === 'schema' ? 'beijing-digital-economy/schema' : 'beijing-digital-economy';
    const lines = [
      `### ${heading}`,
      '',
      `*${KIND_WORDS[reflection.kind] ?? 'export'}, from \`${from}\`*`,
      '',
    ];
    lines.push(text(comment?.summary), '');
    const parameters = signature?.parameters ?? [];
    if (parameters.length > 0) {
      lines.push('Parameters:', '');
      for (const parameter of parameters)
        lines.push(
          `- \`${parameter.name}\`: ${text(parameter.comment?.summary).replace(/\n/g, ' ')}`,
        );
      lines.push('');
    }
    for (const tag of tags(comment, '@returns')) lines.push(`Returns: ${text(tag.content)}`, '');
    for (const tag of tags(comment, '@throws')) {
      const thrown = /^\{(\w+)\}$/.exec(tag.typeAnnotation ?? '')?.[1];
      const target = entries.find((other) => other.reflection.name === thrown);
      const named =
        thrown === undefined
          ? ''
          : target === undefined
            ? `\`${thrown}\` — `
            : `[\`${thrown}\`](#${slug(target.heading)}) — `;
      lines.push(`Throws: ${named}${text(tag.content)}`, '');
    }
    if (reflection.kind === 256 && (reflection.children ?? []).length > 0)
      lines.push(
        `Fields: ${(reflection.children ?? []).map((field) => `\`${field.name}\``).join(', ')}.`,
        '',
      );
    // Examples of the functions, classes and data; a type's or a schema's is in the HTML reference.
    const exampled = isValue(reflection) && !(module === 'schema' && reflection.kind === 32);
    if (exampled) for (const tag of tags(comment, '@example')) lines.push(text(tag.content), '');
    return lines.join('\n');
  };
  const sections: string[] = [];
  let current = '';
  for (const item of entries) {
    const title = `${item.module === 'schema' ? 'beijing-digital-economy/schema' : 'beijing-digital-economy'}: ${item.category}`;
    if (title !== current) {
      sections.push(`## ${title}\n`);
      current = title;
    }
    sections.push(entry(item));
  }
  return [
    '# API',
    '',
    'Every export of `beijing-digital-economy` and `beijing-digital-economy/schema`, by category, from',
    'the doc comments (written by `npm run docs`; do not edit). Types are plain TypeScript and need',
    'nothing installed; the schemas need zod.',
    '',
    ...sections,
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const project = JSON.parse(readFileSync(REFERENCE_JSON, 'utf8')) as Reflection;
  writeFileSync(API_MARKDOWN, apiMarkdown(project));
  console.log('wrote API.md');
}
