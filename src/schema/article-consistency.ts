import type * as z from 'zod';
import { quoteForMessage } from '../internal/message-text.js';
import { nearMiss } from '../internal/near-miss.js';
import { walkAnchors } from '../model/walk.js';
import type { Article, ArticleIds, TextAnchor } from '../types/index.js';

/** The article as the consistency rules see it: shapes already checked by the schema. */
type ArticleLike = Article<ArticleIds>;
type AnchorLike = TextAnchor<ArticleIds>;
type ParagraphIndex = ReadonlyMap<string, ArticleLike['paragraphs'][number]>;

type Path = readonly (string | number)[];
type Report = (message: string, path: Path) => void;

const PARAGRAPH_SEPARATOR = '\n\n';

function checkParagraphs(article: ArticleLike, report: Report): void {
  const { text, paragraphs } = article;
  let expectedStart = 0;
  paragraphs.forEach((paragraph, index) => {
    const path: Path = ['paragraphs', index];
    if (paragraph.index !== index)
      report(`index is ${paragraph.index} but the paragraph is number ${index}`, [
        ...path,
        'index',
      ]);
    if (paragraph.start !== expectedStart) {
      report(`start must be ${expectedStart}, where the previous paragraph and a blank line end`, [
        ...path,
        'start',
      ]);
    }
    if (paragraph.end - paragraph.start !== paragraph.text.length) {
      report('end - start must equal the length of text', [...path, 'end']);
    } else if (text.slice(paragraph.start, paragraph.end) !== paragraph.text) {
      report(`text does not match article.text at ${paragraph.start}..${paragraph.end}`, [
        ...path,
        'text',
      ]);
    }
    expectedStart = paragraph.end + PARAGRAPH_SEPARATOR.length;
  });
  if (paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR) !== text) {
    report('the paragraphs, joined by blank lines, must give back the whole text', ['paragraphs']);
  }
}

function checkAnchor(
  article: ArticleLike,
  paragraphs: ParagraphIndex,
  anchor: AnchorLike,
  path: Path,
  report: Report,
): void {
  const { text } = article;
  if (anchor.end > text.length) {
    report(`end ${anchor.end} runs past the end of the text (length ${text.length})`, [
      ...path,
      'end',
    ]);
    return;
  }
  if (text.slice(anchor.start, anchor.end) !== anchor.exact) {
    report(
      `exact ${quoteForMessage(anchor.exact)} does not match the text at ${anchor.start}..${anchor.end} ` +
        `(${quoteForMessage(text.slice(anchor.start, anchor.end))})`,
      [...path, 'exact'],
    );
  }
  if (
    anchor.prefix.length > anchor.start ||
    !text.startsWith(anchor.prefix, anchor.start - anchor.prefix.length)
  ) {
    report('prefix is not the text just before start', [...path, 'prefix']);
  }
  if (!text.startsWith(anchor.suffix, anchor.end))
    report('suffix is not the text just after end', [...path, 'suffix']);
  const paragraph = paragraphs.get(anchor.paragraphId);
  if (paragraph === undefined) {
    report(`paragraphId ${quoteForMessage(anchor.paragraphId)} is not the id of any paragraph`, [
      ...path,
      'paragraphId',
    ]);
  } else if (anchor.start < paragraph.start || anchor.end > paragraph.end) {
    report(
      `the anchor is not inside paragraph "${paragraph.id}" (${paragraph.start}..${paragraph.end})`,
      [...path, 'start'],
    );
  }
}

function checkAnchors(article: ArticleLike, report: Report): void {
  // One index of the paragraphs, then one pass over the model's walk: every anchor of every kind.
  const paragraphs: ParagraphIndex = new Map(article.paragraphs.map((p) => [p.id, p]));
  for (const { anchor, path } of walkAnchors(article))
    checkAnchor(article, paragraphs, anchor, path, report);
  article.statistics.forEach((statistic, i) => {
    if (!statistic.source.anchor.exact.includes(statistic.statedAs))
      report('statedAs must be part of source.anchor.exact', ['statistics', i, 'statedAs']);
  });
  article.quotes.forEach((quote, i) => {
    if (quote.text !== quote.anchor.exact)
      report('text must equal anchor.exact', ['quotes', i, 'text']);
  });
  article.policies.forEach((policy, i) => {
    if (!policy.anchor.exact.includes(policy.title))
      report('title must be part of anchor.exact', ['policies', i, 'title']);
  });
}

function checkUniqueIds(article: ArticleLike, report: Report): void {
  const collections = ['paragraphs', 'entities', 'statistics', 'quotes', 'policies'] as const;
  for (const collection of collections) {
    const seen = new Map<string, number>();
    article[collection].forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else
        report(`id ${quoteForMessage(item.id)} repeats ${collection}[${first}]`, [
          collection,
          index,
          'id',
        ]);
    });
  }
}

/** What a dangling reference could have named: a near miss, or a few of the ids. */
function someOf(ids: ReadonlySet<string>, wrong: string, shown = 24): string {
  const near = nearMiss(wrong, ids);
  if (near !== undefined) return `did you mean "${near}"?`;
  const listed = [...ids].slice(0, shown).map((id) => `"${id}"`);
  const more = ids.size > shown ? `, and ${ids.size - shown} more` : '';
  return ids.size === 0 ? 'it has none' : `its ids: ${listed.join(', ')}${more}`;
}

function checkReferences(article: ArticleLike, report: Report): void {
  const entityIds = new Set(article.entities.map((e) => e.id));
  const aboutIds = new Set([
    ...article.statistics.map((s) => s.id),
    ...article.policies.map((p) => p.id),
  ]);
  const entity = (id: string | undefined, path: Path) => {
    if (id !== undefined && !entityIds.has(id))
      report(
        `${quoteForMessage(id)} is not the id of any entity in the article (${someOf(entityIds, id)})`,
        path,
      );
  };
  entity(article.metadata.publisher, ['metadata', 'publisher']);
  entity(article.metadata.event, ['metadata', 'event']);
  article.metadata.contributors.forEach((c, i) =>
    entity(c.entity, ['metadata', 'contributors', i, 'entity']),
  );
  article.statistics.forEach((s, i) => {
    entity(s.subject, ['statistics', i, 'subject']);
    entity(s.source.attributedTo, ['statistics', i, 'source', 'attributedTo']);
  });
  article.quotes.forEach((q, i) => {
    entity(q.speaker, ['quotes', i, 'speaker']);
    q.about?.forEach((id, j) => {
      if (!aboutIds.has(id))
        report(
          `${quoteForMessage(id)} is not the id of any statistic or policy in the article (${someOf(aboutIds, id)})`,
          ['quotes', i, 'about', j],
        );
    });
  });
  article.policies.forEach((p, i) => {
    p.issuedBy.forEach((id, j) => entity(id, ['policies', i, 'issuedBy', j]));
    entity(p.venue, ['policies', i, 'venue']);
  });
}

function checkMetadata(article: ArticleLike, report: Report): void {
  for (const role of ['headline', 'section'] as const) {
    const paragraph = article.paragraphs.find((p) => p.role === role);
    if (paragraph !== undefined && paragraph.text !== article.metadata[role]) {
      report(`${role} must equal the text of the ${role} paragraph`, ['metadata', role]);
    }
  }
}

/**
 * The rules that span fields: every anchor matches the text, the paragraphs rebuild it, ids are
 * unique and references resolve. Each problem is reported at its own path.
 */
export function checkArticleConsistency(
  article: ArticleLike,
  context: z.core.$RefinementCtx,
): void {
  const report: Report = (message, path) =>
    context.addIssue({ code: 'custom', message, path: [...path], input: article });
  checkParagraphs(article, report);
  checkAnchors(article, report);
  checkUniqueIds(article, report);
  checkReferences(article, report);
  checkMetadata(article, report);
}
