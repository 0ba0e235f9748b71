import { describe, expect, it } from 'vitest';
import { formatQuote, quotes } from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { byId } from '../support/by-id.js';
import { optionErrorMessage as message } from '../support/option-error.js';

const direct = byId(quotes, 'jilin-park-output');
const indirect = byId(quotes, 'headline-digital-economy-share');
const SAID =
  'Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country';

describe('formatQuote', () => {
  it('quotes direct speech and names the speaker after it', () => {
    expect(formatQuote(direct)).toBe(`“${direct.text}” — Jilin`);
    expect(formatQuote(direct, { speaker: 'the chairman' })).toBe(
      `“${direct.text}” — the chairman`,
    );
    expect(formatQuote(direct, { speaker: false })).toBe(`“${direct.text}”`);
  });

  it('reports indirect speech in its own words after the speaker', () => {
    expect(formatQuote(indirect)).toBe(`According to Jilin: ${SAID}`);
    expect(formatQuote(indirect, { speaker: 'S' })).toBe(`According to S: ${SAID}`);
    expect(formatQuote(indirect, { speaker: false })).toBe(SAID);
  });

  it('frames the English words in Chinese prose, in Chinese quotation marks', () => {
    // The marker that the words are the English translation's is said once per list, by the views
    // that list quotes, not after each quote.
    expect(formatQuote(indirect, { locale: zhHans })).toBe(`据吉林介绍，“${SAID}”`);
    expect(formatQuote(direct, { locale: zhHans })).toBe(`吉林表示：“${direct.text}”`);
    expect(formatQuote(direct, { locale: zhHans, speaker: '主席' })).toBe(
      `主席表示：“${direct.text}”`,
    );
    expect(formatQuote(indirect, { locale: zhHans, speaker: false })).toBe(`“${SAID}”`);
  });

  it('leaves out a speaker that the article does not know', () => {
    expect(formatQuote({ ...direct, speaker: 'someone' })).toBe(`“${direct.text}”`);
    expect(formatQuote({ ...indirect, speaker: 'someone' }, { locale: zhHans })).toBe(`“${SAID}”`);
  });

  it.each<[string, () => unknown, string]>([
    [
      'a locale',
      () => formatQuote(direct, { locale: 1 } as never),
      "options.locale: got 1; expected a BCP 47 tag such as 'en', or zhHans from 'beijing-digital-economy/locale/zh-Hans'",
    ],
    ['no quote', () => formatQuote(null as never), 'quote: got null; expected a Quote'],
    [
      'words alone',
      () => formatQuote('a quote' as never),
      'quote: got "a quote"; expected a Quote',
    ],
    [
      'an object that cannot be read',
      () => {
        const { proxy, revoke } = Proxy.revocable(direct, {});
        revoke();
        return formatQuote(proxy);
      },
      "quote: is not a Quote (Cannot perform 'get' on a proxy that has been revoked); check data from elsewhere with parseArticle from 'beijing-digital-economy/schema'",
    ],
    [
      'a mode',
      () => formatQuote({ ...direct, mode: 'paraphrase' } as never),
      'quote.mode: got "paraphrase"; expected one of "direct", "indirect"',
    ],
    [
      'text',
      () => formatQuote({ ...direct, text: 5 } as never),
      'quote.text: got 5; expected a string',
    ],
    [
      'a speaker id',
      () => formatQuote({ ...direct, speaker: 5 } as never),
      'quote.speaker: got 5; expected a string',
    ],
    [
      'a speaker',
      () => formatQuote(direct, { speaker: true } as never),
      'options.speaker: got true; expected a string',
    ],
    [
      'an option',
      () => formatQuote(direct, { by: 'S' } as never),
      'options.by: unknown option; the options are "locale", "speaker"',
    ],
  ])('rejects %s, saying what would be right', (_what, work, expected) => {
    expect(message(work)).toBe(expected);
  });
});

describe('formatQuote on every quote of the article', () => {
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
