import { describe, expect, it } from 'vitest';
import {
  article,
  nameOf,
  toMarkdown,
  toVegaLite,
  toWebAnnotations,
  formatNote,
  formatPolicy,
  formatQuote,
  formatStatistic,
  formatValue,
  getPolicy,
  getStatistic,
  InvalidOptionError,
  quotes,
} from '../../src/index.js';

describe('Chinese asked for by tag', () => {
  // Chinese comes from its module; a tag that asks for it gets an error naming the import, never
  // English words. Traditional-script tags get English, as documented.
  const SIMPLIFIED = ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'ZH-cn'] as const;
  const statistic = getStatistic('service-trade-volume-2019');
  const [quote] = quotes;
  const calls: Record<string, (locale: string) => unknown> = {
    formatValue: (locale) => formatValue(1, { kind: 'percent' }, { locale }),
    formatStatistic: (locale) => formatStatistic(statistic, { locale }),
    formatQuote: (locale) => (quote ? formatQuote(quote, { locale }) : ''),
    formatPolicy: (locale) =>
      formatPolicy(getPolicy('digital-economy-1-plus-3-policy-system'), { locale }),
    formatNote: (locale) => formatNote({ kind: 'inference', text: 'x' }, { locale }),
    nameOf: (locale) => nameOf('jilin', { locale }),
    toMarkdown: (locale) => toMarkdown(article, { locale }),
    toWebAnnotations: (locale) => toWebAnnotations(article, { locale }),
    toVegaLite: (locale) => toVegaLite([statistic], { locale }),
  };
  it.each(Object.keys(calls))('throws from %s, naming the import that gives Chinese', (name) => {
    for (const locale of SIMPLIFIED) {
      expect(() => calls[name]?.(locale), locale).toThrow(InvalidOptionError);
      expect(() => calls[name]?.(locale), locale).toThrow(
        "import { zhHans } from 'beijing-digital-economy/locale/zh-Hans'",
      );
    }
    for (const locale of ['en', 'de', 'zh-TW', 'zh-Hant', 'not a tag'])
      expect(() => calls[name]?.(locale), locale).not.toThrow();
  });
});
