import { formatCitation, type CitationStyle } from '../export/format-citation.js';
import { toCSL } from '../export/to-csl.js';
import { toCSV } from '../export/to-csv.js';
import { toJSONLD } from '../export/to-json-ld.js';
import { toBrat } from '../export/to-brat.js';
import { toMarkdown } from '../export/to-markdown.js';
import { toSpans } from '../export/to-spans.js';
import {
  toWebAnnotations,
  webAnnotationEntries,
  type AnnotationEntry,
} from '../export/to-web-annotations.js';
import { formatPolicy } from '../format/format-policy.js';
import { formatQuote } from '../format/format-quote.js';
import { formatStatistic } from '../format/format-statistic.js';
import { findNotesIn } from '../query/find-notes.js';
import { notesJsonLd } from './notes-json-ld.js';
import { byline, publisherSection } from '../internal/article-parts.js';
import { entityName } from '../model/names.js';
import { ENGLISH_WORDING } from '../internal/chinese.js';
import { resolveLocale } from '../internal/resolve-locale.js';
import { NOTE_ITEM_KIND_WORDS_ZH, NOTE_KIND_WORDS_ZH } from '../internal/words.js';
import { csvText } from '../internal/csv.js';
import type { CsvTable } from '../internal/csv-tables.js';
import type { Article, ArticleIds } from '../types/index.js';
import { entityLabel } from '../model/names.js';
import { escapeMarkdown } from '../internal/escape-markdown.js';
import { formatPeriod } from '../internal/format-period.js';

export const COMMANDS = [
  'summary',
  'stats',
  'quotes',
  'policies',
  'entities',
  'notes',
  'cite',
  'annotations',
  'spans',
] as const;
export const FORMATS = ['text', 'md', 'csv', 'json', 'jsonld', 'jsonl', 'brat'] as const;
export const STYLES = ['apa', 'mla', 'chicago'] as const;
export type Command = (typeof COMMANDS)[number];
export type Format = (typeof FORMATS)[number];

/** The formats a command takes: `brat` is the spans command's alone, and spans have no JSON-LD. */
export function formatsOf(command: Command): readonly Format[] {
  return FORMATS.filter((format) =>
    command === 'spans' ? format !== 'jsonld' : format !== 'brat',
  );
}

export interface RenderOptions {
  readonly format: Format;
  readonly locale: string;
  readonly style: CitationStyle;
  readonly bold: (text: string) => string;
}

type AnyArticle = Article<ArticleIds>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
/** JSON Lines: one value per line. */
const jsonl = (values: readonly unknown[]) => values.map((v) => `${JSON.stringify(v)}\n`).join('');
/** A table of the Data Package as CSV: the same columns as its file in csv/. */
const table = (article: AnyArticle, name: CsvTable) => toCSV(article, { table: name });
const lines = (items: readonly string[]) => `${items.join('\n')}\n`;
/** The JSON-LD document cut down to the nodes whose ids are given, with its context. */
const jsonLdOf = (article: AnyArticle, ids: readonly string[]) => {
  const document = toJSONLD(article);
  const wanted = new Set(ids.map((id) => `#${id}`));
  return json({
    '@context': document['@context'],
    '@graph': document['@graph'].filter((node) => wanted.has(node['@id'])),
  });
};

/** One annotation as a table row: its IRI, motivation, kind, item id, first span, and its statement. */
function annotationRow({
  annotation,
  kind,
  itemId,
  note,
}: AnnotationEntry): [string, string, string, string, number, number, string, string] {
  const value = (purpose: string) => {
    const body = annotation.body.find((b) => b.type === 'TextualBody' && b.purpose === purpose);
    return body?.type === 'TextualBody' ? body.value : '';
  };
  const [quote, position] = annotation.target[0]?.selector ?? [];
  return [
    annotation.id,
    annotation.motivation,
    note === undefined ? kind : `note (${note.kind})`,
    itemId,
    position?.start ?? 0,
    position?.end ?? 0,
    quote?.exact ?? '',
    value(note === undefined ? 'describing' : 'commenting'),
  ];
}

function statisticLine(article: AnyArticle, locale: string) {
  const language = resolveLocale(locale).language;
  const name = (id: string) => entityName(article, id, language);
  return (s: AnyArticle['statistics'][number]) =>
    formatStatistic(s, { locale, style: 'long', attribution: name(s.source.attributedTo) });
}

/** The summary in Chinese: every word Chinese but the names kept in Pinyin, the headline and the citation, which are the English translation's and say so. */
function chineseSummary(
  article: AnyArticle,
  tag: string,
  style: CitationStyle,
  bold: (text: string) => string,
): string {
  const { metadata, statistics, quotes, policies, entities } = article;
  const name = (id: string) => entityName(article, id, 'zh');
  const date = metadata.datePublished;
  const when = `${formatPeriod(date.value, tag)}${date.inferred ? '（日期系推断）' : ''}`;
  return lines([
    `${bold(metadata.headline)}${ENGLISH_WORDING}`,
    [name(metadata.publisher), publisherSection(article, 'zh'), byline(article, tag, 'zh'), when]
      .filter((part) => part !== undefined)
      .join(' · '),
    '',
    `${statistics.length}项数据：`,
    ...statistics.map((s) => `  - ${statisticLine(article, tag)(s)}`),
    '',
    `另有${quotes.length}条引语、${policies.length}项政策、${entities.length}个实体。引用格式（英文）：`,
    `  ${formatCitation(article, style)}`,
  ]);
}

// `locale` sets the words of text and md; CSV, JSON and JSON-LD are data, the same in every
// locale (the JSON carries the Chinese forms in `translations`).
export function render(
  command: Command,
  article: AnyArticle,
  { format, locale, style, bold }: RenderOptions,
): string {
  const { metadata, statistics, quotes, policies, entities } = article;
  const { tag, language } = resolveLocale(locale);
  const name = (id: string) => entityName(article, id, language);
  switch (command) {
    case 'summary': {
      const date = metadata.datePublished;
      const when = `${formatPeriod(date.value, 'en')}${date.inferred ? ' (inferred)' : ''}`;
      if (format === 'md') return toMarkdown(article, { locale });
      if (format === 'json') return json(article);
      if (format === 'jsonl') return jsonl([article]);
      if (format === 'jsonld') return json(toJSONLD(article));
      if (format === 'csv') {
        const fields: [string, string | number][] = [
          ['headline', metadata.headline],
          ['section', metadata.section],
          ['publisher', entityName(article, metadata.publisher)],
          ['byline', byline(article)],
          ['date_published', date.value],
          ['date_inferred', String(date.inferred)],
          ['word_count', metadata.wordCount],
          ['statistics', statistics.length],
          ['quotes', quotes.length],
          ['policies', policies.length],
          ['entities', entities.length],
        ];
        return csvText(['field', 'value'], fields, true);
      }
      if (language === 'zh') return chineseSummary(article, tag, style, bold);
      return lines([
        bold(metadata.headline),
        [name(metadata.publisher), publisherSection(article), `By ${byline(article)}`, when]
          .filter((part) => part !== undefined)
          .join(' · '),
        '',
        `${statistics.length} statistics:`,
        ...statistics.map((s) => `  - ${statisticLine(article, locale)(s)}`),
        '',
        `${quotes.length} quotes, ${policies.length} policies, ${entities.length} entities. Cite as:`,
        `  ${formatCitation(article, style)}`,
      ]);
    }
    case 'stats':
      if (format === 'csv') return toCSV(statistics);
      if (format === 'json') return json(statistics);
      if (format === 'jsonl') return jsonl(statistics);
      if (format === 'jsonld')
        return jsonLdOf(
          article,
          statistics.map((s) => s.id),
        );
      if (format === 'md')
        return lines(
          statistics.map((s) => `- ${escapeMarkdown(statisticLine(article, locale)(s))}`),
        );
      return lines(statistics.map(statisticLine(article, locale)));
    case 'quotes': {
      const text = (q: AnyArticle['quotes'][number]) =>
        formatQuote(q, { locale, speaker: name(q.speaker) });
      if (format === 'csv') return table(article, 'quotes');
      if (format === 'json') return json(quotes);
      if (format === 'jsonl') return jsonl(quotes);
      if (format === 'jsonld')
        return jsonLdOf(
          article,
          quotes.map((q) => q.id),
        );
      if (format === 'md') return lines(quotes.map((q) => `- ${escapeMarkdown(text(q))}`));
      return lines(quotes.map(text));
    }
    case 'policies': {
      const text = (p: AnyArticle['policies'][number]) =>
        formatPolicy(p, { locale, issuers: p.issuedBy.map(name) });
      if (format === 'csv') return table(article, 'policies');
      if (format === 'json') return json(policies);
      if (format === 'jsonl') return jsonl(policies);
      if (format === 'jsonld')
        return jsonLdOf(
          article,
          policies.map((p) => p.id),
        );
      if (format === 'md') return lines(policies.map((p) => `- ${escapeMarkdown(text(p))}`));
      return lines(policies.map(text));
    }
    case 'entities': {
      const english = (e: AnyArticle['entities'][number]) =>
        `${entityLabel(e, 'en')}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`;
      const chinese = (e: AnyArticle['entities'][number]) =>
        `${entityLabel(e, 'zh')}：提及${e.mentions.length}次`;
      const text = language === 'zh' ? chinese : english;
      if (format === 'csv') return table(article, 'entities');
      if (format === 'json') return json(entities);
      if (format === 'jsonl') return jsonl(entities);
      if (format === 'jsonld')
        return jsonLdOf(
          article,
          entities.map((e) => e.id),
        );
      if (format === 'md') return lines(entities.map((e) => `- ${escapeMarkdown(text(e))}`));
      return lines(entities.map(text));
    }
    case 'notes': {
      const notes = findNotesIn(article, undefined);
      if (format === 'csv') return table(article, 'notes');
      if (format === 'json') return json(notes);
      if (format === 'jsonl') return jsonl(notes);
      if (format === 'jsonld') return json(notesJsonLd(article, notes));
      // In Chinese the kinds are Chinese; the notes themselves are English, and say so.
      const kindOf = (kind: string) =>
        language === 'zh' ? (NOTE_KIND_WORDS_ZH[kind] ?? kind) : kind;
      const itemKindOf = (kind: string) =>
        language === 'zh' ? (NOTE_ITEM_KIND_WORDS_ZH[kind] ?? kind) : kind;
      const english = language === 'zh' ? '（英文）' : '';
      if (format === 'md')
        return lines(
          notes.map(
            ({ item, note }) =>
              `- ${itemKindOf(item.kind)} \`${item.id}\`, *${kindOf(note.kind)}*: ${escapeMarkdown(note.text)}${english}`,
          ),
        );
      if (language === 'zh')
        return lines(
          notes.map(
            ({ item, note }) =>
              `${bold(`${itemKindOf(item.kind)} ${item.id}`)}（${kindOf(note.kind)}）：${note.text}${english}`,
          ),
        );
      return lines(
        notes.map(
          ({ item, note }) => `${bold(`${item.kind} ${item.id}`)} (${note.kind}): ${note.text}`,
        ),
      );
    }
    case 'annotations': {
      if (format === 'json' || format === 'jsonld')
        return json(toWebAnnotations(article, { locale }));
      if (format === 'jsonl') return jsonl(toWebAnnotations(article, { locale }).first.items);
      const rows = webAnnotationEntries(article, { locale }).entries.map(annotationRow);
      if (format === 'csv')
        return csvText(
          ['id', 'motivation', 'kind', 'item', 'start', 'end', 'exact', 'body'],
          rows,
          true,
        );
      const line = ([, motivation, kind, item, start, end, exact, body]: (typeof rows)[number]) =>
        `${kind} ${item} (${motivation}) at ${start}–${end} “${exact}”: ${body}`;
      if (format === 'md') return lines(rows.map((row) => `- ${escapeMarkdown(line(row))}`));
      return lines(rows.map(line));
    }
    case 'cite': {
      if (format === 'json') return json([toCSL(article)]);
      if (format === 'jsonl') return jsonl([toCSL(article)]);
      if (format === 'jsonld') return jsonLdOf(article, ['article']);
      if (format === 'csv')
        return csvText(
          ['style', 'citation'],
          STYLES.map((s) => [s, formatCitation(article, s)]),
          true,
        );
      // The styles are English ones; in Chinese the citation says so.
      const english = language === 'zh' ? '（英文）' : '';
      if (format === 'md')
        return lines([`${escapeMarkdown(formatCitation(article, style))}${english}`]);
      return lines([`${formatCitation(article, style)}${english}`]);
    }
    case 'spans':
      return spans(article, format);
  }
}

/** The spans command: the spans of `toSpans` (UTF-16 offsets, which the output states) or a brat pair. */
function spans(article: AnyArticle, format: Format): string {
  if (format === 'brat') {
    const { txt, ann } = toBrat(article);
    return `==> ${article.id}.txt <==\n${txt}\n==> ${article.id}.ann <==\n${ann}`;
  }
  const document = toSpans(article);
  if (format === 'json') return json(document);
  if (format === 'jsonl') return jsonl([document]);
  const words = (s: (typeof document.spans)[number]) => document.text.slice(s.start, s.end);
  if (format === 'csv')
    return csvText(
      ['id', 'label', 'start', 'end', 'unit', 'item', 'paragraph', 'words'],
      document.spans.map((s) => [
        s.id,
        s.label,
        s.start,
        s.end,
        document.unit,
        s.item,
        s.paragraph,
        words(s),
      ]),
      true,
    );
  const line = (s: (typeof document.spans)[number]) =>
    `${s.label} ${s.start}–${s.end} ${s.id} “${words(s)}”`;
  const relations = document.relations.map((r) => `${r.type}: ${r.from} → ${r.to}`);
  const unit = 'Offsets count UTF-16 code units (here equal to Unicode code points).';
  if (format === 'md')
    return lines([
      ...document.spans.map((s) => `- ${escapeMarkdown(line(s))}`),
      '',
      ...relations.map((r) => `- ${escapeMarkdown(r)}`),
      '',
      unit,
    ]);
  return lines([...document.spans.map(line), '', ...relations, '', unit]);
}
