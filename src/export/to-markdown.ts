import { formatPolicy } from '../format/format-policy.js';
import { formatQuote } from '../format/format-quote.js';
import { statisticForms, statisticValue } from '../format/format-statistic.js';
import { articleBody, byline, publisherSection } from '../internal/article-parts.js';
import { entityName } from '../model/names.js';
import { walkAnchors, walkNotes } from '../model/walk.js';
import { checkOptions } from '../internal/check-options.js';
import {
  DATE_INFERRED,
  NOTES_TRANSLATED,
  QUOTES_IN_ENGLISH,
  TEXT_IN_ENGLISH,
  zhNote,
  zhNoteText,
  zhParagraphName,
} from '../internal/chinese.js';
import { escapeMarkdown } from '../internal/escape-markdown.js';
import { formatPeriod } from '../internal/format-period.js';
import { guard } from '../internal/guard.js';
import { own } from '../internal/own.js';
import { localeFor } from '../internal/locale-for.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import { NOTE_KIND_WORDS_ZH } from '../internal/words.js';
import type { Article, ArticleIds, Locale, Note } from '../types/index.js';

/**
 * Options of {@link toMarkdown}.
 *
 * @example
 * ```ts
 * import { article, toMarkdown, type ToMarkdownOptions } from 'beijing-digital-economy';
 * import { zhHans } from 'beijing-digital-economy/locale/zh-Hans';
 *
 * const options: ToMarkdownOptions = { locale: zhHans };
 * toMarkdown(article, options).includes('## 数据');
 * //=> true
 * ```
 * @category Export
 */
export interface ToMarkdownOptions {
  /** `'en'` (any tag but Chinese in simplified characters gives English), or `zhHans` from `beijing-digital-economy/locale/zh-Hans` for Chinese headings, labels, names, values and notes (the notes in this package's translation); the headline, the article's paragraphs and the quotations stay the English translation's words, and a line before them says so. A tag that asks for simplified Chinese (`'zh-CN'`) throws an error that names that import. @defaultValue `'en'` */
  readonly locale?: string | Locale<ArticleIds>;
}

const cell = (text: string) => escapeMarkdown(text);

// A marker is a line before a section, said once for the whole section. (Plain arrays: no work at
// module scope, which a bundler would have to keep.)

const WORDS = {
  en: {
    by: 'By ',
    inferred: ' (date inferred from the text)',
    body: [] as string[],
    statistics: '## Statistics',
    header: '| Statistic | Value | Period | According to | Paragraph |',
    quotes: ['## Quotes', ''],
    policies: '## Policies',
    sources: ['## Sources', ''],
    source: (
      label: string,
      value: string,
      paragraph: string,
      start: number,
      end: number,
      exact: string,
    ) => `- ${label} (${value}): paragraph ${paragraph}, characters ${start}–${end}, “${exact}”`,
    via: (via: string) => `, via ${via}`,
    note: (note: Note, _forms?: Locale<ArticleIds>) =>
      `  - Note (${escapeMarkdown(note.kind)}): ${escapeMarkdown(note.text)}`,
  },
  zh: {
    by: '',
    inferred: DATE_INFERRED,
    body: [TEXT_IN_ENGLISH, ''],
    statistics: '## 数据',
    header: '| 数据 | 数值 | 时期 | 信息来源 | 段落 |',
    quotes: ['## 引语', '', QUOTES_IN_ENGLISH, ''],
    policies: '## 政策',
    sources: ['## 出处', ''],
    // Offsets are a range of numbers, which Chinese writes with a wave dash (428～439).
    source: (
      label: string,
      value: string,
      paragraph: string,
      start: number,
      end: number,
      exact: string,
    ) => `- ${label}（${value}）：${paragraph}，字符偏移${start}～${end}，英文译文作“${exact}”`,
    via: (via: string) => `，出自${via}`,
    note: (note: Note, forms?: Locale<ArticleIds>) =>
      `  - 注（${own(NOTE_KIND_WORDS_ZH, note.kind) ?? escapeMarkdown(note.kind)}）：${escapeMarkdown(forms === undefined ? note.text : zhNoteText(forms, note))}`,
  },
} as const;

/**
 * The article as a Markdown document: headline, byline and date, the article's paragraphs
 * (without the site's section label, credits line and comment form), a table of statistics, the
 * quotes, the policies, and a sources section tying each statistic to the paragraph and words
 * that state it, with its notes. Every piece of text from the data is escaped, so no data can
 * open a heading, link or HTML tag. With a Chinese `locale` the headings, labels, names, values
 * and notes are Chinese (the notes in this package's translation, said once before them); the
 * headline, paragraphs and quotations are the English translation's words, never translated
 * back, and one line before each of those sections says so.
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
    const asked = resolveLocale(options.locale);
    // The locale's forms of items only if they are of this article.
    const forms = localeFor(asked.forms, article);
    // Stryker disable next-line ConditionalExpression: equivalent, `resolved` is read only where `forms` is defined
    const resolved = { tag: asked.tag, ...(forms === undefined ? {} : { forms }) };
    const { tag } = resolved;
    const zh = forms !== undefined;
    const words = forms === undefined ? WORDS.en : WORDS.zh;
    const name = (id: string) => entityName(article, id, forms);
    // English words are the same for every tag; the Chinese come with their module.
    const english = { tag: 'en' } as const;
    // Stryker disable next-line StringLiteral: equivalent, an empty tag resolves to en as well
    const locale = forms ?? 'en';
    const { metadata } = article;
    const statistics = new Map(article.statistics.map((s) => [s.id, s]));
    const notesOf = new Map<string, Note[]>();
    for (const visit of walkNotes(article))
      if (visit.kind === 'statistic')
        notesOf.set(visit.id, [...(notesOf.get(visit.id) ?? []), visit.note]);
    const date = metadata.datePublished;
    const paragraphName = (id: string) => {
      const paragraph = article.paragraphs.find((p) => p.id === id);
      return zh && paragraph ? zhParagraphName(article, paragraph) : id;
    };
    const lines: string[] = [
      `# ${escapeMarkdown(metadata.headline)}`,
      '',
      [
        escapeMarkdown(name(metadata.publisher)),
        ...[publisherSection(article, forms) ?? []].flat().map(escapeMarkdown),
        `${words.by}${escapeMarkdown(byline(article, 'en', forms))}`,
        escapeMarkdown(formatPeriod(date.value, zh ? tag : 'en')),
      ].join(' · ') + (date.inferred ? words.inferred : ''),
      '',
      ...words.body,
      ...articleBody(article).flatMap((p) => [escapeMarkdown(p.text), '']),
      words.statistics,
      '',
      words.header,
      '| --- | --- | --- | --- | --- |',
      // The label has a column of its own, so a Chinese count's value does not repeat it.
      ...article.statistics.map(
        (s) =>
          `| ${cell(statisticForms(forms, s)?.label.text ?? s.label)} | ${cell(statisticValue(s, zh ? resolved : english, 'long', zh))} | ` +
          `${cell(s.period === undefined ? '' : zh ? formatPeriod(s.period, tag) : s.period)} | ${cell(name(s.source.attributedTo))} | ${cell(paragraphName(s.source.anchor.paragraphId))} |`,
      ),
      '',
      ...words.quotes,
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
      ...words.sources,
      // Said once, where the package has translated the notes (an article of its own it has not).
      ...(forms !== undefined &&
      article.statistics.some((s) => (s.notes ?? []).some((n) => zhNote(forms, n)))
        ? [NOTES_TRANSLATED, '']
        : []),
      // The sources come from the model's walk: each statement of a figure, with the figure's notes.
      ...walkAnchors(article).flatMap(({ role, id, anchor }) => {
        const s = role === 'statement' ? statistics.get(id) : undefined;
        if (s === undefined) return [];
        const zhForms = statisticForms(forms, s);
        // The figure as the text states it, comparator and all ("more than US$160 billion").
        const value = statisticValue(s, zh ? resolved : english, 'long', true);
        const via = zhForms?.via?.text ?? s.source.via;
        return [
          words.source(
            escapeMarkdown(zhForms?.label.text ?? s.label),
            escapeMarkdown(value),
            escapeMarkdown(paragraphName(anchor.paragraphId)),
            anchor.start,
            anchor.end,
            escapeMarkdown(anchor.exact),
          ) + (via ? words.via(escapeMarkdown(via)) : ''),
          ...(notesOf.get(s.id) ?? []).map((note) => words.note(note, forms)),
        ];
      }),
      '',
    ];
    return lines.join('\n');
  });
}
