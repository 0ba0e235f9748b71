// Part of `npm run generate`: the tables in the guides that show the data, so that no figure in
// them is typed by hand. Each sits between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { article } from '../src/generated/article-data.js';
import { formatStatistic } from '../src/format/format-statistic.js';
import type { ChineseFormProvenance } from '../src/types/index.js';
import { chineseForms } from './lib/chinese-forms.js';
import { readTranslationFile } from './lib/read-translation-file.js';

export const GUIDE = fileURLToPath(new URL('../docs/data-model.md', import.meta.url));

const cell = (text: string) => text.replace(/\|/g, '\\|');
const name = (id: string) => article.entities.find((e) => e.id === id)?.name ?? id;
const line = (text: string) => cell(text.replace(/\s+/g, ' '));

function provenance(p: ChineseFormProvenance): string {
  switch (p.kind) {
    case 'attested':
      return `attested: [${line(p.source.title)}](${p.source.url}) — “${line(p.source.excerpt)}”`;
    case 'translated':
      return `translated by this package${p.note ? ` (${line(p.note)})` : ''}`;
    case 'pinyin':
      return `kept in Pinyin: ${line(p.reason)}`;
  }
}

export function tables(): Record<string, string> {
  return {
    statistics: [
      '| id | stated as | value | unit | comparator | period | according to | notes | in words (`formatStatistic`, `en` / `zh-CN`) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...article.statistics.map((s) => {
        const unit = s.unit.kind === 'currency' ? `currency ${s.unit.currency}` : s.unit.kind === 'count' || s.unit.kind === 'rank' ? `${s.unit.kind} of ${s.unit.of}` : s.unit.kind;
        const words = `${formatStatistic(s, { label: false, style: 'long' })} / ${formatStatistic(s, { label: false, locale: 'zh-CN' })}`;
        return `| \`${s.id}\` | ${cell(s.statedAs)} | ${s.value} | ${cell(unit)} | ${s.comparator} | ${s.period ?? '—'} | ${cell(name(s.source.attributedTo))} | ${(s.notes ?? []).map((n) => n.kind).join(', ') || '—'} | ${cell(words)} |`;
      }),
    ].join('\n'),
    chinese: [
      '| item | field | English | Chinese (`zh-Hans`) | provenance |',
      '| --- | --- | --- | --- | --- |',
      ...chineseForms(article).map(
        (row) =>
          `| ${line(row.item)} | ${line(row.field)} | ${line(row.english)} | ${line(row.form.text)}${'classifier' in row.form && row.form.classifier ? ` (measure word ${row.form.classifier})` : ''} | ${provenance(row.form.provenance)} |`,
      ),
    ].join('\n'),
    latin: [
      '| kept in Latin letters | why |',
      '| --- | --- |',
      ...readTranslationFile().keptInLatin.map((entry) => `| ${line(entry.token)} | ${line(entry.reason)} |`),
    ].join('\n'),
    counts: [
      '| collection | items |',
      '| --- | --- |',
      ...(['paragraphs', 'statistics', 'quotes', 'policies', 'entities'] as const).map((key) => `| \`${key}\` | ${article[key].length} |`),
    ].join('\n'),
  };
}

/** The guide with every generated table brought up to date. */
export function withTables(text: string): string {
  let result = text;
  for (const [key, table] of Object.entries(tables())) {
    const pattern = new RegExp(`(<!-- generated:${key} -->)[\\s\\S]*?(<!-- /generated:${key} -->)`);
    if (!pattern.test(result)) throw new Error(`docs/data-model.md has no <!-- generated:${key} --> block`);
    result = result.replace(pattern, (_m, open: string, close: string) => `${open}\n${table}\n${close}`);
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GUIDE, withTables(readFileSync(GUIDE, 'utf8')));
  console.log('wrote the tables of docs/data-model.md');
}
