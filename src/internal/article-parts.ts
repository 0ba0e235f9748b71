import type { Article } from '../types/index.js';

/** The name of an entity of `article`, or the id itself when the article has no such entity. */
export function entityName(article: Article, id: string): string {
  return article.entities.find((entity) => entity.id === id)?.name ?? id;
}

/** "Huang Xinyu (reporter), Wang Jinyu (editor), …" */
export function byline(article: Article, localeTag = 'en'): string {
  const people = article.metadata.contributors.map((c) => `${entityName(article, c.entity)} (${c.role})`);
  return new Intl.ListFormat(localeTag, { type: 'unit' }).format(people);
}

/** The paragraphs that are the article itself: lead and body, not the site's labels and forms. */
export function articleBody(article: Article): Article['paragraphs'] {
  return article.paragraphs.filter((p) => p.role === 'lead' || p.role === 'body');
}
