import type { Annotation, Selector } from './annotation-schema.js';
import { CONTEXT_LENGTH, locate, wholeWordIndexes } from './locate.js';
import { paragraphSpans } from './paragraph-spans.js';
import {
  datePublishedProblem,
  statisticFigureProblems,
  supportingDocumentsProblem,
} from '../../src/internal/stated-figure.js';

/**
 * The annotation could not be turned into an article; `problems` names each item at fault and
 * `source` says where they are (`data/` for the built-in article, or the files given).
 */
export class AnnotationError extends Error {
  override readonly name = 'AnnotationError';
  constructor(
    readonly problems: readonly string[],
    source = 'data/',
  ) {
    super(
      `${source} has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

export interface BuiltAnchor {
  paragraphId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** Paragraph roles whose words count towards `metadata.wordCount`: the article's body. */
const COUNTED_ROLES = new Set(['lead', 'body']);

/**
 * Turns the hand-written annotation and the source text into the article: anchors every
 * selector, computes offsets and context, and checks ids and references. Collects every problem
 * before it throws, so one run names them all.
 */
export function buildArticle(annotation: Annotation, text: string) {
  const problems: string[] = [];
  const spans = paragraphSpans(text);

  if (spans.length !== annotation.paragraphs.length) {
    problems.push(
      `paragraphs: the text has ${spans.length} paragraphs (split at blank lines) but ${annotation.paragraphs.length} are annotated`,
    );
  }
  const paragraphs = spans.flatMap((span) => {
    const annotated = annotation.paragraphs[span.index];
    if (annotated === undefined) return [];
    const paragraphText = text.slice(span.start, span.end);
    return [
      {
        id: annotated.id,
        index: span.index,
        role: annotated.role,
        text: paragraphText,
        start: span.start,
        end: span.end,
        ...(annotated.notes ? { notes: annotated.notes } : {}),
      },
    ];
  });

  const paragraphAt = (offset: number) =>
    paragraphs.find((p) => offset >= p.start && offset < p.end);
  const describe = (offset: number) =>
    `paragraph ${paragraphAt(offset)?.id ?? '(between paragraphs)'}`;

  const toAnchor = (start: number, end: number, item: string): BuiltAnchor | undefined => {
    const paragraph = paragraphAt(start);
    if (paragraph === undefined || end > paragraph.end) {
      problems.push(`${item}: the words run across a paragraph break`);
      return undefined;
    }
    return {
      paragraphId: paragraph.id,
      start,
      end,
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    };
  };

  const anchor = (selector: Selector, item: string): BuiltAnchor | undefined => {
    const located = locate(text, selector, describe);
    if ('problem' in located) {
      problems.push(`${item}: ${located.problem}`);
      return undefined;
    }
    return toAnchor(located.start, located.end, item);
  };

  const label = (collection: string, index: number, id: string) =>
    `${collection}[${index}] "${id}"`;

  const checkUnique = (collection: string, items: readonly { id: string }[]) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else
        problems.push(
          `${label(collection, index, item.id)}: the id repeats ${collection}[${first}]`,
        );
    });
  };
  checkUnique('paragraphs', annotation.paragraphs);
  checkUnique('entities', annotation.entities);
  checkUnique('statistics', annotation.statistics);
  checkUnique('quotes', annotation.quotes);
  checkUnique('policies', annotation.policies);

  const entityIds = new Set(annotation.entities.map((e) => e.id));
  const aboutIds = new Set([
    ...annotation.statistics.map((s) => s.id),
    ...annotation.policies.map((p) => p.id),
  ]);
  const requireEntity = (item: string, field: string, id: string) => {
    if (!entityIds.has(id)) problems.push(`${item}: ${field} "${id}" is not the id of any entity`);
  };

  // A phrase inside a longer name of another entity ("Beijing" in "Beijing News") is not a mention.
  const namedSpans = annotation.entities.flatMap((entity) =>
    entity.mentionedAs.flatMap((phrase) =>
      wholeWordIndexes(text, phrase).map((start) => ({
        entity: entity.id,
        start,
        end: start + phrase.length,
      })),
    ),
  );
  const entities = annotation.entities.map((entity, index) => {
    const item = label('entities', index, entity.id);
    const own = namedSpans.filter(
      (span) =>
        span.entity === entity.id &&
        !namedSpans.some(
          (other) =>
            other.entity !== entity.id &&
            other.start <= span.start &&
            other.end >= span.end &&
            other.end - other.start > span.end - span.start,
        ),
    );
    for (const phrase of entity.mentionedAs) {
      if (!own.some((span) => text.slice(span.start, span.end) === phrase)) {
        problems.push(
          `${item}: the name ${JSON.stringify(phrase)} is not in the text as a mention of its own`,
        );
      }
    }
    const mentions = own
      .sort((a, b) => a.start - b.start)
      .flatMap((span) => toAnchor(span.start, span.end, item) ?? []);
    const { mentionedAs: _names, designations, ...rest } = entity;
    return {
      ...rest,
      mentions,
      ...(designations
        ? { designations: designations.map((s, i) => anchor(s, `${item} designations[${i}]`)) }
        : {}),
    };
  });

  const statistics = annotation.statistics.map((statistic, index) => {
    const item = label('statistics', index, statistic.id);
    requireEntity(item, 'subject', statistic.subject);
    requireEntity(item, 'source.attributedTo', statistic.source.attributedTo);
    const sourceAnchor = anchor(statistic.source.anchor, item);
    if (sourceAnchor && !sourceAnchor.exact.includes(statistic.statedAs)) {
      problems.push(
        `${item}: statedAs ${JSON.stringify(statistic.statedAs)} is not within its anchor ${JSON.stringify(sourceAnchor.exact)}`,
      );
    }
    const { restatedAt, notes, ...rest } = statistic;
    return {
      ...rest,
      source: { ...statistic.source, anchor: sourceAnchor },
      ...(restatedAt
        ? { restatedAt: restatedAt.map((s, i) => anchor(s, `${item} restatedAt[${i}]`)) }
        : {}),
      ...(notes ? { notes } : {}),
    };
  });

  const quotes = annotation.quotes.map((quote, index) => {
    const item = label('quotes', index, quote.id);
    requireEntity(item, 'speaker', quote.speaker);
    for (const id of quote.about ?? []) {
      if (!aboutIds.has(id))
        problems.push(`${item}: about "${id}" is not the id of any statistic or policy`);
    }
    const quoteAnchor = anchor(quote.anchor, item);
    const { anchor: _selector, about, notes, ...rest } = quote;
    return {
      ...rest,
      text: quoteAnchor?.exact ?? quote.anchor.exact,
      anchor: quoteAnchor,
      ...(about ? { about } : {}),
      ...(notes ? { notes } : {}),
    };
  });

  const policies = annotation.policies.map((policy, index) => {
    const item = label('policies', index, policy.id);
    policy.issuedBy.forEach((id, i) => requireEntity(item, `issuedBy[${i}]`, id));
    const policyAnchor = anchor(policy.anchor, item);
    if (policyAnchor && !policyAnchor.exact.includes(policy.title)) {
      problems.push(
        `${item}: the title is not within its anchor ${JSON.stringify(policyAnchor.exact)}`,
      );
    }
    if (policy.venue !== undefined) {
      requireEntity(item, 'venue', policy.venue);
      const venue = entities.find((e) => e.id === policy.venue);
      const named = venue?.mentions.some(
        (m) => policyAnchor && m.start >= policyAnchor.start && m.end <= policyAnchor.end,
      );
      if (venue && policyAnchor && !named)
        problems.push(`${item}: the venue "${policy.venue}" is not named within its anchor`);
    }
    const { purpose, ...rest } = policy;
    return {
      ...rest,
      anchor: policyAnchor,
      ...(purpose ? { purpose: purpose.map((s, i) => anchor(s, `${item} purpose[${i}]`)) } : {}),
    };
  });

  const { metadata } = annotation;
  requireEntity('metadata', 'publisher', metadata.publisher);
  metadata.contributors.forEach((c, i) =>
    requireEntity('metadata', `contributors[${i}].entity`, c.entity),
  );
  if (metadata.event !== undefined) requireEntity('metadata', 'event', metadata.event);
  const evidence = metadata.datePublished.evidence.map((s, i) =>
    anchor(s, `metadata.datePublished.evidence[${i}]`),
  );
  const byRole = (role: string) => paragraphs.filter((p) => p.role === role);
  for (const role of ['section', 'headline'] as const) {
    if (byRole(role).length !== 1)
      problems.push(
        `paragraphs: expected exactly one ${role} paragraph, found ${byRole(role).length}`,
      );
  }
  // Every figure against the words that state it, with the reader the schema uses too: a value,
  // unit, comparator or period typed wrong in data/article.json stops the build here.
  const paragraphTexts = new Map(paragraphs.map((p) => [p.id, p.text]));
  statistics.forEach((statistic, index) => {
    const { anchor: sourceAnchor } = statistic.source;
    const restated = statistic.restatedAt ?? [];
    if (sourceAnchor === undefined || restated.some((a) => a === undefined)) return;
    const { restatedAt: _restated, ...rest } = statistic;
    const located = {
      ...rest,
      source: { ...statistic.source, anchor: sourceAnchor },
      ...(statistic.restatedAt ? { restatedAt: restated as BuiltAnchor[] } : {}),
    };
    for (const { field, message } of statisticFigureProblems(
      located,
      (id) => paragraphTexts.get(id),
      metadata.datePublished.value,
    ))
      problems.push(`${label('statistics', index, statistic.id)} ${field.join('.')}: ${message}`);
  });
  policies.forEach((policy, index) => {
    const problem =
      policy.anchor && supportingDocumentsProblem(policy.supportingDocuments, policy.anchor.exact);
    if (problem) problems.push(`${label('policies', index, policy.id)}: ${problem}`);
  });
  const dateProblem = datePublishedProblem(
    metadata.datePublished.value,
    metadata.datePublished.basis,
    evidence.flatMap((a) => (a ? [a.exact] : [])),
  );
  if (dateProblem !== undefined) problems.push(`metadata.datePublished: ${dateProblem}`);

  const wordCount = paragraphs
    .filter((p) => COUNTED_ROLES.has(p.role))
    .reduce((sum, p) => sum + (p.text.match(/\S+/g)?.length ?? 0), 0);

  if (problems.length > 0) throw new AnnotationError(problems);

  return {
    id: annotation.id,
    text,
    metadata: {
      headline: byRole('headline')[0]?.text ?? '',
      section: byRole('section')[0]?.text ?? '',
      ...metadata,
      datePublished: { ...metadata.datePublished, evidence },
      wordCount,
    },
    paragraphs,
    statistics,
    quotes,
    policies,
    entities,
  };
}

/** The article as `buildArticle` makes it, before the zod schemas check it. */
export type BuiltArticle = ReturnType<typeof buildArticle>;
