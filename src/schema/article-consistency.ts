import type * as z from 'zod';

/** The article as the consistency rules see it: shapes already checked by the schema. */
interface AnchorLike {
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}
interface ArticleLike {
  readonly text: string;
  readonly metadata: {
    readonly headline: string;
    readonly section: string;
    readonly publisher: string;
    readonly contributors: readonly { readonly entity: string }[];
    readonly event?: string;
    readonly datePublished: { readonly evidence: readonly AnchorLike[] };
  };
  readonly paragraphs: readonly {
    readonly id: string;
    readonly index: number;
    readonly role: string;
    readonly text: string;
    readonly start: number;
    readonly end: number;
  }[];
  readonly entities: readonly {
    readonly id: string;
    readonly mentions: readonly AnchorLike[];
    readonly designations?: readonly AnchorLike[];
  }[];
  readonly statistics: readonly {
    readonly id: string;
    readonly subject: string;
    readonly statedAs: string;
    readonly source: { readonly attributedTo: string; readonly anchor: AnchorLike };
    readonly restatedAt?: readonly AnchorLike[];
  }[];
  readonly quotes: readonly {
    readonly id: string;
    readonly speaker: string;
    readonly text: string;
    readonly anchor: AnchorLike;
    readonly about?: readonly string[];
  }[];
  readonly policies: readonly {
    readonly id: string;
    readonly title: string;
    readonly issuedBy: readonly string[];
    readonly anchor: AnchorLike;
    readonly purpose?: readonly AnchorLike[];
    readonly venue?: string;
  }[];
}

type Path = (string | number)[];
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

function checkAnchor(article: ArticleLike, anchor: AnchorLike, path: Path, report: Report): void {
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
      `exact ${JSON.stringify(anchor.exact)} does not match the text at ${anchor.start}..${anchor.end} ` +
        `(${JSON.stringify(text.slice(anchor.start, anchor.end))})`,
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
  const paragraph = article.paragraphs.find((p) => p.id === anchor.paragraphId);
  if (paragraph === undefined) {
    report(`paragraphId "${anchor.paragraphId}" is not the id of any paragraph`, [
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
  article.metadata.datePublished.evidence.forEach((anchor, i) =>
    checkAnchor(article, anchor, ['metadata', 'datePublished', 'evidence', i], report),
  );
  article.entities.forEach((entity, i) => {
    entity.mentions.forEach((anchor, j) =>
      checkAnchor(article, anchor, ['entities', i, 'mentions', j], report),
    );
    entity.designations?.forEach((anchor, j) =>
      checkAnchor(article, anchor, ['entities', i, 'designations', j], report),
    );
  });
  article.statistics.forEach((statistic, i) => {
    const path: Path = ['statistics', i];
    checkAnchor(article, statistic.source.anchor, [...path, 'source', 'anchor'], report);
    if (!statistic.source.anchor.exact.includes(statistic.statedAs)) {
      report('statedAs must be part of source.anchor.exact', [...path, 'statedAs']);
    }
    statistic.restatedAt?.forEach((anchor, j) =>
      checkAnchor(article, anchor, [...path, 'restatedAt', j], report),
    );
  });
  article.quotes.forEach((quote, i) => {
    checkAnchor(article, quote.anchor, ['quotes', i, 'anchor'], report);
    if (quote.text !== quote.anchor.exact)
      report('text must equal anchor.exact', ['quotes', i, 'text']);
  });
  article.policies.forEach((policy, i) => {
    checkAnchor(article, policy.anchor, ['policies', i, 'anchor'], report);
    if (!policy.anchor.exact.includes(policy.title))
      report('title must be part of anchor.exact', ['policies', i, 'title']);
    policy.purpose?.forEach((anchor, j) =>
      checkAnchor(article, anchor, ['policies', i, 'purpose', j], report),
    );
  });
}

function checkUniqueIds(article: ArticleLike, report: Report): void {
  const collections = ['paragraphs', 'entities', 'statistics', 'quotes', 'policies'] as const;
  for (const collection of collections) {
    const seen = new Map<string, number>();
    article[collection].forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else report(`id "${item.id}" repeats ${collection}[${first}]`, [collection, index, 'id']);
    });
  }
}

function checkReferences(article: ArticleLike, report: Report): void {
  const entityIds = new Set(article.entities.map((e) => e.id));
  const aboutIds = new Set([
    ...article.statistics.map((s) => s.id),
    ...article.policies.map((p) => p.id),
  ]);
  const entity = (id: string | undefined, path: Path) => {
    if (id !== undefined && !entityIds.has(id))
      report(`"${id}" is not the id of any entity in the article`, path);
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
        report(`"${id}" is not the id of any statistic or policy in the article`, [
          'quotes',
          i,
          'about',
          j,
        ]);
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
    context.addIssue({ code: 'custom', message, path, input: article });
  checkParagraphs(article, report);
  checkAnchors(article, report);
  checkUniqueIds(article, report);
  checkReferences(article, report);
  checkMetadata(article, report);
}
