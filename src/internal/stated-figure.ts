// The one reader of the figures an article states: "US$160 billion", "top 20", "first", "two
// consecutive years", "exceeds 50%". The generator checks the hand-written values with it before
// it writes the data, and ArticleSchema checks any article with it, so that a copy whose value,
// unit, currency, comparator or period was changed does not validate. No zod here: the checks
// report through a callback.
import type { ArticleIds, Comparator, Statistic } from '../types/index.js';
import { quoteForMessage } from './message-text.js';

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const SCALES: Readonly<Record<string, bigint>> = {
  thousand: 10n ** 3n,
  million: 10n ** 6n,
  billion: 10n ** 9n,
  trillion: 10n ** 12n,
};

const SCALE_WORD = /\b(thousand|million|billion|trillion)\b/;

/** A figure as its words state it. */
export interface StatedFigure {
  /** In base units: 160000000000 for "US$160 billion", 50 for "50%", 1 for "first". */
  readonly value: number;
  /** What the words make of it: the kind of unit they imply. */
  readonly kind: 'percent' | 'currency' | 'rank' | 'years' | 'number';
  /** The ISO 4217 code for money: `US$` is USD, `yuan` is CNY. */
  readonly currency?: 'USD' | 'CNY';
}

/** A decimal numeral times a power of ten, exactly (no floating-point error), if whole. */
function scaleDecimal(numeral: string, scale: bigint): number | undefined {
  const fraction = numeral.split('.')[1] ?? '';
  const digits = BigInt(numeral.replace('.', ''));
  const divisor = 10n ** BigInt(fraction.length);
  if ((digits * scale) % divisor !== 0n) return scale === 1n ? Number(numeral) : undefined;
  return Number((digits * scale) / divisor);
}

/**
 * Reads the figure in `words` ("US$160 billion", "top 20", "first", "two consecutive years"), or
 * `undefined` when they state none. Linear in the length of `words`.
 */
export function readStatedFigure(words: string): StatedFigure | undefined {
  if (words.length > 1000) return undefined;
  const lower = words.toLowerCase();
  const currency = /\bus\$/.test(lower) ? 'USD' : /\byuan\b/.test(lower) ? 'CNY' : undefined;
  const numeral = /\d+(?:\.\d+)?/.exec(lower.replace(/(?<=\d),(?=\d{3}\b)/g, ''));
  const ordinalNumeral = /\b(\d+)(?:st|nd|rd|th)\b/.exec(lower);
  const word = /[a-z]+/g;
  let value: number | undefined;
  let ordinal = ordinalNumeral !== null;
  if (ordinalNumeral !== null) value = Number(ordinalNumeral[1]);
  else if (numeral !== null) {
    const scale = SCALE_WORD.exec(lower);
    value = scaleDecimal(numeral[0], scale === null ? 1n : (SCALES[scale[0]] ?? 1n));
  } else {
    for (let match = word.exec(lower); match !== null; match = word.exec(lower)) {
      const found = WORD_NUMBERS[match[0]] ?? ORDINAL_WORDS[match[0]];
      if (found !== undefined) {
        value = found;
        ordinal = ORDINAL_WORDS[match[0]] !== undefined;
        break;
      }
    }
  }
  if (value === undefined) return undefined;
  if (currency !== undefined) return { value, kind: 'currency', currency };
  if (/%|\bper ?cent\b/.test(lower)) return { value, kind: 'percent' };
  if (ordinal || /\btop\b/.test(lower)) return { value, kind: 'rank' };
  if (/\byears?\b/.test(lower)) return { value, kind: 'years' };
  return { value, kind: 'number' };
}

/** The first figure in lower-case words: a numeral, or a number or ordinal word. */
const FIRST_FIGURE = new RegExp(
  `\\d[\\d,.]*|\\b(?:${[...Object.keys(WORD_NUMBERS), ...Object.keys(ORDINAL_WORDS)].join('|')})\\b`,
);

/**
 * The comparator that the wording of a figure states: "exceeds" is `more-than`, "top" and "up
 * to" `at-most`. Only the words up to the end of the first figure count, so that what follows
 * it ("about 15% more than in 2022", a growth compared with a year) does not qualify it.
 */
export function comparatorOfWording(wording: string): Comparator {
  const lower = wording.toLowerCase();
  const figure = FIRST_FIGURE.exec(lower);
  const words = figure === null ? lower : lower.slice(0, figure.index + figure[0].length);
  if (/\b(exceed(s|ed|ing)?|over|more than|above)\b/.test(words)) return 'more-than';
  if (/\b(about|around|nearly|approximately|some)\b/.test(words)) return 'about';
  if (/\b(top|up to|at most)\b/.test(words)) return 'at-most';
  if (/\b(at least|no less than)\b/.test(words)) return 'at-least';
  if (/\b(less than|under|below)\b/.test(words)) return 'less-than';
  return 'exactly';
}

const UNIT_WORDS: Readonly<Record<StatedFigure['kind'], string>> = {
  percent: 'a percentage',
  currency: 'money',
  rank: 'a rank',
  years: 'a number of years',
  number: 'a count',
};

/** One way a statistic disagrees with its own words: the field at fault and what is wrong. */
export interface FigureProblem {
  readonly field: readonly (string | number)[];
  readonly message: string;
}

const quoted = (text: string) => quoteForMessage(text);

/**
 * Everything in `statistic` that its words contradict: the value, the unit and its currency read
 * from `statedAs`; the comparator from the words of its anchor and of every restatement; the
 * figure of every restatement; the year of its period (see `periodProblem`; `paragraphText`
 * gives a paragraph's text by id, `published` is the date of publication); and the range its unit
 * allows.
 */
export function statisticFigureProblems(
  statistic: Statistic<ArticleIds>,
  paragraphText: (id: string) => string | undefined,
  published: string,
): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const { value, unit, comparator, statedAs } = statistic;
  const anchor = statistic.source.anchor;
  const reading = readStatedFigure(statedAs);
  if (reading === undefined) {
    problems.push({
      field: ['statedAs'],
      message: `no figure can be read in statedAs ${quoted(statedAs)}`,
    });
  } else {
    if (reading.value !== value)
      problems.push({
        field: ['value'],
        message: `value is ${value} but statedAs ${quoted(statedAs)} reads ${reading.value}`,
      });
    const unitKind = unit.kind === 'count' ? 'number' : unit.kind;
    if (unitKind !== reading.kind)
      problems.push({
        field: ['unit', 'kind'],
        message: `unit is ${UNIT_WORDS[unitKind]} (${unit.kind}) but statedAs ${quoted(statedAs)} reads as ${UNIT_WORDS[reading.kind]}`,
      });
    else if (
      // Stryker disable next-line ConditionalExpression: equivalent, the kinds agree here, and a unit or a reading of another kind has no currency
      unit.kind === 'currency' &&
      unit.currency !== reading.currency
    )
      problems.push({
        field: ['unit', 'currency'],
        message: `currency is ${unit.currency} but statedAs ${quoted(statedAs)} reads ${
          // Stryker disable next-line StringLiteral: equivalent, a reading of money always has its currency
          reading.currency ?? 'no currency'
        }`,
      });
  }
  const wording = comparatorOfWording(anchor.exact);
  if (wording !== comparator)
    problems.push({
      field: ['comparator'],
      message: `comparator is ${comparator} but the words ${quoted(anchor.exact)} read ${wording}`,
    });
  statistic.restatedAt?.forEach((restated, j) => {
    const again = comparatorOfWording(restated.exact);
    if (again !== comparator)
      problems.push({
        field: ['restatedAt', j, 'exact'],
        message: `the restatement ${quoted(restated.exact)} reads ${again}, the statistic ${comparator}`,
      });
    const figure = readStatedFigure(restated.exact);
    if (figure !== undefined && figure.value !== value)
      problems.push({
        field: ['restatedAt', j, 'exact'],
        message: `the restatement ${quoted(restated.exact)} reads ${figure.value}, the statistic ${value}`,
      });
  });
  const paragraph = paragraphText(anchor.paragraphId);
  if (statistic.period !== undefined && paragraph !== undefined) {
    const problem = periodProblem(statistic.period, paragraph, published);
    if (problem !== undefined) problems.push({ field: ['period'], message: problem });
  }
  const whole = unit.kind === 'count' || unit.kind === 'years';
  const range =
    unit.kind === 'percent'
      ? value >= 0 && value <= 100
        ? undefined
        : 'a percentage from 0 to 100'
      : unit.kind === 'rank'
        ? Number.isInteger(value) && value >= 1
          ? undefined
          : 'a whole rank of 1 or more'
        : value >= 0 && (!whole || Number.isInteger(value))
          ? undefined
          : `${whole ? 'a whole number' : 'an amount'} of 0 or more`;
  if (range !== undefined)
    problems.push({
      field: ['value'],
      message: `value is ${value}; ${unit.kind} must be ${range}`,
    });
  return problems;
}

/** The years a text names, as four-digit strings ("2019"; both of "2024–2026"). */
const namedYears = (text: string) => new Set(text.match(/\b(?:19|20|21)\d{2}\b/g));

/**
 * What is wrong with a statistic's period given the paragraph of its anchor: the paragraph must
 * name the period's year; a paragraph that names no year at all ("now", "last year") allows the
 * year of publication (`published`, `YYYY-MM-DD`) or the year before it.
 */
function periodProblem(period: string, paragraph: string, published: string): string | undefined {
  const year = period.slice(0, 4);
  const named = namedYears(paragraph);
  if (named.has(year)) return undefined;
  const publishedYear = Number(published.slice(0, 4));
  const relative = [publishedYear, publishedYear - 1].map(String);
  if (named.size === 0 && relative.includes(year)) return undefined;
  return named.size === 0
    ? `period is ${period} but the paragraph of its anchor names no year, and ${year} is neither the year of publication (${publishedYear}) nor the year before`
    : `period is ${period} but the paragraph of its anchor names no year ${year}`;
}

/**
 * What a policy's anchor says about its number of supporting documents ("five supporting
 * documents", "three supporting measures"), if anything is wrong.
 */
export function supportingDocumentsProblem(
  supportingDocuments: number | undefined,
  anchorExact: string,
): string | undefined {
  if (supportingDocuments === undefined) return undefined;
  let stated: number | undefined;
  for (const match of anchorExact.matchAll(/\b([\w.]+) supporting [a-z]/gi)) {
    // Stryker disable next-line StringLiteral: equivalent, the group takes part in every match
    stated = readStatedFigure(match[1] ?? '')?.value;
    if (stated !== undefined) break;
  }
  if (stated === supportingDocuments) return undefined;
  return stated === undefined
    ? `supportingDocuments is ${supportingDocuments} but its anchor states no number of supporting documents`
    : `supportingDocuments is ${supportingDocuments} but its anchor states ${stated}`;
}

let months: Intl.DateTimeFormat | undefined;
/** An English month's name ("September"), by its number from 1 (the formatter made once, on first use). */
const monthName = (month: number) =>
  (months ??= new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' })).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );

/**
 * What is wrong with a publication date (`YYYY-MM-DD`) given the words it rests on: one of them
 * must name its month and day ("September 5", "5 September", "September 5th"), and its year must
 * be named by one of them or by the `basis` that explains an inferred date.
 */
export function datePublishedProblem(
  value: string,
  basis: string,
  evidence: readonly string[],
): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return undefined;
  // Stryker disable next-line StringLiteral: equivalent, all three groups take part in every match
  const [, year = '', month = '', day = ''] = match;
  const name = monthName(Number(month));
  const dayNumber = String(Number(day));
  const named = new RegExp(
    `\\b(${name} ${dayNumber}(st|nd|rd|th)?|${dayNumber}(st|nd|rd|th)? ${name})\\b`,
  );
  if (!evidence.some((words) => named.test(words)))
    return `value is ${value} but no evidence names ${name} ${dayNumber}`;
  if (![basis, ...evidence].some((words) => words.includes(year)))
    return `value is ${value} but neither the evidence nor the basis names the year ${year}`;
  return undefined;
}
