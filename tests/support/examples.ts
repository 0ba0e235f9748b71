// Finds the examples that the documentation shows and turns each into a module that checks its
// `//=>` results.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './built-package.js';

export interface Example {
  /** Where it is written, e.g. `src/format/format-value.ts #1` or `README.md #3`. */
  readonly origin: string;
  readonly code: string;
}

function filesUnder(directory: string, ending: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every fenced block after an `@example` tag in the source's doc comments. */
export function docCommentExamples(): Example[] {
  return filesUnder(join(projectRoot, 'src'), '.ts').flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/@example\s*\n((?:\s*\*.*\n)+?)\s*\*\s*@/g)].flatMap((match, i) => {
      const body = (match[1] ?? '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n');
      const code = /```ts\n([\s\S]*?)```/.exec(body)?.[1];
      return code ? [{ origin: `${relative(projectRoot, file)} #${i + 1}`, code }] : [];
    });
  });
}

/** Every ```js or ```ts block in the README and the guides that shows a result with `//=>`. */
export function markdownExamples(): Example[] {
  const documents = [
    join(projectRoot, 'README.md'),
    ...filesUnder(join(projectRoot, 'docs'), '.md').filter((f) => !f.includes('/api/')),
  ];
  return documents.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/```(?:js|ts)\n([\s\S]*?)```/g)]
      .filter((match) => (match[1] ?? '').includes('//=>'))
      .map((match, i) => ({
        origin: `${relative(projectRoot, file)} #${i + 1}`,
        code: match[1] ?? '',
      })),
  );
}

/** The file an example is written to, named after where it stands. */
export const exampleFileName = (example: Example): string =>
  `${example.origin.replace(/[^\w]+/g, '_')}.ts`;

/**
 * The example as a module: imports of the package point at the source, and each statement
 * followed by `//=> value` becomes a check that the statement's value deep-equals `value`.
 */
export function checkedModule(example: Example): string {
  const sourceOf = (specifier: string) =>
    specifier === 'beijing-digital-economy/schema'
      ? join(projectRoot, 'src/schema/index.js')
      : specifier === 'beijing-digital-economy/locale/zh-Hans'
        ? join(projectRoot, 'src/locale/zh-hans.js')
        : join(projectRoot, 'src/index.js');
  const lines = example.code
    .replace(
      /from '(beijing-digital-economy(?:\/schema|\/locale\/zh-Hans)?)'/g,
      (_m, specifier: string) => `from ${JSON.stringify(sourceOf(specifier))}`,
    )
    .replace(
      /const (\{[^}]*\}) = require\('(beijing-digital-economy(?:\/schema|\/locale\/zh-Hans)?)'\);/g,
      (_m, names: string, specifier: string) =>
        `import ${names} from ${JSON.stringify(sourceOf(specifier))};`,
    )
    .split('\n');
  const out: string[] = [];
  lines.forEach((line, index) => {
    const result = /^\s*\/\/=>\s*(.*)$/.exec(line);
    if (!result) return void out.push(line);
    let statementAt = out.length - 1;
    while (statementAt >= 0 && !out[statementAt]?.trim()) statementAt -= 1;
    const statement = (out[statementAt] ?? '').trim().replace(/;$/, '');
    out[statementAt] =
      `__check(${JSON.stringify(`${example.origin}, line ${index}`)}, (${statement}), (${result[1]}));`;
  });
  return [
    `import { __check } from ${JSON.stringify(join(projectRoot, 'tests/support/check-example.js'))};`,
    ...out,
    'export {};',
    '',
  ].join('\n');
}
