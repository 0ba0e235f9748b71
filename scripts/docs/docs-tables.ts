// Part of `npm run generate`: the tables in the guides that show the data, so that no figure in
// them is typed by hand. Each sits between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`.
// The data-model guide gets the tables of figures; the Caveats guide lists every note by item.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { article as builtIn } from '../../src/generated/article-data.js';
import { formatNote } from '../../src/format/format-note.js';
import { formatStatistic } from '../../src/format/format-statistic.js';
import { findNotes, type ItemNote, type NoteItem } from '../../src/query/find-notes.js';
import { NOTE_ITEM_KINDS, NOTE_KINDS } from '../../src/internal/vocabulary.js';
import type { Article, ArticleIds, ChineseFormProvenance, Locale } from '../../src/types/index.js';
import { chineseForms } from '../generate/chinese-forms.js';
import { markdownLink, markdownText, noteMarkdown } from './markdown-text.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { readTranslationFile } from '../generate/read-translation-file.js';
import type { TranslationFile } from '../generate/translation-file.js';

export const GUIDE = fileURLToPath(new URL('../../docs/data-model.md', import.meta.url));
export const CAVEATS_GUIDE = fileURLToPath(new URL('../../docs/caveats.md', import.meta.url));

// Every string from the data goes through markdownText (or noteMarkdown, markdownLink): the tables
// hold text, never Markdown or HTML of the data's making.
const text = markdownText;
const entityName = (article: Article<ArticleIds>, id: string) =>
  article.entities.find((e) => e.id === id)?.name ?? id;

/** A form's provenance in a word or two; the words and pages behind it are in a table of their own. */
function provenanceKind(p: ChineseFormProvenance): string {
  switch (p.kind) {
    case 'attested':
      return 'attested';
    case 'translated':
      return p.note ? 'translated, with a note' : 'translated';
    case 'pinyin':
      return 'kept in Pinyin';
  }
}

/** What stands behind a form: the page and its words, the package's note, or the reason for Pinyin. */
function provenanceDetail(p: ChineseFormProvenance): string | undefined {
  switch (p.kind) {
    case 'attested':
      return `${markdownLink(p.source.title, p.source.url)}: “${text(p.source.excerpt)}”`;
    case 'translated':
      return p.note ? text(p.note) : undefined;
    case 'pinyin':
      return text(p.reason);
  }
}

/**
 * What the data-model tables are made of: the article, the Chinese locale and the Latin allowlist
 * of the translations.
 */
export interface TableSource {
  readonly article: Article<ArticleIds>;
  readonly locale: Locale<ArticleIds>;
  readonly keptInLatin: TranslationFile['keptInLatin'];
}

export function tables(
  { article, locale, keptInLatin }: TableSource = {
    article: builtIn,
    locale: zhHans,
    keptInLatin: readTranslationFile().keptInLatin,
  },
): Record<string, string> {
  const name = (id: string) => entityName(article, id);
  return {
    // Two tables of at most six narrow columns rather than one of nine: what the data records,
    // then how the package words it, who states it and what its notes are about.
    statistics: [
      '| id | stated as | value | unit | comparator | period |',
      '| --- | --- | --- | --- | --- | --- |',
      ...article.statistics.map((s) => {
        const unit =
          s.unit.kind === 'currency'
            ? `currency ${s.unit.currency}`
            : s.unit.kind === 'count' || s.unit.kind === 'rank'
              ? `${s.unit.kind} of ${s.unit.of}`
              : s.unit.kind;
        return `| \`${s.id}\` | ${text(s.statedAs)} | ${s.value} | ${text(unit)} | ${s.comparator} | ${text(s.period ?? '—')} |`;
      }),
      '',
      'The same statistics as the package words them (`formatStatistic`, long style in `en`, and with',
      '`zhHans`), who states each, and the kinds of its notes:',
      '',
      '| id | in words (`en` / `zhHans`) | according to | notes |',
      '| --- | --- | --- | --- |',
      ...article.statistics.map((s) => {
        const words = `${formatStatistic(s, { label: false, style: 'long', attribution: false })} / ${formatStatistic(s, { label: false, locale, attribution: false })}`;
        return `| \`${s.id}\` | ${text(words)} | ${text(name(s.source.attributedTo))} | ${[...new Set((s.notes ?? []).map((n) => n.kind))].join(', ') || '—'} |`;
      }),
    ].join('\n'),
    // The forms in a table of four columns; what stands behind each (the page and its words, the
    // package's note, the reason for Pinyin) in a second table, by form.
    chinese: [
      '| item, field | English | Chinese (`zh-Hans`) | provenance |',
      '| --- | --- | --- | --- |',
      ...chineseForms(article, locale).map(
        (row) =>
          `| ${text(row.item)}, ${text(row.field)} | ${text(row.english)} | ${text(row.form.text)}${'classifier' in row.form && row.form.classifier ? ` (measure word ${text(row.form.classifier)})` : ''} | ${provenanceKind(row.form.provenance)} |`,
      ),
      '',
      'What stands behind each form that is attested, translated with a note, or kept in Pinyin:',
      '',
      '| Chinese | provenance | the page and its words, the note, or the reason |',
      '| --- | --- | --- |',
      ...[
        ...new Map(
          chineseForms(article, locale).flatMap((row) => {
            const detail = provenanceDetail(row.form.provenance);
            return detail === undefined
              ? []
              : [[`${row.form.text}\u0000${detail}`, [row.form, detail] as const]];
          }),
        ).values(),
      ].map(
        ([form, detail]) =>
          `| ${text(form.text)} | ${provenanceKind(form.provenance)} | ${detail} |`,
      ),
    ].join('\n'),
    wikidata: [
      '| entity | Wikidata item | shown by (title, URL and the page’s words) |',
      '| --- | --- | --- |',
      ...article.entities.map((e) => {
        const link = e.wikidata;
        const shown = link
          ? `${markdownLink(link.source.title, link.source.url)} — “${text(link.source.excerpt)}”${link.note ? `. ${text(link.note)}` : ''}`
          : 'no page read shows one';
        return `| \`${e.id}\` (${text(e.name)}) | ${link ? markdownLink(link.id, `https://www.wikidata.org/wiki/${link.id}`) : 'none'} | ${shown} |`;
      }),
    ].join('\n'),
    latin: [
      '| kept in Latin letters | why |',
      '| --- | --- |',
      ...keptInLatin.map((entry) => `| ${text(entry.token)} | ${text(entry.reason)} |`),
    ].join('\n'),
    counts: [
      '| collection | items |',
      '| --- | --- |',
      ...(['paragraphs', 'statistics', 'quotes', 'policies', 'entities'] as const).map(
        (key) => `| \`${key}\` | ${article[key].length} |`,
      ),
    ].join('\n'),
  };
}

/** A heading's words for an item: its kind, id and what it is called. */
function itemTitle(item: NoteItem): string {
  const article = builtIn;
  if (item.kind === 'metadata') return `metadata: the ${item.id} field`;
  const what = (() => {
    switch (item.kind) {
      case 'paragraph':
        return `the ${article.paragraphs.find((p) => p.id === item.id)?.role ?? ''} paragraph`;
      case 'entity':
        return entityName(article, item.id);
      case 'statistic':
        return article.statistics.find((s) => s.id === item.id)?.label ?? '';
      case 'quote': {
        const words = article.quotes.find((q) => q.id === item.id)?.text.split(' ') ?? [];
        return `“${words.slice(0, 8).join(' ')}${words.length > 8 ? ' …' : ''}”`;
      }
      case 'policy':
        return article.policies.find((p) => p.id === item.id)?.title ?? '';
    }
  })();
  return `${item.kind} ${item.id}: ${noteMarkdown(what)}`;
}

/** The blocks of docs/caveats.md: counts by kind, then every note under its item, in text order. */
export function caveatsTables(): Record<string, string> {
  const notes = findNotes();
  const count = (kind: string, itemKind: string) =>
    notes.filter((n) => n.note.kind === kind && n.item.kind === itemKind).length;
  const byItem: { item: NoteItem; notes: ItemNote[] }[] = [];
  for (const entry of notes) {
    const last = byItem[byItem.length - 1];
    if (last && last.item.kind === entry.item.kind && last.item.id === entry.item.id)
      last.notes.push(entry);
    else byItem.push({ item: entry.item, notes: [entry] });
  }
  return {
    'note-counts': [
      `| note kind | ${NOTE_ITEM_KINDS.join(' | ')} | all |`,
      `| --- | ${NOTE_ITEM_KINDS.map(() => '---').join(' | ')} | --- |`,
      ...NOTE_KINDS.map(
        (kind) =>
          `| ${kind} | ${NOTE_ITEM_KINDS.map((itemKind) => count(kind, itemKind)).join(' | ')} | ${notes.filter((n) => n.note.kind === kind).length} |`,
      ),
      `| all | ${NOTE_ITEM_KINDS.map((itemKind) => notes.filter((n) => n.item.kind === itemKind).length).join(' | ')} | ${notes.length} |`,
    ].join('\n'),
    notes: byItem
      .map(({ item, notes: own }) =>
        [
          `### ${itemTitle(item)}`,
          '',
          ...own.map(
            ({ note }) =>
              `- **${note.kind}**: ${noteMarkdown(note.text)}\n  <br>*zh-Hans (translated by this package):* ${noteMarkdown(formatNote(note, { locale: zhHans }))}`,
          ),
        ].join('\n'),
      )
      .join('\n\n'),
  };
}

/** The guide with every generated block brought up to date: by default the data-model tables. */
export function withTables(
  text: string,
  blocks: Record<string, string> = tables(),
  file = 'docs/data-model.md',
): string {
  let result = text;
  for (const [key, table] of Object.entries(blocks)) {
    const pattern = new RegExp(`(<!-- generated:${key} -->)[\\s\\S]*?(<!-- /generated:${key} -->)`);
    if (!pattern.test(result)) throw new Error(`${file} has no <!-- generated:${key} --> block`);
    result = result.replace(
      pattern,
      (_m, open: string, close: string) => `${open}\n${table}\n${close}`,
    );
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GUIDE, withTables(readFileSync(GUIDE, 'utf8')));
  console.log('wrote the tables of docs/data-model.md');
  writeFileSync(
    CAVEATS_GUIDE,
    withTables(readFileSync(CAVEATS_GUIDE, 'utf8'), caveatsTables(), 'docs/caveats.md'),
  );
  console.log('wrote the notes of docs/caveats.md');
}
