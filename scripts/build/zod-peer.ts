// Part of `npm run build`: `./schema` without its optional zod peer fails with an error that says
// what to install, not Node's bare "Cannot find package 'zod'".
//   dist/schema.cjs      gets a check before its first require("zod")
//   dist/schema.node.js  the ES module Node (and Deno, Bun) load: it imports dist/schema.js
//                        dynamically, so that a missing zod can be caught, and re-exports it.
// Bundlers get dist/schema.js itself (the `module` condition): a missing zod is their build error,
// and their output needs no top-level await.
import { readFileSync } from 'node:fs';

/** What a user runs to install the peer: `npm install zod@^4.6`, from the peer range. */
export function installCommand(peerRange: string): string {
  const match = /^\^?(\d+)\.(\d+)/.exec(peerRange);
  if (match === null) throw new Error(`zod's peer range ${peerRange} is not ^MAJOR.MINOR…`);
  return `npm install zod@^${match[1]}.${match[2]}`;
}

/** The error's message, one line. */
export function missingZodMessage(peerRange: string): string {
  return `beijing-digital-economy/schema needs zod, an optional peer dependency that is not installed: ${installCommand(peerRange)}`;
}

const MARKER = '// zod, the optional peer of ./schema, checked first';

/** dist/schema.cjs with the check in front of everything but its "use strict". */
export function withCjsCheck(cjs: string, peerRange: string): string {
  if (cjs.includes(MARKER)) return cjs;
  const check = `${MARKER}
try {
  require.resolve("zod");
} catch (cause) {
  if (cause && cause.code === "MODULE_NOT_FOUND") {
    throw Object.assign(new Error(${JSON.stringify(missingZodMessage(peerRange))}, { cause }), { code: "MODULE_NOT_FOUND" });
  }
  throw cause;
}
`;
  const strict = '"use strict";\n';
  return cjs.startsWith(strict) ? `${strict}${check}${cjs.slice(strict.length)}` : `${check}${cjs}`;
}

/** dist/schema.node.js: loads dist/schema.js, or says to install zod; re-exports `names`. */
export function nodeEntry(names: readonly string[], peerRange: string): string {
  return `${MARKER}: dist/schema.js is imported only once zod is known to load.
let schema;
try {
  schema = await import("./schema.js");
} catch (cause) {
  if (cause && cause.code === "ERR_MODULE_NOT_FOUND" && String(cause.message).includes("'zod'")) {
    throw Object.assign(new Error(${JSON.stringify(missingZodMessage(peerRange))}, { cause }), { code: "ERR_MODULE_NOT_FOUND" });
  }
  throw cause;
}
export const {
${names.map((name) => `  ${name},`).join('\n')}
} = schema;
`;
}

/** The names that dist/schema.js exports, from its closing `export { … };`. */
export function esmExportNames(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // The list ends the file, but for the comment that names its source map.
  const match = /export \{([^}]*)\};\s*(?:\/\/# sourceMappingURL=\S+\s*)?$/.exec(text);
  if (match === null) throw new Error(`${file} does not end with an export list`);
  return (match[1] ?? '')
    .split(',')
    .map(
      (name) =>
        name
          .trim()
          .split(/\s+as\s+/)
          .at(-1) ?? '',
    )
    .filter((name) => name !== '');
}
