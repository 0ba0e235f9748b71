import { guard } from '../internal/guard.js';
import { walkNotes } from '../model/walk.js';
import { articleSpans, codePointOffsets } from '../internal/spans.js';
import type { Article, ArticleIds } from '../types/index.js';

/**
 * What {@link toBrat} returns: the two files of a brat standoff document.
 *
 * @example
 * ```ts
 * import { article, toBrat, type BratDocument } from 'beijing-digital-economy';
 *
 * const { txt }: BratDocument = toBrat(article);
 * txt === article.text;
 * //=> true
 * ```
 * @sortStrategy source-order
 * @category Export
 */
export interface BratDocument {
  /** The `.txt` file: the article's text, exactly. */
  readonly txt: string;
  /** The `.ann` file: `T` lines for the spans, `R` lines for attribution, `#` lines for notes. */
  readonly ann: string;
}

/**
 * brat's text field holds no line break: a span across one becomes fragments, joined by a space.
 * Offsets outside the text are kept as they are (the schema would reject such an article).
 */
function fragments(text: string, start: number, end: number, point: (n: number) => number) {
  const parts: [number, number][] = [];
  let from = start;
  let at = text.indexOf('\n', start);
  while (at !== -1 && at < end) {
    if (at > from) parts.push([from, at]);
    from = at + 1;
    at = text.indexOf('\n', from);
  }
  if (end > from || parts.length === 0) parts.push([from, end]);
  return {
    offsets: parts.map(([s, e]) => `${point(s)} ${point(e)}`).join(';'),
    words: parts.map(([s, e]) => text.slice(s, e)).join(' '),
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The article in brat's standoff format (the files brat, INCEpTION and many NLP tools read): the
 * text as `.txt`, and an `.ann` with a `T` line per span of {@link toSpans} (type, offsets, words),
 * an `R` line per attribution (`Speaker` from a quote, `Source` from a statistic, to a mention of
 * the entity) and a `#` line (`AnnotatorNotes`) per note of an item that has a span. Offsets count
 * code points, as brat does; here they equal UTF-16 units. Ids are unique; every span's words are
 * the text at its offsets.
 *
 * @param article - The article, e.g. the package's `article` or one checked by `parseArticle`.
 * @returns `{ txt, ann }`.
 * @throws {InvalidOptionError} When `article` is not an Article (from untyped code).
 * @example
 * ```ts
 * import { article, toBrat } from 'beijing-digital-economy';
 *
 * toBrat(article).ann.split('\n').slice(0, 2);
 * //=> ['T1\tPERSON 12 17\tJilin', 'T2\tQUOTE 19 115\tLast year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country']
 * ```
 * @category Export
 */
export function toBrat(article: Article<ArticleIds>): BratDocument {
  return guard('article', 'an Article', () => {
    const text = article.text;
    const utf16 = articleSpans(article, 'utf-16');
    // Fragments are cut on the UTF-16 text; each cut is then counted in code points, as brat counts.
    const toPoint = codePointOffsets(text);
    const ids = new Map(utf16.spans.map((s, i) => [s.id, `T${i + 1}`] as const));
    const lines = utf16.spans.map((s, i) => {
      const { offsets, words } = fragments(text, s.start, s.end, toPoint);
      return `T${i + 1}\t${s.label} ${offsets}\t${words}`;
    });
    utf16.relations.forEach((r, i) => {
      const type = r.type === 'speaker' ? 'Speaker' : 'Source';
      lines.push(`R${i + 1}\t${type} Arg1:${ids.get(r.from)} Arg2:${ids.get(r.to)}`);
    });
    // A note goes on its item's first span; items without a span (paragraphs, metadata) have none.
    const firstSpan = new Map<string, string>();
    for (const s of utf16.spans) {
      const kind = s.id.slice(0, s.id.indexOf(':'));
      const key = `${kind === 'mention' ? 'entity' : kind} ${s.item}`;
      // Stryker disable next-line StringLiteral: equivalent, every span has an id in `ids`
      if (!firstSpan.has(key)) firstSpan.set(key, ids.get(s.id) ?? '');
    }
    let n = 0;
    for (const { kind, id, note } of walkNotes(article)) {
      const target = firstSpan.get(`${kind} ${id}`);
      if (target === undefined) continue;
      n += 1;
      lines.push(`#${n}\tAnnotatorNotes ${target}\t${note.kind}: ${oneLine(note.text)}`);
    }
    return { txt: text, ann: `${lines.join('\n')}\n` };
  });
}
