import { parseArgs } from 'node:util';
import {
  COMMANDS,
  FORMATS,
  formatsOf,
  render,
  STYLES,
  type Command,
  type Format,
} from './render.js';
import type { CitationStyle } from '../export/format-citation.js';
import { article as builtInArticle } from '../generated/article-data.js';
import type { Article, ArticleIds } from '../types/index.js';

export interface CliResult {
  readonly exitCode: 0 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliEnvironment {
  /** Whether standard output is a terminal; colour is used only then. */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly version: string;
  /**
   * Reads the article in a file given with `--input`: the article, or a one-line message that
   * says what is wrong with the file. The bin reads it with `parseArticle`.
   */
  readonly readArticle?: (path: string) => Article<ArticleIds> | { readonly problem: string };
}

const list = (values: readonly string[]) => values.join(', ');

export const USAGE = `Usage: beijing-digital-economy <command> [options]

The Beijing News report of September 2020 on Beijing's digital economy, as data.

Commands:
  summary      headline, byline, date and every statistic
  stats        the statistics
  quotes       the quotations and reported statements
  policies     the policies
  entities     the people, organisations, places and events
  notes        every note: doubtful translations, inferences, inconsistencies,
               ambiguities
  cite         a citation of the article
  annotations  every statistic, quote, policy, mention and note as W3C Web
               Annotations (--format json or jsonld: the AnnotationCollection)
  spans        every mention, quote, statistic and policy as a span of the text
               for NLP tools (--format jsonl: doccano/spaCy; --format brat: a
               brat .txt/.ann pair); offsets in UTF-16 code units

Options:
  --format <format>   ${list(FORMATS)} (default: text;
                      brat for spans only, jsonld for every command but spans)
  --locale <locale>   a BCP 47 locale for numbers and words, e.g. en, zh-CN (default: en)
  --style <style>     citation style for summary and cite: ${list(STYLES)} (default: apa)
  --input <file>      an article in the package's JSON format, checked by parseArticle
                      (needs zod); every command then reads it instead of the built-in one
  --help              show this help
  --version           show the version

Colour is used only on a terminal, and never when NO_COLOR is set.
`;

const usageError = (message: string): CliResult => ({
  exitCode: 2,
  stdout: '',
  stderr: `beijing-digital-economy: ${message}\nRun 'beijing-digital-economy --help' for usage.\n`,
});

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  context = '',
): T | CliResult {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return usageError(
    `invalid value ${JSON.stringify(value)} for --${option}${context}; expected one of: ${list(allowed)}`,
  );
}

/** Runs the command line on `args` (without `node` and the script) and says what to print. */
export function runCli(args: readonly string[], environment: CliEnvironment): CliResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        locale: { type: 'string' },
        style: { type: 'string' },
        input: { type: 'string' },
        help: { type: 'boolean' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    const message =
      error instanceof Error
        ? error.message.replace(/\. To specify a positional argument.*$/s, '')
        : String(error);
    return usageError(
      `${message}; the options are --format, --locale, --style, --input, --help and --version`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return { exitCode: 0, stdout: USAGE, stderr: '' };
  if (values.version) return { exitCode: 0, stdout: `${environment.version}\n`, stderr: '' };
  const [command, ...extra] = positionals;
  if (command === undefined)
    return usageError(`missing command; expected one of: ${list(COMMANDS)}`);
  if (!(COMMANDS as readonly string[]).includes(command)) {
    return usageError(
      `unknown command ${JSON.stringify(command)}; expected one of: ${list(COMMANDS)}`,
    );
  }
  if (extra.length > 0)
    return usageError(`unexpected argument ${JSON.stringify(extra[0])}; give one command`);
  const formats = formatsOf(command as Command);
  const format = oneOf<Format>('format', values.format, formats, 'text', ` with ${command}`);
  if (typeof format !== 'string') return format;
  const style = oneOf<CitationStyle>('style', values.style, STYLES, 'apa');
  if (typeof style !== 'string') return style;
  const colour = environment.isTTY && !environment.env.NO_COLOR && format === 'text';
  const bold = (text: string) => (colour ? `\u001b[1m${text}\u001b[22m` : text);
  let article: Article<ArticleIds> = builtInArticle;
  if (values.input !== undefined) {
    if (environment.readArticle === undefined)
      return usageError('--input is not available here: no way to read a file');
    const read = environment.readArticle(values.input);
    if ('problem' in read)
      return { exitCode: 2, stdout: '', stderr: `beijing-digital-economy: ${read.problem}\n` };
    article = read;
  }
  const stdout = render(command as Command, article, {
    format,
    style,
    locale: values.locale ?? 'en',
    bold,
  });
  return { exitCode: 0, stdout, stderr: '' };
}
