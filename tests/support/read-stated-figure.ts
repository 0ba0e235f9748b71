// An independent reading of a surface form ("US$160 billion", "top 20", "two consecutive years"),
// written for the tests so that the hand-entered values are checked against the words.

const WORD_NUMBERS: Record<string, number> = {
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
};
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
const SCALES: Record<string, bigint> = {
  thousand: 10n ** 3n,
  million: 10n ** 6n,
  billion: 10n ** 9n,
  trillion: 10n ** 12n,
};

export interface StatedFigure {
  readonly value: number;
  readonly percent: boolean;
  readonly currency?: 'USD' | 'CNY';
}

/** Multiplies a decimal numeral by a power of ten exactly, without floating-point error. */
function scaleDecimal(numeral: string, scale: bigint): number {
  const [whole = '', fraction = ''] = numeral.split('.');
  const digits = BigInt(whole + fraction);
  const divisor = 10n ** BigInt(fraction.length);
  if ((digits * scale) % divisor !== 0n) throw new Error(`${numeral} × ${scale} is not whole`);
  return Number((digits * scale) / divisor);
}

export function readStatedFigure(statedAs: string): StatedFigure {
  const words = statedAs.toLowerCase();
  const currency = words.startsWith('us$') ? 'USD' : /\byuan\b/.test(words) ? 'CNY' : undefined;
  const percent = words.endsWith('%');
  const numeral = /(\d+(?:\.\d+)?)/.exec(words)?.[1];
  const scaleWord = Object.keys(SCALES).find((word) => new RegExp(`\\b${word}\\b`).test(words));
  let value: number | undefined;
  if (numeral !== undefined)
    value = scaleDecimal(numeral, scaleWord ? (SCALES[scaleWord] ?? 1n) : 1n);
  else {
    const word = words.split(/\s+/)[0] ?? '';
    value = WORD_NUMBERS[word] ?? ORDINALS[word];
  }
  if (value === undefined) throw new Error(`cannot read a figure in ${JSON.stringify(statedAs)}`);
  return currency ? { value, percent, currency } : { value, percent };
}

/** The comparator that the wording around a figure implies. */
export function comparatorOfWording(wording: string): string {
  const words = wording.toLowerCase();
  if (/\b(exceed(s|ed)?|over|more than)\b/.test(words)) return 'more-than';
  if (/\b(about|around|nearly|approximately)\b/.test(words)) return 'about';
  if (/\btop\b/.test(words)) return 'at-most';
  if (/\b(at least|no less than)\b/.test(words)) return 'at-least';
  return 'exactly';
}
