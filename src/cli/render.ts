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
import {
  DATE_INFERRED,
  HEADLINE_IN_ENGLISH,
  NOTES_TRANSLATED,
  QUOTES_IN_ENGLISH,
  zhNoteText,
} from '../internal/chinese.js';
import { asksForChinese, resolveLocale } from '../internal/resolve-locale.js';
import { ENTITY_KIND_WORDS_ZH, NOTE_KIND_WORDS_ZH } from '../internal/words.js';
import { csvText } from '../internal/csv.js';
import type { CsvTable } from '../internal/csv-tables.js';
import { zhHans } from '../locale/zh-hans.js';
import { localeFor } from '../internal/locale-for.js';
import type { Article, ArticleIds, Locale } from '../types/index.js';
import { withPinyinMark, zhItemName } from './zh-names.js';
import { entityForms, entityLabel } from '../model/names.js';
import { escapeMarkdown } from '../internal/escape-markdown.js';
import { own } from '../internal/own.js';
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
  /** The citation style; when none is given, APA in English and a GB/T 7714 reference in Chinese. */
  readonly style: CitationStyle | undefined;
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

/** One annotation as a table row: its IRI, motivation, kind, item id, first span, and its statement; then the kind of its item and the note's kind. */
function annotationRow({
  annotation,
  kind,
  itemKind,
  itemId,
  note,
}: AnnotationEntry): [
  string,
  string,
  string,
  string,
  number,
  number,
  string,
  string,
  string,
  string,
] {
  const value = (purpose: string) => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, an annotation's first body is always the TextualBody of the purpose asked for
    const body = annotation.body.find((b) => b.type === 'TextualBody' && b.purpose === purpose);
    // Stryker disable next-line ConditionalExpression,OptionalChaining,StringLiteral: equivalent, the body found is always a TextualBody; the check only narrows its type
    return body?.type === 'TextualBody' ? body.value : '';
  };
  // Stryker disable OptionalChaining: equivalent, every annotation has a target, and every target a quote and a position
  // Stryker disable next-line ArrayDeclaration: equivalent, every annotation has a target
  const [quote, position] = annotation.target[0]?.selector ?? [];
  return [
    annotation.id,
    annotation.motivation,
    note === undefined ? kind : `note (${note.kind})`,
    itemId,
    position?.start ?? 0,
    position?.end ?? 0,
    // Stryker disable next-line StringLiteral: equivalent, every target has a quote
    quote?.exact ?? '',
    // Stryker restore OptionalChaining
    value(note === undefined ? 'describing' : 'commenting'),
    itemKind,
    // Stryker disable next-line StringLiteral: equivalent, only a note's row (motivation commenting) is read for its note's kind
    note?.kind ?? '',
  ];
}

/** What an annotation's motivation is, in Chinese. */
const MOTIVATIONS_ZH: Readonly<Record<string, string>> = {
  describing: '描述',
  identifying: '标识',
  commenting: '评注',
};

/** What an annotation of each kind is about, in Chinese, where the item's name does not say it. */
const ANNOTATION_KINDS_ZH: Readonly<Record<string, string>> = {
  purpose: '的目的',
  designation: '的称号',
  evidence: '的依据',
};

/**
 * A GB/T 7714—2015 reference to the article, the form Chinese journals and papers cite in: the
 * reporter's name as the text gives it, the headline as the translation gives it, [N] for a
 * newspaper article, the paper's Chinese name and the date.
 */
function gbReference(article: AnyArticle): string {
  const { metadata } = article;
  const reporters = metadata.contributors
    .filter((c) => c.role === 'reporter')
    .map((c) => entityName(article, c.entity));
  return `${reporters.join(', ')}. ${metadata.headline}[N]. ${entityName(article, metadata.publisher, localeFor(zhHans, article))}, ${metadata.datePublished.value}.`;
}
const GB_REFERENCE_NOTE = '（GB/T 7714—2015；题名照录英文译文）';
const STYLE_NAMES: Readonly<Record<CitationStyle, string>> = {
  apa: 'APA',
  mla: 'MLA',
  chicago: 'Chicago',
};

/** The citation a Chinese reader asked for: GB/T 7714 unless an English style was named. */
function chineseCitation(article: AnyArticle, style: CitationStyle | undefined): [string, string] {
  if (style === undefined) return [gbReference(article), GB_REFERENCE_NOTE];
  return [formatCitation(article, style), `（${STYLE_NAMES[style]}格式，英文）`];
}

function statisticLine(article: AnyArticle, locale: string | Locale<ArticleIds>) {
  const { forms } = resolveLocale(locale);
  const name = (id: string) => entityName(article, id, forms);
  return (s: AnyArticle['statistics'][number]) =>
    formatStatistic(s, { locale, style: 'long', attribution: name(s.source.attributedTo) });
}

/** The summary in Chinese: every word Chinese but the names kept in Pinyin (marked) and the headline, which is the English translation's and says so. */
function chineseSummary(
  article: AnyArticle,
  style: CitationStyle | undefined,
  bold: (text: string) => string,
): string {
  const { metadata, statistics, quotes, policies, entities } = article;
  // The Chinese module's forms of items only if they are of this article.
  const chinese = localeFor(zhHans, article);
  const name = (id: string) => entityName(article, id, chinese);
  const date = metadata.datePublished;
  const when = `${formatPeriod(date.value, chinese.code)}${date.inferred ? DATE_INFERRED : ''}`;
  const [citation, citationNote] = chineseCitation(article, style);
  return lines([
    `${bold(metadata.headline)}${HEADLINE_IN_ENGLISH}`,
    [
      name(metadata.publisher),
      publisherSection(article, chinese),
      byline(article, chinese.code, chinese),
      when,
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
    '',
    `${statistics.length}项数据：`,
    ...statistics.map((s) => `  - ${statisticLine(article, chinese)(s)}`),
    '',
    `另有${quotes.length}条引语、${policies.length}项政策、${entities.length}个实体。引用格式${citationNote}：`,
    `  ${citation}`,
  ]);
}

// `locale` sets the words of text and md; CSV, JSON and JSON-LD are data, the same in every
// locale. The command line imports the Chinese module itself: a tag that asks for simplified
// Chinese gets its words and names.
export function render(command: Command, article: AnyArticle, options: RenderOptions): string {
  const { format, style, bold } = options;
  const locale = asksForChinese(options.locale) ? localeFor(zhHans, article) : options.locale;
  const { metadata, statistics, quotes, policies, entities } = article;
  const { forms } = resolveLocale(locale);
  const zh = forms !== undefined;
  const name = (id: string) => entityName(article, id, forms);
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
      if (zh) return chineseSummary(article, style, bold);
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
        `  ${formatCitation(article, style ?? 'apa')}`,
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
      // In Chinese, one line before the list says that the quotations are the translation's words.
      const before = zh ? [QUOTES_IN_ENGLISH] : [];
      if (format === 'md')
        return lines([
          ...before.map((line) => `${escapeMarkdown(line)}\n`),
          ...quotes.map((q) => `- ${escapeMarkdown(text(q))}`),
        ]);
      return lines([...before, ...quotes.map(text)]);
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
        `${entityLabel(e, undefined)}: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`;
      const chinese = (e: AnyArticle['entities'][number]) =>
        `${entityLabel(e, forms)}：提及${e.mentions.length}次`;
      const text = zh ? chinese : english;
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
      // In Chinese every note is the package's translation, said once before the list; the item
      // is named in Chinese (数据“…”, 实体“…”), not by its id.
      if (forms !== undefined) {
        const line = (
          { item, note }: (typeof notes)[number],
          strong: (text: string) => string,
          text: (text: string) => string,
        ) =>
          `${strong(zhItemName(article, forms, item.kind, item.id))}${text(`（${NOTE_KIND_WORDS_ZH[note.kind] ?? note.kind}）：${zhNoteText(forms, note)}`)}`;
        if (format === 'md')
          return lines([
            `${escapeMarkdown(NOTES_TRANSLATED)}\n`,
            ...notes.map(
              (entry) =>
                `- ${line(entry, (name) => `**${escapeMarkdown(name)}**`, escapeMarkdown)}`,
            ),
          ]);
        return lines([
          NOTES_TRANSLATED,
          ...notes.map((entry) => line(entry, bold, (text) => text)),
        ]);
      }
      if (format === 'md')
        return lines(
          notes.map(
            ({ item, note }) =>
              `- ${item.kind} \`${item.id}\`, *${note.kind}*: ${escapeMarkdown(note.text)}`,
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
      type Row = (typeof rows)[number];
      if (format === 'csv')
        return csvText(
          ['id', 'motivation', 'kind', 'item', 'start', 'end', 'exact', 'body'],
          rows.map((row) => row.slice(0, 8) as [string, ...(string | number)[]]),
          true,
        );
      const english = ([, motivation, kind, item, start, end, exact, body]: Row) =>
        `${kind} ${item} (${motivation}) at ${start}–${end} “${exact}”: ${body}`;
      // In Chinese the item is named, not given by id, and the range takes a wave dash (428～439);
      // a note on a field of the metadata is about the whole text, which it does not repeat.
      const chinese = (
        [, motivation, kind, item, start, end, exact, body, itemKind, noteKind]: Row,
        zhForms: Locale<ArticleIds>,
      ) => {
        const kindWord = ANNOTATION_KINDS_ZH[kind] ?? '';
        const itemName = zhItemName(article, zhForms, itemKind, item);
        // A Pinyin name directly before the bracket gives its mark to it (see withPinyinMark).
        const { name: bare, mark } = withPinyinMark(itemName);
        const [what, about] =
          motivation === 'commenting'
            ? [`关于${itemName}${kindWord}的注释`, `${NOTE_KIND_WORDS_ZH[noteKind] ?? noteKind}；`]
            : kindWord === ''
              ? [bare, mark]
              : [`${itemName}${kindWord}`, ''];
        const span =
          start === 0 && end === article.text.length
            ? '全文'
            : `字符偏移${start}～${end}，英文译文作“${exact}”`;
        return `${what}（${about}${MOTIVATIONS_ZH[motivation] ?? motivation}，${span}）：${body}`;
      };
      const line = (row: Row) => (forms ? chinese(row, forms) : english(row));
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
      // In Chinese a GB/T 7714 reference, unless an English style was asked for; either says so.
      const [citation, note] = zh
        ? chineseCitation(article, style)
        : [formatCitation(article, style ?? 'apa'), ''];
      if (format === 'md') return lines([`${escapeMarkdown(citation)}${note}`]);
      return lines([`${citation}${note}`]);
    }
    case 'spans':
      return spans(article, format, forms);
  }
}

/** Chinese words for the relations between spans: whose speaker, whose source. */
const SPAN_RELATIONS_ZH: Readonly<Record<string, string>> = {
  speaker: '说话人',
  source: '信息来源',
};

/**
 * The spans command: the spans of `toSpans` (UTF-16 offsets, which the output states) or a brat
 * pair. In Chinese, text and md name each span's item and its label in Chinese, with the English
 * translation's words it covers, and the relations by the items they join.
 */
function spans(article: AnyArticle, format: Format, forms: Locale<ArticleIds> | undefined): string {
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
  type Span = (typeof document.spans)[number];
  const byId = new Map(document.spans.map((s) => [s.id, s]));
  // A name kept in Pinyin takes its mark into the bracket that follows (“Huang Xinyu”（拼音，人物，…）),
  // as the entities command writes it, rather than two brackets in a row.
  const zhName = (s: Span, zhForms: Locale<ArticleIds>) =>
    withPinyinMark(zhItemName(article, zhForms, s.id.slice(0, s.id.indexOf(':')), s.item));
  // A mention says its entity's kind (the entity's own word where the general one does not fit,
  // 讲话); a quote, a statistic or a policy is said by its name (…的间接引语, 数据“…”, 政策《…》).
  const kind = (s: Span, zhForms: Locale<ArticleIds>) => {
    if (!s.id.startsWith('mention:')) return '';
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, a mention's span is of an entity of the article, which find always returns
    const entityKind = article.entities.find((e) => e.id === s.item)?.kind ?? '';
    const word = entityForms(zhForms, { id: s.item })?.kind?.text;
    return `${word ?? own(ENTITY_KIND_WORDS_ZH, entityKind) ?? s.label}，`;
  };
  const line = (s: Span) => {
    if (!forms) return `${s.label} ${s.start}–${s.end} ${s.id} “${words(s)}”`;
    const { name, mark } = zhName(s, forms);
    return `${name}（${mark}${kind(s, forms)}字符偏移${s.start}～${s.end}，英文译文作“${words(s)}”）`;
  };
  const relations = document.relations.map((r) => {
    if (!forms) return `${r.type}: ${r.from} → ${r.to}`;
    const [from, to] = [byId.get(r.from), byId.get(r.to)];
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: unreachable, a relation joins two spans of the document (articleSpans), so both are found
    if (from === undefined || to === undefined) return `${r.type}: ${r.from} → ${r.to}`;
    const at = (s: Span) => {
      const { name, mark } = zhName(s, forms);
      return `${name}（${mark}字符偏移${s.start}～${s.end}）`;
    };
    return `${at(from)}的${SPAN_RELATIONS_ZH[r.type] ?? r.type}：${at(to)}`;
  });
  // The offsets are into the English translation, end excluded; they equal code points only when
  // the text has no character outside the Basic Multilingual Plane, which is then said.
  const same = [...document.text].length === document.text.length;
  const unit = forms
    ? `字符偏移指英文译文中的位置，含起点、不含终点，按UTF-16码元计数${same ? '（本文中与按码位计数相同）' : ''}。`
    : `Offsets count UTF-16 code units${same ? ' (here equal to Unicode code points)' : ''}.`;
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
