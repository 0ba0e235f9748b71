import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ordinal } from '../../src/internal/ordinal.js';
import { zhHans } from '../../src/locale/zh-hans.js';

/** The English rule, written out: 11th–13th of every hundred, else 1st, 2nd, 3rd, then th. */
function englishSuffix(n: number): string {
  if ([11, 12, 13].includes(n % 100)) return 'th';
  return { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
}

describe('ordinal (English)', () => {
  it('follows the English rule for every whole number', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (n) => {
        expect(ordinal(String(n), n)).toBe(`${n}${englishSuffix(n)}`);
      }),
      { numRuns: 500 },
    );
    expect(
      [0, 1, 2, 3, 4, 11, 12, 13, 21, 102, 111, 1013].map((n) => ordinal(String(n), n)),
    ).toEqual([
      '0th',
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '102nd',
      '111th',
      '1013th',
    ]);
  });

  it('keeps the formatted number it is given, and says "th" after a fraction', () => {
    expect(ordinal('1,001', 1001)).toBe('1,001st');
    expect(ordinal('1.5', 1.5)).toBe('1.5th');
  });
});

describe('the Chinese ordinal (zhHans.words.ordinal)', () => {
  const { ordinal: zhOrdinal } = zhHans.words;
  it('writes first to ninth in Chinese digits after 第, and other numbers as given', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => zhOrdinal(String(n), n))).toEqual([
      '第一',
      '第二',
      '第三',
      '第四',
      '第五',
      '第六',
      '第七',
      '第八',
      '第九',
    ]);
    expect(zhOrdinal('0', 0)).toBe('第0');
    expect(zhOrdinal('10', 10)).toBe('第10');
    expect(zhOrdinal('1.5', 1.5)).toBe('第1.5');
    expect(zhOrdinal('-1', -1)).toBe('第-1');
  });
});
