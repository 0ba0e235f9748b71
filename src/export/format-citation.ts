import { InvalidOptionError } from '../errors/invalid-option-error.js';
import { checkOneOf } from '../internal/check-options.js';
import { titleCase } from '../internal/title-case.js';
import { guard } from '../internal/guard.js';
import type { Article, ArticleIds } from '../types/index.js';
import { toCSL, type CslName } from './to-csl.js';

/**
 * The citation styles of {@link formatCitation}.
 *
 * @example
 * ```ts
 * import { article, formatCitation, type CitationStyle } from 'beijing-digital-economy';
 *
 * const styles: CitationStyle[] = ['apa', 'mla', 'chicago'];
 * styles.map((style) => formatCitation(article, style).slice(0, 7));
 * //=> ['Huang, ', 'Huang, ', 'Huang, ']
 * ```
 * @category Export
 */
export type CitationStyle = 'apa' | 'mla' | 'chicago';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** The MLA Handbook's own abbreviations, which differ from `Intl`'s ("Sept.", not "Sep"). */
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/**
 * "Xinyu" → "X.", "Xiu Ming" → "X. M.", "Xiu-Ming" → "X.-M.", as CSL initialises them. The given
 * name comes from `chineseName`, its words joined by one space.
 */
const initials = (given: string) =>
  given
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .filter(Boolean)
        .map((part) => `${part.charAt(0)}.`)
        .join('-'),
    )
    .join(' ');
const inverted = (name: CslName) => (name.given ? `${name.family}, ${name.given}` : name.family);
const natural = (name: CslName) => (name.given ? `${name.given} ${name.family}` : name.family);
/** Ends a title with a full stop unless it ends in punctuation already. */
const closed = (text: string) => (/[.?!:]$/.test(text) ? text : `${text}.`);

function apaAuthors(names: readonly CslName[]): string {
  const each = names.map((n) => (n.given ? `${n.family}, ${initials(n.given)}` : n.family));
  if (each.length <= 1) return each[0] ?? '';
  // Stryker disable next-line StringLiteral: equivalent, there are two names or more here, so a last one
  const last = each[each.length - 1] ?? '';
  return `${each.slice(0, -1).join(', ')}, & ${last}`;
}

function mlaOrChicagoAuthors(names: readonly CslName[], style: 'mla' | 'chicago'): string {
  const [first, second, ...rest] = names;
  if (first === undefined) return '';
  if (second === undefined) return inverted(first);
  if (style === 'mla' && rest.length > 0) return `${inverted(first)}, et al.`;
  const others = [second, ...rest].map(natural);
  // Stryker disable next-line StringLiteral: equivalent, `others` holds `second` at least, so a last one
  const last = others[others.length - 1] ?? '';
  return others.length === 1
    ? `${inverted(first)}, and ${last}`
    : `${inverted(first)}, ${others.slice(0, -1).join(', ')}, and ${last}`;
}

/**
 * A bibliography entry for the article in APA (7th edition), MLA (9th) or Chicago (17th,
 * notes and bibliography), as plain text; the same entries that a CSL processor renders from
 * {@link toCSL}'s item with those styles (tested against citeproc-js). MLA and Chicago put the
 * title in title case. Agreement with citeproc-js is tested for titles of words, `:`, `,`, `?`,
 * `!`, `.` and apostrophes, and for none to four reporters whose given names have one or two
 * words, hyphenated or not; quotation marks, hyphens and brackets inside a title get CSL's
 * typographic rules there (nested quotes flipped, hyphenated words capitalised), which this
 * function does not reproduce.
 *
 * @param article - The article, e.g. the package's `article` or one checked by `parseArticle`.
 * @param style - `'apa'`, `'mla'` or `'chicago'`.
 * @returns The entry, without a trailing newline.
 * @throws {InvalidOptionError} When `style` is not one of the three (from untyped code).
 * @example
 * ```ts
 * import { article, formatCitation } from 'beijing-digital-economy';
 *
 * formatCitation(article, 'chicago');
 * //=> 'Huang, Xinyu. “Jilin: Last Year, Beijing’s Digital Economy Accounted for over 50% of GDP, Ranking First in the Country.” Beijing News, September 5, 2020.'
 * ```
 * @category Export
 */
export function formatCitation(article: Article<ArticleIds>, style: CitationStyle): string {
  return guard('article', 'an Article', () => {
    checkOneOf('style', style, ['apa', 'mla', 'chicago']);
    const item = toCSL(article);
    const [[year, month, day]] = item.issued['date-parts'];
    const monthName = MONTHS[month - 1];
    if (monthName === undefined)
      throw new InvalidOptionError(
        'article.metadata.datePublished',
        `month ${month} is not 1 to 12`,
      );
    const container = item['container-title'];
    switch (style) {
      case 'apa': {
        const authors = apaAuthors(item.author);
        const dated = `(${year}, ${monthName} ${day}).`;
        // Without an author, APA puts the title where the author would be.
        return authors
          ? `${closed(authors)} ${dated} ${closed(item.title)} ${closed(container)}`
          : `${closed(item.title)} ${dated} ${closed(container)}`;
      }
      case 'mla':
      case 'chicago': {
        const authors = mlaOrChicagoAuthors(item.author, style);
        const date =
          style === 'mla'
            ? `${day} ${MLA_MONTHS[month - 1] ?? monthName} ${year}`
            : `${monthName} ${day}, ${year}`;
        const section = style === 'chicago' && item.section ? `, sec. ${item.section}` : '';
        const title = `“${closed(titleCase(item.title))}”`;
        if (authors) return `${closed(authors)} ${title} ${container}, ${date}${section}.`;
        // Without an author, Chicago begins with the newspaper; MLA with the title.
        return style === 'chicago'
          ? `${closed(container)} ${title} ${date}${section}.`
          : `${title} ${container}, ${date}${section}.`;
      }
    }
  });
}
