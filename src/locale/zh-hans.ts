/**
 * Simplified Chinese for the Beijing News article: import `zhHans` and pass it as the `locale`
 * option of a formatter, export, chart or `nameOf`, the way date-fns takes its locales. The main
 * entry carries none of it (no Chinese form, no source, no note's translation), so a program that
 * never imports this module never bundles it; asking the main entry for Chinese by tag
 * (`locale: 'zh-CN'`) throws an error that names this import.
 *
 * @module beijing-digital-economy/locale/zh-Hans
 */
import { ZH_HANS_FORMS } from '../generated/zh-hans.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Locale } from '../types/index.js';
import { ZH_HANS_WORDS } from './zh-hans-words.js';

/**
 * The simplified-Chinese locale: every name and label of the article in Chinese, each with its
 * provenance (`attested` by a public page that writes it, `translated` by this package, or a
 * person's name kept in `pinyin`), this package's Chinese text of every note, the measure word of
 * every count, and the words that frame them as a Chinese paper prints them. Deeply frozen.
 *
 * @example
 * ```ts
 * import { formatStatistic, getStatistic, nameOf } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * formatStatistic(getStatistic('service-trade-volume-2019'), { locale: zhHans, attribution: nameOf('jilin', { locale: zhHans }) });
 * //=> '服务贸易进出口总额：超过1600亿美元（2019年），据吉林'
 * [zhHans.entities.jilin.name.text, zhHans.entities.jilin.name.provenance.kind];
 * //=> ['吉林', 'attested']
 * ```
 * @category Locale
 */
export const zhHans: Locale = /*#__PURE__*/ deepFreeze({ ...ZH_HANS_FORMS, words: ZH_HANS_WORDS });

export type { Locale } from '../types/index.js';
