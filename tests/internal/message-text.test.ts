// Text from the input quoted in a message: whole up to 60 UTF-16 code units, else cut with its
// length, its quotation marks and backslashes escaped, and never cut inside a surrogate pair.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteForMessage } from '../../src/internal/message-text.js';

const a = (n: number) => 'a'.repeat(n);

describe('quoteForMessage', () => {
  it('quotes a text of up to 60 code units whole, and cuts a longer one at 60 with its length', () => {
    expect(quoteForMessage(a(60))).toBe(`"${a(60)}"`);
    expect(quoteForMessage(a(61))).toBe(`"${a(60)}…" (61 characters)`);
    expect(quoteForMessage('x'.repeat(1_000_000))).toBe(
      `"${'x'.repeat(60)}…" (1,000,000 characters)`,
    );
  });

  it('escapes quotation marks and backslashes, in a whole text and in an excerpt', () => {
    expect(quoteForMessage('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
    // The cut counts the text's own characters: the 11 before the x's, then 49 x's.
    expect(quoteForMessage(`"quoted" \\ ${'x'.repeat(100)}`)).toBe(
      `"\\"quoted\\" \\\\ ${'x'.repeat(49)}…" (111 characters)`,
    );
  });

  it('leaves out a character whose surrogate pair the cut would split, and keeps one it would not', () => {
    expect(quoteForMessage(`${a(59)}😀b`)).toBe(`"${a(59)}…" (62 characters)`);
    expect(quoteForMessage(`${a(58)}😀b`)).toBe(`"${a(58)}😀…" (61 characters)`);
    // The first and the last character outside the Basic Multilingual Plane: \ud800\udc00, \udbff\udfff.
    expect(quoteForMessage(`${a(59)}\u{10000}`)).toBe(`"${a(59)}…" (61 characters)`);
    expect(quoteForMessage(`${a(59)}\u{10ffff}`)).toBe(`"${a(59)}…" (61 characters)`);
    expect(quoteForMessage(`${a(58)}\u{10ffff}b`)).toBe(`"${a(58)}\u{10ffff}…" (61 characters)`);
    expect(quoteForMessage(`${a(59)}\ue000b`)).toBe(`"${a(59)}\ue000…" (61 characters)`);
  });

  it('escapes a lone surrogate at the cut rather than pass it on', () => {
    expect(quoteForMessage(`${a(59)}\udc00b`)).toBe(`"${a(59)}\\udc00…" (61 characters)`);
    expect(quoteForMessage(`${a(59)}\ud800b`)).toBe(`"${a(59)}…" (61 characters)`);
  });

  it('shows of any longer text its longest start of whole characters that fits in max', () => {
    const character = fc.constantFrom('a', 'é', '中', '😀', '\u{10000}', '\u{10ffff}');
    const text = fc.array(character, { maxLength: 40 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), (words, max) => {
        fc.pre(words.length > max);
        let fits = '';
        for (const point of Array.from(words)) {
          if (fits.length + point.length > max) break;
          fits += point;
        }
        expect(quoteForMessage(words, max)).toBe(`"${fits}…" (${words.length} characters)`);
      }),
    );
  });
});
