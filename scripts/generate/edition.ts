// `src/generated/edition.ts`: which edition of the data the package holds. The day the data last
// changed is kept from the file already written as long as the data is the same (the file
// records the SHA-256 of everything in data/), and becomes today when the data changes, so that
// `npm run validate` finds the file stale exactly when the data, the text or the version moved.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { BANNER } from './emit.js';
import { paths } from './paths.js';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** The SHA-256 of every file the data is generated from, in a fixed order. */
export function dataInputsSha256(): string {
  const translations = readdirSync(paths.translations)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(paths.translations, name));
  const data = dirname(paths.text);
  const hash = createHash('sha256');
  for (const file of [paths.text, paths.annotation, ...translations])
    hash
      .update(`${relative(data, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  return hash.digest('hex');
}

export interface EditionInputs {
  /** The package's version. */
  readonly version: string;
  /** The source text's bytes. */
  readonly text: Buffer;
  /** {@link dataInputsSha256} now. */
  readonly inputsSha256: string;
  /** The edition file as written before, if any. */
  readonly previous: string | undefined;
  /** Today, as an ISO 8601 day. */
  readonly today: string;
}

const INPUTS_LINE = /^\/\/ data\/ SHA-256: ([0-9a-f]{64}), changed on (\d{4}-\d{2}-\d{2})$/m;

/** The edition file for these inputs: the day stays the previous one while the data is unchanged. */
export function emitEdition({
  version,
  text,
  inputsSha256,
  previous,
  today,
}: EditionInputs): string {
  const recorded = previous === undefined ? null : INPUTS_LINE.exec(previous);
  const dataDate = recorded?.[1] === inputsSha256 ? (recorded[2] ?? today) : today;
  const value = { version, dataDate, textSha256: sha256(text) };
  return [
    BANNER,
    `// data/ SHA-256: ${inputsSha256}, changed on ${dataDate}`,
    "import type { Edition } from '../types/index.js';",
    '',
    '/**',
    ' * The edition of the data: the package version, the day the data last changed and the',
    ' * SHA-256 of the text. Frozen. The command line prints it with `--version`.',
    ' *',
    ' * @example',
    ' * ```ts',
    " * import { createHash } from 'node:crypto';",
    " * import { articleText, edition } from 'beijing-digital-economy';",
    ' *',
    ' * edition.version;',
    ` * //=> '${version}'`,
    ' * edition.dataDate;',
    ` * //=> '${dataDate}'`,
    " * edition.textSha256 === createHash('sha256').update(articleText).digest('hex');",
    ' * //=> true',
    ' * ```',
    ' * @category Data',
    ' */',
    `export const edition: Edition = /*#__PURE__*/ Object.freeze(${JSON.stringify(value, null, 2)});`,
    '',
  ].join('\n');
}

/** The edition file for the data and package.json as they are now. */
export function currentEdition(today = new Date().toISOString().slice(0, 10)): string {
  const { version } = JSON.parse(readFileSync(paths.packageJson, 'utf8')) as { version: string };
  return emitEdition({
    version,
    text: readFileSync(paths.text),
    inputsSha256: dataInputsSha256(),
    previous: existsSync(paths.generatedEdition)
      ? readFileSync(paths.generatedEdition, 'utf8')
      : undefined,
    today,
  });
}
