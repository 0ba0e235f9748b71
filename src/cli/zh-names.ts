import { entityName } from '../model/names.js';
import { PINYIN, zhParagraphName } from '../internal/chinese.js';
import { entityForms } from '../model/names.js';
import { statisticForms } from '../format/format-statistic.js';
import { own } from '../internal/own.js';
import type { Article, ArticleIds, Locale } from '../types/index.js';

/** The fields of `metadata` that carry notes, in Chinese. */
const METADATA_FIELDS_ZH: Readonly<Record<string, string>> = {
  section: '栏目',
  language: '语言',
  translatedFrom: '原文语言',
  publisher: '出版方',
  contributors: '署名者',
  event: '所报道的活动',
  datePublished: '出版日期',
  source: '来源',
};

/** Text in Chinese quotation marks, its own quotation marks made single as Chinese nests them. */
const quoted = (text: string) => `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;

/**
 * An item of the article named in Chinese for the command line's lists, where the English names
 * it by id: 数据“数字经济占GDP比重”, 实体“吉林”, 政策《…》, 导语中吉林的间接引语, 元数据中的“栏目”.
 */
export function zhItemName(
  article: Article<ArticleIds>,
  forms: Locale<ArticleIds>,
  kind: string,
  id: string,
): string {
  switch (kind) {
    case 'metadata':
      return `元数据中的${quoted(own(METADATA_FIELDS_ZH, id) ?? id)}`;
    case 'paragraph': {
      const paragraph = article.paragraphs.find((p) => p.id === id);
      return paragraph ? zhParagraphName(article, paragraph) : `段落${quoted(id)}`;
    }
    case 'entity':
    case 'mention': {
      const name = entityForms(forms, { id })?.name;
      if (name === undefined) return `实体${quoted(entityName(article, id))}`;
      return `实体${quoted(name.text)}${name.provenance.kind === 'pinyin' ? PINYIN : ''}`;
    }
    case 'statistic': {
      const statistic = article.statistics.find((s) => s.id === id);
      return `数据${quoted(statisticForms(forms, { id })?.label.text ?? statistic?.label ?? id)}`;
    }
    case 'quote': {
      const quote = article.quotes.find((q) => q.id === id);
      const paragraph = article.paragraphs.find((p) => p.id === quote?.anchor.paragraphId);
      if (quote === undefined || paragraph === undefined) return `引语${quoted(id)}`;
      return `${zhParagraphName(article, paragraph)}中${entityName(article, quote.speaker, forms)}的${quote.mode === 'direct' ? '直接引语' : '间接引语'}`;
    }
    case 'policy': {
      const policy = article.policies.find((p) => p.id === id);
      return `政策《${own(forms.policies, id)?.title.text ?? policy?.title ?? id}》`;
    }
    default:
      return id;
  }
}

/**
 * A name and the mark to open the bracket that follows it: a name kept in Pinyin gives its mark
 * to that bracket (“Huang Xinyu”（拼音，人物，…）) rather than standing in a bracket of its own
 * before it, as the entities command writes it.
 */
export function withPinyinMark(name: string): { readonly name: string; readonly mark: string } {
  return name.endsWith(PINYIN)
    ? { name: name.slice(0, -PINYIN.length), mark: `${PINYIN.slice(1, -1)}，` }
    : { name, mark: '' };
}
