// Any input to a public helper yields a result or one of the documented error classes — never a
// TypeError from inside.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ArticleValidationError, parseArticle, safeParseArticle } from '../../src/schema/index.js';
import { allAnchors } from '../support/all-anchors.js';

const { article, InvalidOptionError, UnknownIdError } = api;
const DOCUMENTED = [InvalidOptionError, UnknownIdError, ArticleValidationError];

function outcome(call: () => unknown): string {
  try {
    call();
    return 'result';
  } catch (error) {
    const documented = DOCUMENTED.find((ErrorClass) => error instanceof ErrorClass);
    if (documented === undefined)
      throw new Error(`undocumented error: ${String(error)}`, { cause: error });
    expect((error as { code: string }).code).toMatch(/^ERR_[A-Z_]+$/);
    return documented.name;
  }
}

type Json = Record<string, unknown>;

/** A copy of `value` with the thing at one random path replaced by anything at all. */
function corrupted<T>(value: T): fc.Arbitrary<T> {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (typeof node === 'object' && node !== null)
      for (const [key, child] of Object.entries(node))
        walk(child, [...path, Array.isArray(node) ? Number(key) : key]);
  };
  walk(value, []);
  return fc
    .tuple(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.anything())
    .map(([path, replacement]) => {
      const copy = structuredClone(value) as Json;
      const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, copy);
      parent[path[path.length - 1] as string] = replacement;
      return copy as T;
    });
}

const anyArgs = (count: number) => fc.array(fc.anything(), { minLength: count, maxLength: count });
const helpers: [string, (...args: any[]) => unknown, number][] = [
  ['getStatistic', api.getStatistic, 1],
  ['getQuote', api.getQuote, 1],
  ['getPolicy', api.getPolicy, 1],
  ['getEntity', api.getEntity, 1],
  ['getParagraph', api.getParagraph, 1],
  ['findStatistics', api.findStatistics, 1],
  ['findNotes', api.findNotes, 1],
  ['quotesBy', api.quotesBy, 1],
  ['mentionsOf', api.mentionsOf, 1],
  ['itemsAt', api.itemsAt, 1],
  ['excerpt', api.excerpt, 2],
  ['formatValue', api.formatValue, 3],
  ['formatStatistic', api.formatStatistic, 2],
  ['formatQuote', api.formatQuote, 2],
  ['formatPolicy', api.formatPolicy, 2],
  ['toMarkdown', api.toMarkdown, 1],
  ['toPlainText', api.toPlainText, 1],
  ['toCSV', api.toCSV, 2],
  ['toJSONLD', api.toJSONLD, 1],
  ['toSpans', api.toSpans, 2],
  ['toBrat', api.toBrat, 1],
  ['toJSONLDScript', api.toJSONLDScript, 1],
  ['toCSL', api.toCSL, 1],
  ['formatCitation', api.formatCitation, 2],
  ['parseArticle', parseArticle, 1],
  ['safeParseArticle', safeParseArticle, 1],
];

describe.each(helpers)('%s', (_name, helper, arity) => {
  it('gives a result or a documented error for arguments of any shape', () => {
    fc.assert(
      fc.property(anyArgs(arity), (args) => void outcome(() => helper(...args))),
      { numRuns: 200 },
    );
  });
});

describe('helpers given real data with one part corrupted', () => {
  it('the formatters', () => {
    fc.assert(
      fc.property(
        corrupted(api.statistics[2]),
        corrupted(api.quotes[0]),
        corrupted(api.policies[0]),
        (statistic, quote, policy) => {
          outcome(() => api.formatStatistic(statistic as never, { attribution: 'Jilin' }));
          outcome(() => api.formatQuote(quote as never, { speaker: 'Jilin' }));
          outcome(() => api.formatPolicy(policy as never, { issuers: ['Beijing'] }));
          outcome(() => api.toCSV([statistic as never]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the exports of a whole article', () => {
    fc.assert(
      fc.property(corrupted(article), fc.constantFrom('apa', 'mla', 'chicago'), (broken, style) => {
        for (const call of [
          api.toMarkdown,
          api.toPlainText,
          api.toJSONLD,
          api.toJSONLDScript,
          api.toCSL,
        ])
          outcome(() => call(broken));
        outcome(() => api.formatCitation(broken, style));
        expect(typeof safeParseArticle(broken).success).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    // 300 whole articles through five exporters and the schema: seconds on a busy 2-core machine.
  }, 60_000);

  it('the spans, brat and the tables built by the walk over the items', () => {
    fc.assert(
      fc.property(corrupted(article), (broken) => {
        outcome(() => api.toSpans(broken, { unit: 'code-point' }));
        outcome(() => api.toBrat(broken));
        for (const table of ['mentions', 'items', 'notes'] as const)
          outcome(() => api.toCSV(broken, { table }));
      }),
      { numRuns: 100 },
    );
  });

  it('excerpt, with anchors moved or mangled', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...allAnchors(article).map((a) => a.anchor)).chain((a) => corrupted(a)),
        (anchor) => void outcome(() => api.excerpt(anchor)),
      ),
      { numRuns: 300 },
    );
  });
});

describe('the documented error classes', () => {
  it('are exported with a stable code', () => {
    expect(new UnknownIdError('statistic', 'x', []).code).toBe('ERR_UNKNOWN_ID');
    expect(new InvalidOptionError('x', 'y').code).toBe('ERR_INVALID_OPTION');
    expect(new ArticleValidationError([]).code).toBe('ERR_INVALID_ARTICLE');
  });
});
