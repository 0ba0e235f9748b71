import { describe, expect, it } from 'vitest';
import { formatQuote, InvalidOptionError, quotes } from '../../src/index.js';
import { byId } from '../support/by-id.js';

const direct = byId(quotes, 'jilin-park-output');
const indirect = byId(quotes, 'headline-digital-economy-share');
const SAID =
  'Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country';
const MARK = '（英文译文原文，未回译）';

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

  it('keeps the English words in Chinese, in quotation marks and marked as the translation’s own', () => {
    expect(formatQuote(indirect, { locale: 'zh-CN' })).toBe(`据吉林：“${SAID}”${MARK}`);
    expect(formatQuote(direct, { locale: 'zh-CN' })).toBe(`吉林：“${direct.text}”${MARK}`);
    expect(formatQuote(direct, { locale: 'zh-CN', speaker: '主席' })).toBe(
      `主席：“${direct.text}”${MARK}`,
    );
    expect(formatQuote(indirect, { locale: 'zh-CN', speaker: false })).toBe(`“${SAID}”${MARK}`);
  });

  it('leaves out a speaker that the article does not know', () => {
    expect(formatQuote({ ...direct, speaker: 'someone' })).toBe(`“${direct.text}”`);
    expect(formatQuote({ ...indirect, speaker: 'someone' }, { locale: 'zh-CN' })).toBe(
      `“${SAID}”${MARK}`,
    );
  });

  const message = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      return error instanceof InvalidOptionError ? error.message : error;
    }
    return 'not thrown';
  };

  it.each<[string, () => unknown, string]>([
    ['no quote', () => formatQuote(null as never), 'quote: got null; expected a Quote'],
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
