import { runExplore } from './explore.js';
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
import { quoteForMessage } from '../internal/message-text.js';
import type { Article, ArticleIds } from '../types/index.js';
import { didYouMean, parseArgs, type OptionSpec } from './args.js';

export interface CliResult {
  readonly exitCode: 0 | 1 | 2;
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
  /**
   * Writes the explorer page to `target` (a file, or a folder to put it in; the current folder
   * when `undefined`): where it went, as a path and a `file:` URL, or a one-line message that
   * says why it could not be written.
   */
  readonly writeExplorer?: (
    target: string | undefined,
  ) => { readonly path: string; readonly url: string } | { readonly problem: string };
  /** Opens a file in the user's browser if an opener exists; says whether one was started. */
  readonly openInBrowser?: (path: string) => boolean;
}

const list = (values: readonly string[]) => values.join(', ');

/** The commands that print the article, and `explore`, which writes the explorer page. */
const ALL_COMMANDS = [...COMMANDS, 'explore'] as const;

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
  help         show this help
  explore [path]
               write the explorer page, every fact highlighted where the text
               states it, to path or into the current folder, and open it in a
               browser when run at a terminal

Options:
  --format <format>   ${list(FORMATS)} (default: text;
                      brat for spans only, jsonld for every command but spans)
  --locale <locale>   a BCP 47 language tag for numbers and words, e.g. en, en-GB,
                      zh-CN (default: en)
  --style <style>     citation style for summary and cite: ${list(STYLES)} (default:
                      apa; with a Chinese --locale, a GB/T 7714 reference)
  --input <file>      an article in the package's JSON format, checked by parseArticle
                      (needs zod); every command then reads it instead of the built-in one
  -h, --help          show this help
  -v, --version       show the version

Colour is used only on a terminal, and never when NO_COLOR is set. Exit status:
0 done (also when the reader of the output stops early), 1 the output could not
be written, 2 a usage error.
`;

const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', value: true },
  { name: 'locale', value: true },
  { name: 'style', value: true },
  { name: 'input', value: true },
];

const usageError = (message: string, showUsage = false): CliResult => ({
  exitCode: 2,
  stdout: '',
  stderr: `beijing-digital-economy: ${message}\n${showUsage ? `\n${USAGE}` : "Run 'beijing-digital-economy --help' for usage.\n"}`,
});

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  context = '',
  known: readonly string[] = allowed,
): T | CliResult {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  // A value that is right elsewhere (jsonld, but not for spans) is no typo: no "did you mean".
  const nearMiss = known.includes(value) ? '' : didYouMean(value, allowed);
  return usageError(
    `invalid value ${quoteForMessage(value)} for --${option}${context}${nearMiss}; expected one of: ${list(allowed)}`,
  );
}

const LOCALE_FORMS =
  'expected a BCP 47 language tag such as en, en-GB, zh-CN or zh-Hans (a language, then optionally a script and a region)';

/** The locale as given when it is a well-formed tag that Intl has data for, else a usage error. */
function checkLocale(value: string | undefined): string | CliResult {
  // Stryker disable next-line StringLiteral: equivalent, every formatter reads an empty tag as en
  if (value === undefined) return 'en';
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(value);
  } catch {
    // Not a tag: canonical stays undefined.
  }
  if (canonical === undefined)
    return usageError(`invalid value ${quoteForMessage(value)} for --locale; ${LOCALE_FORMS}`);
  if (Intl.NumberFormat.supportedLocalesOf([canonical]).length === 0)
    return usageError(
      `no locale data for ${quoteForMessage(value)} in this runtime; ${LOCALE_FORMS}`,
    );
  return value;
}

/** Runs the command line on `args` (without `node` and the script) and says what to print. */
export function runCli(args: readonly string[], environment: CliEnvironment): CliResult {
  const parsed = parseArgs(args, ALL_COMMANDS, OPTIONS, ['explore']);
  if (parsed.kind === 'error') return usageError(parsed.message, parsed.showUsage);
  if (parsed.kind === 'help') return { exitCode: 0, stdout: USAGE, stderr: '' };
  if (parsed.kind === 'version')
    return { exitCode: 0, stdout: `${environment.version}\n`, stderr: '' };
  const { command, values } = parsed;
  if (command === 'explore') {
    const given = Object.keys(values)[0];
    if (given !== undefined) return usageError(`explore takes no --${given}; give a path or none`);
    return runExplore(parsed.operand, environment, usageError);
  }
  const formats = formatsOf(command as Command);
  const format = oneOf<Format>(
    'format',
    values.format,
    formats,
    'text',
    ` with ${command}`,
    FORMATS,
  );
  if (typeof format !== 'string') return format;
  // No --style: APA in English, a GB/T 7714 reference in Chinese.
  const style =
    values.style === undefined
      ? undefined
      : oneOf<CitationStyle>(
          'style',
          values.style,
          STYLES,
          // Stryker disable next-line StringLiteral: equivalent, the fallback is for no --style, which is handled above
          'apa',
        );
  if (typeof style === 'object') return style;
  const locale = checkLocale(values.locale);
  if (typeof locale !== 'string') return locale;
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
  const stdout = render(command as Command, article, { format, style, locale, bold });
  return { exitCode: 0, stdout, stderr: '' };
}
