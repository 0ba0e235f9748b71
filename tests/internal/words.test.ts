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
  statistics,
} from '../../src/index.js';
import { byId } from '../support/by-id.js';

const share = byId(statistics, 'service-trade-share-of-national-2019');
const rank = byId(statistics, 'service-trade-global-rank');
const value = (statistic: Statistic, locale: string) =>
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
    expect(value(statistic, 'zh-CN')).toBe(zh);
  });

  it('read a rank of at most 20 as the top 20', () => {
    expect(value(rank, 'en')).toBe('top 20');
    expect(value(rank, 'zh-CN')).toBe('前20名');
  });
});

describe('the phrasing around a value', () => {
  it('puts the label, the period and the attribution in their places', () => {
    expect(formatStatistic(share, { attribution: 'Jilin' })).toBe(
      'Share of the country’s service trade: about 20% (2019), according to Jilin',
    );
    expect(formatStatistic(share, { locale: 'zh-CN', attribution: '吉林' })).toBe(
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
    expect(entityLabel(entity(kind), 'zh')).toBe(`X（${word}）`);
    expect(entityLabel(entity(kind), 'en')).toBe(`X (${kind})`);
  });

  it('name the kinds of note and of the items they are on', () => {
    const lines = runCli(['notes', '--format', 'md', '--locale', 'zh-CN'], {
      isTTY: false,
      env: {},
      version: '0.0.0',
    }).stdout.split('\n');
    const kinds = new Set(
      lines.map((line) => /^- (\S+) `[^`]+`, \*([^*]+)\*/.exec(line)?.slice(1, 3).join(' ')),
    );
    for (const item of ['元数据', '段落', '实体', '数据', '引语', '政策'])
      expect([...kinds].some((k) => k?.startsWith(`${item} `))).toBe(true);
    for (const note of ['翻译', '推断', '不一致', '歧义'])
      expect([...kinds].some((k) => k?.endsWith(` ${note}`))).toBe(true);
    expect(toMarkdown(article, { locale: 'zh-CN' })).toMatch(/^ {2}- 注（推断，英文）：/m);
  });
});
