import type {
  Article,
  ArticleIds,
  ChineseForm,
  ChineseUnitForm,
  Locale,
} from '../../src/types/index.js';

/** One Chinese form of the article, with the item and field it belongs to and the English it renders. */
export interface ChineseFormRow {
  readonly item: string;
  readonly field: string;
  readonly english: string;
  readonly form: ChineseForm | ChineseUnitForm;
}

/** Every form the locale gives the article's items, item by item in data order. */
export function chineseForms(
  article: Article<ArticleIds>,
  locale: Locale<ArticleIds>,
): ChineseFormRow[] {
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
  add('metadata', 'section', metadata.section, locale.metadata.section);
  for (const [role, form] of Object.entries(locale.metadata.roles))
    add('metadata', `roles.${role}`, role, form);
  for (const e of article.entities) {
    const zh = locale.entities[e.id];
    if (zh === undefined) continue;
    add(`entity ${e.id}`, 'name', e.name, zh.name);
    add(`entity ${e.id}`, 'shortName', undefined, zh.shortName);
    add(`entity ${e.id}`, 'kind', e.kind, zh.kind);
    add(`entity ${e.id}`, 'role', e.role, zh.role);
  }
  for (const s of article.statistics) {
    const zh = locale.statistics[s.id];
    if (zh === undefined) continue;
    add(`statistic ${s.id}`, 'label', s.label, zh.label);
    add(`statistic ${s.id}`, 'measure', s.measure, zh.measure);
    add(
      `statistic ${s.id}`,
      'unit.of',
      s.unit.kind === 'count' || s.unit.kind === 'rank' ? s.unit.of : undefined,
      zh.unitOf,
    );
    add(`statistic ${s.id}`, 'source.via', s.source.via, zh.via);
  }
  for (const p of article.policies) {
    const zh = locale.policies[p.id];
    if (zh === undefined) continue;
    add(`policy ${p.id}`, 'title', p.title, zh.title);
    zh.focusAreas?.forEach((form, i) =>
      add(`policy ${p.id}`, `focusAreas[${i}]`, p.focusAreas?.[i], form),
    );
  }
  return rows;
}
