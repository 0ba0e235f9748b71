// The rules across fields of parseArticle's schema: each broken rule gives exactly its own
// problem, at its own path, with the words a reader needs to fix it.
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { ArticleSchema, safeParseArticle } from '../../src/schema/index.js';

type Mutable = Record<string, any>;

/** The problems parseArticle finds in a copy of the article changed by `change`, as path: message. */
function problems(change: (a: Mutable) => void): string[] {
  const copy = structuredClone(article) as Mutable;
  change(copy);
  const result = safeParseArticle(copy);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the paragraphs', () => {
  it('must be numbered in order', () => {
    expect(problems((a) => (a.paragraphs[1].index = 5))).toEqual([
      'paragraphs.1.index: index is 5 but the paragraph is number 1',
    ]);
  });

  it('must each start where the one before and a blank line end', () => {
    expect(problems((a) => (a.paragraphs[1].end += 1))).toEqual([
      'paragraphs.1.end: end - start must equal the length of text',
      'paragraphs.2.start: start must be 118, where the previous paragraph and a blank line end',
    ]);
  });

  it('must hold the text at their offsets, and give back the whole text', () => {
    expect(
      problems((a) => (a.paragraphs[2].text = a.paragraphs[2].text.replace('Beijing', 'BEIJING'))),
    ).toEqual([
      'paragraphs.2.text: text does not match article.text at 117..564',
      'paragraphs: the paragraphs, joined by blank lines, must give back the whole text',
    ]);
  });
});

describe('the anchors', () => {
  const statistic = (a: Mutable) => a.statistics[0].source.anchor as Mutable;

  it('must have the text just after them as suffix', () => {
    expect(problems((a) => (statistic(a).suffix = `x${statistic(a).suffix}`))).toEqual([
      'statistics.0.source.anchor.suffix: suffix is not the text just after end',
    ]);
  });

  it('must have the text just before them as prefix', () => {
    expect(problems((a) => (statistic(a).prefix = `x${statistic(a).prefix}`))).toEqual([
      'statistics.0.source.anchor.prefix: prefix is not the text just before start',
    ]);
  });

  it('must lie inside the paragraph they name, and name one', () => {
    expect(problems((a) => (statistic(a).paragraphId = 'headline'))).toEqual([
      'statistics.0.source.anchor.start: the anchor is not inside paragraph "headline" (12..115)',
    ]);
    expect(problems((a) => (statistic(a).paragraphId = 'body-99'))).toEqual([
      'statistics.0.source.anchor.paragraphId: paragraphId "body-99" is not the id of any paragraph',
    ]);
  });

  it('must hold their exact words, showing the words at their offsets', () => {
    expect(problems((a) => (a.entities[0].mentions[0].exact = 'JILIN'))).toEqual([
      'entities.0.mentions.0.exact: exact "JILIN" does not match the text at 12..17 ("Jilin")',
    ]);
  });

  it('must not have a prefix longer than the text before them', () => {
    // "World News\n\n" is all that comes before Jilin at 12; one character more reaches past 0.
    expect(problems((a) => (a.entities[0].mentions[0].prefix = 'World News\n\nJ'))).toEqual([
      'entities.0.mentions.0.prefix: prefix is not the text just before start',
    ]);
  });

  it('must not start before the paragraph they name', () => {
    expect(problems((a) => (statistic(a).paragraphId = 'body-1'))).toEqual([
      'statistics.0.source.anchor.start: the anchor is not inside paragraph "body-1" (566..864)',
    ]);
  });

  it('may end where the text ends, and not after', () => {
    const { text } = article;
    const start = text.length - 'marked *'.length;
    const atEnd = (a: Mutable, end: number) => {
      a.entities[0].mentions.push({
        paragraphId: 'comment-form-notice',
        start,
        end,
        exact: text.slice(start, end).padEnd(end - start, '*'),
        prefix: text.slice(start - 32, start),
        suffix: '',
      });
    };
    expect(problems((a) => atEnd(a, text.length))).toEqual([]);
    expect(problems((a) => atEnd(a, text.length + 1))).toEqual([
      `entities.0.mentions.${article.entities[0]?.mentions.length ?? 0}.end: end ${text.length + 1} runs past the end of the text (length ${text.length})`,
    ]);
  });

  it('must hold the words of what they anchor', () => {
    expect(problems((a) => (a.statistics[0].statedAs = 'more than half'))).toEqual([
      'statistics.0.statedAs: statedAs must be part of source.anchor.exact',
      'statistics.0.statedAs: no figure can be read in statedAs "more than half"',
    ]);
    expect(problems((a) => (a.quotes[0].text = 'x'))).toEqual([
      'quotes.0.text: text must equal anchor.exact',
    ]);
    expect(problems((a) => (a.policies[0].title = 'x'))).toEqual([
      'policies.0.title: title must be part of anchor.exact',
    ]);
  });
});

describe('the ids and references', () => {
  it.each(['paragraphs', 'entities', 'statistics', 'quotes', 'policies'])(
    'must be unique in %s',
    (collection) => {
      const first = (article[collection as 'quotes'][0] as { id: string }).id;
      expect(problems((a) => (a[collection][1].id = first))).toContain(
        `${collection}.1.id: id "${first}" repeats ${collection}[0]`,
      );
    },
  );

  const listed = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');
  const entityIds = article.entities.map((e) => e.id);

  it.each<readonly [string, (a: Mutable) => void]>([
    ['metadata.publisher', (a: Mutable) => (a.metadata.publisher = 'zzz')],
    ['metadata.event', (a: Mutable) => (a.metadata.event = 'zzz')],
    ['metadata.contributors.1.entity', (a: Mutable) => (a.metadata.contributors[1].entity = 'zzz')],
    ['statistics.3.subject', (a: Mutable) => (a.statistics[3].subject = 'zzz')],
    [
      'statistics.3.source.attributedTo',
      (a: Mutable) => (a.statistics[3].source.attributedTo = 'zzz'),
    ],
    ['quotes.1.speaker', (a: Mutable) => (a.quotes[1].speaker = 'zzz')],
    ['policies.1.issuedBy.0', (a: Mutable) => (a.policies[1].issuedBy[0] = 'zzz')],
    ['policies.1.venue', (a: Mutable) => (a.policies[1].venue = 'zzz')],
  ])('must name an entity of the article at %s, listing them', (path, change) => {
    expect(problems(change)).toEqual([
      `${path}: "zzz" is not the id of any entity in the article (its ids: ${listed(entityIds)})`,
    ]);
  });

  it('suggest the nearest id, list at most 24, or say there is none', () => {
    expect(problems((a) => (a.quotes[0].speaker = 'ji-lin'))).toEqual([
      'quotes.0.speaker: "ji-lin" is not the id of any entity in the article (did you mean "jilin"?)',
    ]);
    const more = Array.from({ length: 10 }, (_, i) => `other-${i}`);
    const withMore = problems((a) => {
      a.entities.push(...more.map((id) => ({ id, kind: 'place', name: id, mentions: [] })));
      a.metadata.publisher = 'zzz';
    });
    const all = [...entityIds, ...more];
    expect(withMore).toEqual([
      `metadata.publisher: "zzz" is not the id of any entity in the article (its ids: ${listed(all.slice(0, 24))}, and ${all.length - 24} more)`,
    ]);
    const exactly24 = problems((a) => {
      a.entities.push(
        ...more.slice(0, 3).map((id) => ({ id, kind: 'place', name: id, mentions: [] })),
      );
      a.metadata.publisher = 'zzz';
    });
    expect(entityIds).toHaveLength(21);
    expect(exactly24).toEqual([
      `metadata.publisher: "zzz" is not the id of any entity in the article (its ids: ${listed(all.slice(0, 24))})`,
    ]);
    expect(problems((a) => (a.entities = []))).toContain(
      `metadata.publisher: "${article.metadata.publisher}" is not the id of any entity in the article (it has none)`,
    );
  });

  it('must name in quote.about a statistic or policy of the article', () => {
    const aboutIds = [...article.statistics, ...article.policies].map((item) => item.id);
    expect(
      problems((a) => (a.quotes[0].about = ['service-trade-volume-2019', 'nothing-like-any-id'])),
    ).toEqual([
      `quotes.0.about.1: "nothing-like-any-id" is not the id of any statistic or policy in the article (its ids: ${listed(aboutIds)})`,
    ]);
    expect(problems((a) => (a.quotes[0].about = ['service-trade-volume-2018']))).toEqual([
      'quotes.0.about.0: "service-trade-volume-2018" is not the id of any statistic or policy in the article (did you mean "service-trade-volume-2019"?)',
    ]);
  });
});

describe('the problems', () => {
  it('are custom issues of ArticleSchema', () => {
    const copy = structuredClone(article) as Mutable;
    copy.metadata.headline = 'x';
    const result = ArticleSchema.safeParse(copy);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).toEqual([
      'custom',
    ]);
  });
});

describe('the metadata', () => {
  it.each(['headline', 'section'])('must give the %s as its paragraph does', (role) => {
    expect(problems((a) => (a.metadata[role] = 'x'))).toEqual([
      `metadata.${role}: ${role} must equal the text of the ${role} paragraph`,
    ]);
  });

  it('may give a section where no paragraph is the section', () => {
    expect(problems((a) => (a.paragraphs[0].role = 'boilerplate'))).toEqual([]);
  });
});
