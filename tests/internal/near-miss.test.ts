// The "did you mean" of a message: the closest candidate within a third of the word's characters,
// found among at most 256 candidates of at most 64 characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearMiss } from '../../src/internal/near-miss.js';

/** Levenshtein's distance by its textbook recurrence, memoised: not the package's row-by-row table. */
function levenshtein(a: string, b: string): number {
  const memo = new Map<string, number>();
  const distance = (i: number, j: number): number => {
    if (i === 0) return j;
    if (j === 0) return i;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const found = Math.min(
      distance(i - 1, j) + 1,
      distance(i, j - 1) + 1,
      distance(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
    );
    memo.set(key, found);
    return found;
  };
  return distance(a.length, b.length);
}

/** The first of the closest candidates within the allowance, by a plain scan of every candidate. */
function closest(value: string, candidates: readonly string[]): string | undefined {
  const allowed = Math.max(1, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(value, candidate);
    if (distance <= allowed && distance < bestDistance)
      [best, bestDistance] = [candidate, distance];
  }
  return best;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 });
const a = (n: number) => 'a'.repeat(n);

describe('nearMiss', () => {
  it('gives the first of the closest candidates by edit distance, when it is within a third of the word', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (value, candidates) => {
        expect(nearMiss(value, candidates)).toBe(closest(value, candidates));
      }),
    );
  });

  it('allows one wrong character in a short word and a third of them in a longer one', () => {
    expect(nearMiss('ab', ['xy', 'xb'])).toBe('xb');
    expect(nearMiss('jilin', ['jilln', 'beijing'])).toBe('jilln');
    expect(nearMiss('summary', ['sumary'])).toBe('sumary');
    expect(nearMiss('abcdef', ['axcyzf'])).toBeUndefined();
    expect(nearMiss('abcdef', ['abcxyf'])).toBe('abcxyf');
    expect(nearMiss('abcdef', ['bcdefa'])).toBe('bcdefa');
    expect(nearMiss('stats', ['quotes', 'stat', 'state'])).toBe('stat');
  });

  it('compares words of up to 64 characters, and no longer ones on either side', () => {
    expect(nearMiss(a(64), [a(63)])).toBe(a(63));
    expect(nearMiss(a(65), [a(64)])).toBeUndefined();
    expect(nearMiss(a(64), [`${a(63)}b`])).toBe(`${a(63)}b`);
    expect(nearMiss(a(64), [a(65)])).toBeUndefined();
  });

  it('searches the first 256 candidates and no more', () => {
    const far = Array.from({ length: 255 }, (_, i) => `far-${i}`);
    expect(nearMiss('jilin', [...far, 'jilln'])).toBe('jilln');
    expect(nearMiss('jilin', [...far, 'other', 'jilln'])).toBeUndefined();
  });
});
