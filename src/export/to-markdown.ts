import { formatPolicy } from '../format/format-policy.js';
import { formatQuote } from '../format/format-quote.js';
import { formatStatistic } from '../format/format-statistic.js';
import { articleBody, byline, publisherSection } from '../internal/article-parts.js';
import { entityName } from '../model/names.js';
import { walkAnchors, walkNotes } from '../model/walk.js';
import { checkOptions } from '../internal/check-options.js';
import { ENGLISH_WORDING, zhHans } from '../internal/chinese.js';
import { escapeMarkdown } from '../internal/escape-markdown.js';
import { formatPeriod } from '../internal/format-period.js';
import { guard } from '../internal/guard.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import { NOTE_KIND_WORDS_ZH } from '../internal/words.js';
import type { Article, ArticleIds, Note } from '../types/index.js';

/**
 * Options of {@link toMarkdown}.
 *
 * @example
 * ```ts
 * import { article, toMarkdown, type ToMarkdownOptions } from 'beijing-digital-economy';
 *
 * const options: ToMarkdownOptions = { locale: 'zh-CN' };
 * toMarkdown(article, options).includes('## 数据');
 * //=> true
 * ```
 * @category Export
 */
export interface ToMarkdownOptions {
  /** A BCP 47 locale: `en`, or Chinese in simplified characters (`zh-CN`) for Chinese headings, labels and names; the article's own paragraphs, quotations and notes stay in English, marked as such. Other locales fall back to `en`. @defaultValue `'en'` */
  readonly locale?: string;
}

const cell = (text: string) => escapeMarkdown(text);

const WORDS = {
  en: {
    by: 'By ',
    inferred: ' (date inferred from the text)',
    body: [] as string[],
    statistics: '## Statistics',
    header: '| Statistic | Value | Period | According to | Paragraph |',
    quotes: '## Quotes',
    policies: '## Policies',
    sources: '## Sources',
    source: (
      label: string,
      value: string,
      paragraph: string,
      start: number,
      end: number,
      exact: string,
    ) => `- ${label} (${value}): paragraph ${paragraph}, characters ${start}–${end}, “${exact}”`,
    via: (via: string) => `, via ${via}`,
    note: (kind: string, text: string) => `  - Note (${kind}): ${text}`,
  },
  zh: {
    by: '',
    inferred: '（日期系根据正文推断）',
    body: ['以下正文为英文译文原文，未回译：', ''],
    statistics: '## 数据',
    header: '| 数据 | 数值 | 时期 | 来源 | 段落 |',
    quotes: '## 引语',
    policies: '## 政策',
    sources: '## 出处',
    source: (
      label: string,
      value: string,
      paragraph: string,
      start: number,
      end: number,
      exact: string,
    ) => `- ${label}（${value}）：段落 ${paragraph}，第${start}–${end}个字符，英文原文“${exact}”`,
    via: (via: string) => `，出自${via}`,
    note: (kind: string, text: string) =>
      `  - 注（${NOTE_KIND_WORDS_ZH[kind] ?? kind}，英文）：${text}`,
  },
} as const;

/**
 * The article as a Markdown document: headline, byline and date, the article's paragraphs
 * (without the site's section label, credits line and comment form), a table of statistics, the
 * quotes, the policies, and a sources section tying each statistic to the paragraph and words
 * that state it, with its notes. Every piece of text from the data is escaped, so no data can
 * open a heading, link or HTML tag. With a Chinese `locale` the headings, labels, names and
 * values are Chinese; the headline, paragraphs, quotations and notes are the English
 * translation's words, marked as such, never translated back.
 *
 * @param article - The article, e.g. the package's `article` or one checked by `parseArticle`.
 * @param options - The locale.
 * @returns The Markdown text (CommonMark with a GFM table), ending in a newline.
 * @throws {InvalidOptionError} When `article` is not an Article or an option is unknown (from
 *   untyped code); check such data with `parseArticle` first.
 * @example
 * ```ts
 * import { article, toMarkdown } from 'beijing-digital-economy';
 *
 * toMarkdown(article).split('\n')[0];
 * //=> '# Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country'
 * ```
 * @category Export
 */
export function toMarkdown(article: Article<ArticleIds>, options: ToMarkdownOptions = {}): string {
  checkOptions('options', options, ['locale']);
  return guard('article', 'an Article', () => {
    const { tag, language } = resolveLocale(options.locale);
    const zh = language === 'zh';
    const words = WORDS[language];
    const name = (id: string) => entityName(article, id, language);
    const locale = zh ? tag : 'en';
    const { metadata } = article;
    const statistics = new Map(article.statistics.map((s) => [s.id, s]));
    const notesOf = new Map<string, Note[]>();
    for (const visit of walkNotes(article))
      if (visit.kind === 'statistic')
        notesOf.set(visit.id, [...(notesOf.get(visit.id) ?? []), visit.note]);
    const date = metadata.datePublished;
    const lines: string[] = [
      `# ${escapeMarkdown(metadata.headline)}${zh ? ENGLISH_WORDING : ''}`,
      '',
      [
        escapeMarkdown(name(metadata.publisher)),
        ...[publisherSection(article, language) ?? []].flat().map(escapeMarkdown),
        `${words.by}${escapeMarkdown(byline(article, 'en', language))}`,
        escapeMarkdown(formatPeriod(date.value, locale)),
      ].join(' · ') + (date.inferred ? words.inferred : ''),
      '',
      ...words.body,
      ...articleBody(article).flatMap((p) => [escapeMarkdown(p.text), '']),
      words.statistics,
      '',
      words.header,
      '| --- | --- | --- | --- | --- |',
      ...article.statistics.map(
        (s) =>
          `| ${cell((zh ? zhHans(s)?.label.text : undefined) ?? s.label)} | ${cell(formatStatistic(s, { locale, style: 'long', label: false, period: false, attribution: false }))} | ` +
          `${cell(s.period ?? '')} | ${cell(name(s.source.attributedTo))} | ${cell(s.source.anchor.paragraphId)} |`,
      ),
      '',
      words.quotes,
      '',
      ...article.quotes.flatMap((q) => [
        `- ${escapeMarkdown(formatQuote(q, { locale, speaker: name(q.speaker) }))}`,
      ]),
      '',
      words.policies,
      '',
      ...article.policies.map(
        (p) => `- ${escapeMarkdown(formatPolicy(p, { locale, issuers: p.issuedBy.map(name) }))}`,
      ),
      '',
      words.sources,
      '',
      // The sources come from the model's walk: each statement of a figure, with the figure's notes.
      ...walkAnchors(article).flatMap(({ role, id, anchor }) => {
        const s = role === 'statement' ? statistics.get(id) : undefined;
        if (s === undefined) return [];
        const forms = zh ? zhHans(s) : undefined;
        // The figure as the text states it, comparator and all ("more than US$160 billion").
        const value = formatStatistic(s, {
          locale: forms ? locale : 'en',
          style: 'long',
          label: false,
          period: false,
          attribution: false,
        });
        const via = forms?.via?.text ?? s.source.via;
        return [
          words.source(
            escapeMarkdown(forms?.label.text ?? s.label),
            escapeMarkdown(value),
            escapeMarkdown(anchor.paragraphId),
            anchor.start,
            anchor.end,
            escapeMarkdown(anchor.exact),
          ) + (via ? words.via(escapeMarkdown(via)) : ''),
          ...(notesOf.get(s.id) ?? []).map((n) =>
            words.note(escapeMarkdown(n.kind), escapeMarkdown(n.text)),
          ),
        ];
      }),
      '',
    ];
    return lines.join('\n');
  });
}
