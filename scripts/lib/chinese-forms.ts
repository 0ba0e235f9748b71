import type { Article, ArticleIds, ChineseForm, ChineseUnitForm } from '../../src/types/index.js';

/** One Chinese form of the article, with the item and field it belongs to and the English it renders. */
export interface ChineseFormRow {
  readonly item: string;
  readonly field: string;
  readonly english: string;
  readonly form: ChineseForm | ChineseUnitForm;
}

/** Every Chinese form the article carries, item by item in data order. */
export function chineseForms(article: Article<ArticleIds>): ChineseFormRow[] {
  const rows: ChineseFormRow[] = [];
  const add = (
    item: string,
    field: string,
    english: string | undefined,
    form: ChineseForm | ChineseUnitForm | undefined,
  ) => {
    if (form !== undefined) rows.push({ item, field, english: english ?? '', form });
  };
  const { metadata } = article;
  const meta = metadata.translations?.['zh-Hans'];
  add('metadata', 'section', metadata.section, meta?.section);
  for (const [role, form] of Object.entries(meta?.roles ?? {}))
    add('metadata', `roles.${role}`, role, form);
  for (const e of article.entities) {
    const zh = e.translations?.['zh-Hans'];
    add(`entity ${e.id}`, 'name', e.name, zh?.name);
    add(`entity ${e.id}`, 'role', e.role, zh?.role);
  }
  for (const s of article.statistics) {
    const zh = s.translations?.['zh-Hans'];
    add(`statistic ${s.id}`, 'label', s.label, zh?.label);
    add(`statistic ${s.id}`, 'measure', s.measure, zh?.measure);
    add(
      `statistic ${s.id}`,
      'unit.of',
      s.unit.kind === 'count' || s.unit.kind === 'rank' ? s.unit.of : undefined,
      zh?.unitOf,
    );
    add(`statistic ${s.id}`, 'source.via', s.source.via, zh?.via);
  }
  for (const p of article.policies) {
    const zh = p.translations?.['zh-Hans'];
    add(`policy ${p.id}`, 'title', p.title, zh?.title);
    zh?.focusAreas?.forEach((form, i) =>
      add(`policy ${p.id}`, `focusAreas[${i}]`, p.focusAreas?.[i], form),
    );
  }
  return rows;
}
