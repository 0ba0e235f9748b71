import { zhHans } from '../../src/locale/zh-hans.js';
import { describe, expect, it } from 'vitest';
import { formatQuote, quotes } from '../../src/index.js';

describe('formatQuote', () => {
  it('puts direct quotations in quotation marks and reports indirect ones', () => {
    for (const quote of quotes) {
      const text = formatQuote(quote, { speaker: 'Jilin' });
      if (quote.mode === 'direct') expect(text).toBe(`“${quote.text}” — Jilin`);
      else expect(text).toBe(`According to Jilin: ${quote.text}`);
      // In Chinese the frame is Chinese prose and the words stay the translation's, quoted.
      expect(formatQuote(quote, { locale: zhHans, speaker: '吉林' })).toBe(
        quote.mode === 'direct' ? `吉林表示：“${quote.text}”` : `据吉林介绍，“${quote.text}”`,
      );
      expect(formatQuote(quote, { locale: zhHans })).toBe(
        formatQuote(quote, { locale: zhHans, speaker: '吉林' }),
      );
      expect(formatQuote(quote, { locale: zhHans, speaker: false })).toBe(`“${quote.text}”`);
    }
  });
});
