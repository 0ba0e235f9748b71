import type * as z from 'zod';
import {
  datePublishedProblem,
  statisticFigureProblems,
  supportingDocumentsProblem,
} from '../internal/stated-figure.js';
import type { Article, ArticleIds } from '../types/index.js';

/**
 * The figures of the article agree with the words that state them, read by the generator's own
 * reader (src/internal/stated-figure.ts): each statistic's value, unit, currency, comparator,
 * restatements, period and range; each policy's number of supporting documents; the day of
 * publication. Each problem is reported at the path of the field at fault.
 */
export function checkStatedFigures(
  article: Article<ArticleIds>,
  context: z.core.$RefinementCtx,
): void {
  const report = (message: string, path: readonly (string | number)[]) =>
    context.addIssue({ code: 'custom', message, path: [...path] });
  const texts = new Map(article.paragraphs.map((p) => [p.id, p.text]));
  article.statistics.forEach((statistic, i) => {
    const paragraphText = (id: string) => texts.get(id);
    const published = article.metadata.datePublished.value;
    for (const { field, message } of statisticFigureProblems(statistic, paragraphText, published))
      report(message, ['statistics', i, ...field]);
  });
  article.policies.forEach((policy, i) => {
    const problem = supportingDocumentsProblem(policy.supportingDocuments, policy.anchor.exact);
    if (problem !== undefined) report(problem, ['policies', i, 'supportingDocuments']);
  });
  const { value, basis, evidence } = article.metadata.datePublished;
  const problem = datePublishedProblem(
    value,
    basis,
    evidence.map((anchor) => anchor.exact),
  );
  if (problem !== undefined) report(problem, ['metadata', 'datePublished', 'value']);
}
