import { formatPolicy } from '../format/format-policy.js';
import { formatQuote } from '../format/format-quote.js';
import { formatStatistic } from '../format/format-statistic.js';
import { formatValue } from '../format/format-value.js';
import { articleBody, byline, entityName } from '../internal/article-parts.js';
import { escapeMarkdown } from '../internal/escape-markdown.js';
import { formatPeriod } from '../internal/format-period.js';
import { guard } from '../internal/guard.js';
import type { Article } from '../types/index.js';

const cell = (text: string) => escapeMarkdown(text);

/**
 * The article as a Markdown document: headline, byline and date, the article's paragraphs
 * (without the site's section label, credits line and comment form), a table of statistics, the
 * quotes, the policies, and a sources section tying each statistic to the paragraph and words
 * that state it, with its notes. Every piece of text from the data is escaped, so no data can
 * open a heading, link or HTML tag.
 *
 * @param article - The article, e.g. the package's `article` or one checked by `parseArticle`.
 * @returns The Markdown text (CommonMark with a GFM table), ending in a newline.
 * @throws {InvalidOptionError} When `article` is not an Article (from untyped code); check such data
 *   with `parseArticle` first.
 * @example
 * ```ts
 * import { article, toMarkdown } from 'beijing-digital-economy';
 *
 * toMarkdown(article).split('\n')[0];
 * //=> '# Jilin: Last year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country'
 * ```
 * @category Export
 */
export function toMarkdown(article: Article): string {
  return guard('article', 'an Article', () => {
    const { metadata } = article;
    const date = metadata.datePublished;
    const lines: string[] = [
      `# ${escapeMarkdown(metadata.headline)}`,
      '',
      `${escapeMarkdown(entityName(article, metadata.publisher))} · ${escapeMarkdown(metadata.section)} · ` +
        `By ${escapeMarkdown(byline(article))} · ${escapeMarkdown(formatPeriod(date.value, 'en'))}` +
        (date.inferred ? ' (date inferred from the text)' : ''),
      '',
      ...articleBody(article).flatMap((p) => [escapeMarkdown(p.text), '']),
      '## Statistics',
      '',
      '| Statistic | Value | Period | According to | Paragraph |',
      '| --- | --- | --- | --- | --- |',
      ...article.statistics.map(
        (s) =>
          `| ${cell(s.label)} | ${cell(formatStatistic(s, { style: 'long', label: false, period: false }))} | ` +
          `${cell(s.period ?? '')} | ${cell(entityName(article, s.source.attributedTo))} | ${cell(s.source.anchor.paragraphId)} |`,
      ),
      '',
      '## Quotes',
      '',
      ...article.quotes.flatMap((q) => [
        `- ${escapeMarkdown(formatQuote(q, { speaker: entityName(article, q.speaker) }))}`,
      ]),
      '',
      '## Policies',
      '',
      ...article.policies.map(
        (p) => `- ${escapeMarkdown(formatPolicy(p, { issuers: p.issuedBy.map((id) => entityName(article, id)) }))}`,
      ),
      '',
      '## Sources',
      '',
      ...article.statistics.flatMap((s) => {
        const { anchor } = s.source;
        const value = formatValue(s.value, s.unit, { style: 'long' });
        return [
          `- ${escapeMarkdown(s.label)} (${escapeMarkdown(value)}): paragraph ${escapeMarkdown(anchor.paragraphId)}, ` +
            `characters ${anchor.start}–${anchor.end}, “${escapeMarkdown(anchor.exact)}”` +
            (s.source.via ? `, via ${escapeMarkdown(s.source.via)}` : ''),
          ...(s.notes ?? []).map((n) => `  - Note (${escapeMarkdown(n.kind)}): ${escapeMarkdown(n.text)}`),
        ];
      }),
      '',
    ];
    return lines.join('\n');
  });
}
