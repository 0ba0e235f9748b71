import type { Article, ArticleIds } from '../types/index.js';
import type { OffsetUnit, Span, SpanLabel, SpanRelation } from '../export/to-spans.js';
import type { AnchorRole } from '../model/kinds.js';
import { walkAnchors } from '../model/walk.js';

// The spans of an article for NLP tools, shared by `toSpans` and `toBrat`: every anchor that
// names an entity, quotes a speaker, states a statistic or reports a policy, from the model's walk,
// with the relations that attribute a quote to its speaker and a statistic to its source.

const ROLE_LABELS: Partial<Record<AnchorRole, SpanLabel>> = {
  quotation: 'QUOTE',
  statement: 'STATISTIC',
  restatement: 'STATISTIC',
  report: 'POLICY',
};

/**
 * A function from a UTF-16 offset of `text` to its offset in code points: a table built once, so
 * that converting every span is linear in the text.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  const table = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i += 1) {
    table[i] = points;
    // The low half of a surrogate pair is the same code point as the high half before it (at 0,
    // charCodeAt(-1) is NaN, no high half).
    if (!(isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)))) points += 1;
  }
  table[text.length] = points;
  return (utf16) => table[utf16] ?? points;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Every span and relation of `article`, offsets in `unit`, in text order. */
export function articleSpans(
  article: Article<ArticleIds>,
  unit: OffsetUnit,
): { spans: Span[]; relations: SpanRelation[] } {
  const kindOf = new Map(article.entities.map((e) => [e.id, e.kind]));
  const offset = unit === 'utf-16' ? (n: number) => n : codePointOffsets(article.text);
  const counts = new Map<string, number>();
  const spans: Span[] = [];
  const mentionsOf = new Map<string, { id: string; start: number }[]>();
  for (const visit of walkAnchors(article)) {
    const label =
      visit.role === 'mention'
        ? (kindOf.get(visit.id)?.toUpperCase() as SpanLabel | undefined)
        : ROLE_LABELS[visit.role];
    if (label === undefined) continue;
    const kind = visit.role === 'mention' ? 'mention' : visit.kind;
    const key = `${kind}:${visit.id}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const span = {
      id: `${key}:${n}`,
      start: offset(visit.anchor.start),
      end: offset(visit.anchor.end),
      label,
      item: visit.id,
      paragraph: visit.anchor.paragraphId,
    };
    spans.push(span);
    if (visit.role === 'mention') {
      const mentions = mentionsOf.get(visit.id) ?? [];
      mentions.push(span);
      mentionsOf.set(visit.id, mentions);
    }
  }
  // The entity's mention nearest the span: the last one that starts at or before it, else the
  // first after. The walk gives the mentions in text order, so a binary search finds it.
  const nearest = (entity: string, at: number) => {
    const mentions = mentionsOf.get(entity) ?? [];
    let [low, high] = [0, mentions.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      // Stryker disable next-line OptionalChaining: equivalent, low <= middle < high <= length: an index of mentions
      if ((mentions[middle]?.start ?? Infinity) <= at) low = middle + 1;
      else high = middle;
    }
    return mentions[low - 1] ?? mentions[0];
  };
  const by = new Map<string, string>([
    ...article.quotes.map((q) => [`quote:${q.id}`, q.speaker] as const),
    ...article.statistics.map((s) => [`statistic:${s.id}`, s.source.attributedTo] as const),
  ]);
  const relations: SpanRelation[] = [];
  for (const span of spans) {
    const key = span.id.slice(0, span.id.lastIndexOf(':'));
    const entity = by.get(key);
    // Stryker disable next-line ConditionalExpression: equivalent, no mentions are kept under undefined, so the check of target below skips the span too
    if (entity === undefined) continue;
    const target = nearest(entity, span.start);
    if (target === undefined) continue;
    relations.push({
      id: `${span.label === 'QUOTE' ? 'speaker' : 'source'}:${span.id}`,
      type: span.label === 'QUOTE' ? 'speaker' : 'source',
      from: span.id,
      to: target.id,
    });
  }
  return { spans, relations };
}
