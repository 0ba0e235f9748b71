// The words around a value, in English and Chinese, as a reader gets them from the formatters,
// the Markdown and the command line.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { entityLabel } from '../../src/model/names.js';
import {
  formatStatistic,
  toMarkdown,
  article,
  type Comparator,
  type Entity,
  type Statistic,
  type Locale,
  statistics,
} from '../../src/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';
import { byId } from '../support/by-id.js';

const share = byId(statistics, 'service-trade-share-of-national-2019');
const rank = byId(statistics, 'service-trade-global-rank');
const value = (statistic: Statistic, locale: string | Locale) =>
  formatStatistic(statistic, { locale, label: false, period: false, attribution: false });

describe('the comparators in words', () => {
  it.each<[Comparator, string, string]>([
    ['exactly', '20%', '20%'],
    ['about', 'about 20%', '约20%'],
    ['more-than', 'more than 20%', '超过20%'],
    ['at-least', 'at least 20%', '至少20%'],
    ['at-most', 'at most 20%', '至多20%'],
    ['less-than', 'less than 20%', '不到20%'],
  ])('%s reads "%s" and "%s"', (comparator, en, zh) => {
    const statistic = { ...share, comparator };
    expect(value(statistic, 'en')).toBe(en);
    expect(value(statistic, zhHans)).toBe(zh);
  });

  it('read a rank of at most 20 as the top 20', () => {
    expect(value(rank, 'en')).toBe('top 20');
    expect(value(rank, zhHans)).toBe('前20名');
  });
});

describe('the phrasing around a value', () => {
  it('puts the label, the period and the attribution in their places', () => {
    expect(formatStatistic(share, { attribution: 'Jilin' })).toBe(
      'Share of the country’s service trade: about 20% (2019), according to Jilin',
    );
    expect(formatStatistic(share, { locale: zhHans, attribution: '吉林' })).toBe(
      '占全国服务贸易的比重：约20%（2019年），据吉林',
    );
  });
});

describe('the Chinese words for kinds', () => {
  const entity = (kind: Entity['kind']): Entity =>
    ({ id: 'x', kind, name: 'X', mentions: [] }) as never;

  it.each<[Entity['kind'], string]>([
    ['person', '人物'],
    ['organization', '机构'],
    ['company', '企业'],
    ['place', '地点'],
    ['event', '活动'],
    ['publication', '出版物'],
  ])('name an entity that is a %s %s', (kind, word) => {
    expect(entityLabel(entity(kind), zhHans)).toBe(`X（${word}）`);
    expect(entityLabel(entity(kind), undefined)).toBe(`X (${kind})`);
  });

  it('name the kinds of note and the items they are on, in Chinese words', () => {
    const [marker, ...lines] = runCli(['notes', '--format', 'md', '--locale', 'zh-CN'], {
      isTTY: false,
      env: {},
      version: '0.0.0',
    })
      .stdout.trimEnd()
      .split('\n');
    expect(marker).toBe('以下说明由本数据包译自英文原注。');
    const heads = lines
      .filter((line) => line !== '')
      .map((line) => /^- \*\*(.+?)\*\*（([^）]+)）：/.exec(line)?.slice(1, 3));
    const ITEM =
      /^(?:元数据中的“[^”]+”|栏目标签|网站附加文字第\d+段|实体“.+”|数据“.+”|政策《.+》|(?:标题|导语|正文第\d+段)中吉林的(?:直接|间接)引语)$/;
    for (const head of heads) {
      expect(head?.[0], String(head)).toMatch(ITEM);
      expect(['翻译', '推断', '不一致', '歧义']).toContain(head?.[1]);
    }
    const items = heads.map(
      (head) =>
        /^(元数据|栏目标签|网站附加文字|实体|数据|政策|标题|导语|正文)/.exec(head?.[0] ?? '')?.[1],
    );
    for (const item of [
      '元数据',
      '栏目标签',
      '网站附加文字',
      '实体',
      '数据',
      '政策',
      '标题',
      '导语',
      '正文',
    ])
      expect(items).toContain(item);
    const kinds = heads.map((head) => head?.[1]);
    for (const note of ['翻译', '推断', '不一致', '歧义']) expect(kinds).toContain(note);
    expect(heads).toContainEqual(['实体“吉林”', '翻译']);
    expect(heads).toContainEqual(['元数据中的“栏目”', '推断']);
    // The Markdown of the article puts each note under its item, in the package's Chinese.
    const markdown = toMarkdown(article, { locale: zhHans });
    expect(markdown).toMatch(/^ {2}- 注（推断）：/m);
    expect(markdown).not.toMatch(/^ {2}- 注（[^）]*英文）/m);
  });
});
