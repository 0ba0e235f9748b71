// Data from outside meets a clear error: each malformed article is rejected with the problem and
// its path, and nothing crashes.
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { ArticleValidationError, parseArticle, safeParseArticle } from '../../src/schema/index.js';

type Mutable = Record<string, any>;
const copy = (): Mutable => structuredClone(article);
const edited = (change: (a: Mutable) => void) => () => {
  const a = copy();
  change(a);
  return a;
};

/** [what is wrong, the input, the path the error must name, words the message must contain]. */
const TABLE: [string, () => unknown, string, RegExp][] = [
  ['not an object', () => 42, '', /expected object/i],
  ['null', () => null, '', /expected object/i],
  ['an array', () => [article], '', /expected object/i],
  ['JSON text that does not parse', () => '{"id": "x",', '', /not valid JSON/],
  [
    'a missing field',
    edited((a) => delete a.metadata.headline),
    'metadata.headline',
    /expected string/i,
  ],
  [
    'a wrong type',
    edited((a) => (a.statistics[0].value = '50')),
    'statistics.0.value',
    /expected number/i,
  ],
  ['NaN', edited((a) => (a.statistics[0].value = Number.NaN)), 'statistics.0.value', /NaN/],
  [
    'Infinity',
    edited((a) => (a.statistics[2].value = Infinity)),
    'statistics.2.value',
    /Infinity|number/i,
  ],
  [
    'an unknown unit kind',
    edited((a) => (a.statistics[0].unit = { kind: 'ratio' })),
    'statistics.0.unit.kind',
    /percent/,
  ],
  [
    'an unknown currency',
    edited((a) => (a.statistics[2].unit = { kind: 'currency', currency: 'EUR' })),
    'statistics.2.unit.currency',
    /USD/,
  ],
  [
    'an unknown comparator',
    edited((a) => (a.statistics[0].comparator = 'over')),
    'statistics.0.comparator',
    /more-than/,
  ],
  [
    'an impossible date',
    edited((a) => (a.policies[0].date = '2020-02-30')),
    'policies.0.date',
    /day that exists/,
  ],
  [
    'a date that is not ISO 8601',
    edited((a) => (a.metadata.datePublished.value = '5 September 2020')),
    'metadata.datePublished.value',
    /YYYY-MM-DD/,
  ],
  [
    'an impossible period',
    edited((a) => (a.statistics[0].period = '2019-13')),
    'statistics.0.period',
    /ISO 8601/,
  ],
  [
    'an anchor whose words do not match',
    edited(
      (a) => (a.quotes[0].anchor.exact = a.quotes[0].anchor.exact.replace('Beijing', 'Peking')),
    ),
    'quotes.0.anchor.exact',
    /does not match the text/,
  ],
  [
    'an anchor whose offsets run past the text',
    edited((a) => {
      a.quotes[0].anchor.start = 9_000;
      a.quotes[0].anchor.end = 9_000 + a.quotes[0].anchor.exact.length;
    }),
    'quotes.0.anchor.end',
    /runs past the end/,
  ],
  [
    'end - start unlike the words',
    edited((a) => (a.quotes[1].anchor.end += 1)),
    'quotes.1.anchor.end',
    /end - start/,
  ],
  [
    'a negative offset',
    edited((a) => (a.entities[0].mentions[0].start = -1)),
    'entities.0.mentions.0.start',
    /0|>=/,
  ],
  [
    'a wrong prefix',
    edited((a) => (a.statistics[0].source.anchor.prefix = 'nothing like it')),
    'statistics.0.source.anchor.prefix',
    /prefix/,
  ],
  [
    'a dangling speaker',
    edited((a) => (a.quotes[0].speaker = 'ji-lin')),
    'quotes.0.speaker',
    /jilin/,
  ],
  [
    'a reference to an entity the article lacks',
    edited((a) => {
      a.entities = a.entities.filter((e: Mutable) => e.id !== 'beijing-municipal-government');
    }),
    'policies.0.issuedBy',
    /is not the id of any entity/,
  ],
  [
    'a venue the article lacks',
    edited((a) => (a.policies[1].venue = 'service-trade-association')),
    'policies.1.venue',
    /service-trade-fair/,
  ],
  [
    'a designation moved off its words',
    edited((a) => (a.entities.find((e: Mutable) => e.id === 'beijing').designations[0].start += 1)),
    'entities.5.designations.0',
    /does not match the text|prefix/,
  ],
  [
    'a purpose moved off its words',
    edited((a) => (a.policies[0].purpose[0].exact = 'to Promote Growth')),
    'policies.0.purpose.0',
    /does not match the text|end - start/,
  ],
  [
    'a note of an unknown kind on a metadata field',
    edited((a) => (a.metadata.fieldNotes.section[0].kind = 'doubt')),
    'metadata.fieldNotes.section.0.kind',
    /ambiguity/,
  ],
  [
    'a duplicate id',
    edited((a) => (a.policies[1].id = a.policies[0].id)),
    'policies.1.id',
    /repeats/,
  ],
  ['an unknown key', edited((a) => (a.statistics[0].perod = '2019')), 'statistics.0', /perod/],
  [
    'a __proto__ key',
    () =>
      JSON.parse(JSON.stringify(article).replace('{"id":', '{"__proto__":{"polluted":true},"id":')),
    '',
    /__proto__/,
  ],
  [
    'paragraphs that do not rebuild the text',
    edited((a) => (a.paragraphs[1].text = `${a.paragraphs[1].text}!`)),
    'paragraphs.1',
    /length|match/,
  ],
  [
    'a headline unlike its paragraph',
    edited((a) => (a.metadata.headline = 'Another headline')),
    'metadata.headline',
    /headline paragraph/,
  ],
  [
    'a quote text unlike its anchor',
    edited((a) => (a.quotes[2].text = 'Something else')),
    'quotes.2.text',
    /anchor\.exact/,
  ],
  [
    'a 10 MB string where a label goes',
    edited((a) => (a.statistics[0].unit = 'x'.repeat(10 * 1024 * 1024))),
    'statistics.0.unit',
    /object|invalid/i,
  ],
  [
    'a 10 MB article text',
    edited((a) => (a.text = `${a.text}${' '.repeat(10 * 1024 * 1024)}`)),
    'paragraphs',
    /whole text/,
  ],
];

describe('parseArticle on malformed input', () => {
  it('has at least 25 cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(25);
  });

  it.each(TABLE)('rejects %s, naming the path and the problem', (_what, make, path, message) => {
    const input = make();
    const result = safeParseArticle(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const { issues } = result.error;
    const matching = issues.filter((issue) => issue.path.join('.').startsWith(path));
    expect(matching.length, JSON.stringify(issues.slice(0, 3))).toBeGreaterThan(0);
    expect(matching.map((issue) => issue.message).join('\n')).toMatch(message);
    expect(() => parseArticle(input)).toThrow(ArticleValidationError);
  });

  it('lists every problem, not only the first', () => {
    const a = copy();
    a.statistics[0].value = 'x';
    a.quotes[0].mode = 'shouted';
    a.metadata.language = 'fr';
    const result = safeParseArticle(a);
    expect(result.success).toBe(false);
    if (!result.success) {
      const paths = result.error.issues.map((issue) => issue.path.join('.'));
      expect(paths).toEqual(
        expect.arrayContaining(['statistics.0.value', 'quotes.0.mode', 'metadata.language']),
      );
      for (const path of ['statistics[0].value', 'quotes[0].mode', 'metadata.language'])
        expect(result.error.message).toContain(path);
    }
  });

  it('leaves Object.prototype alone', () => {
    safeParseArticle(JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(({} as Mutable).polluted).toBeUndefined();
  });
});
