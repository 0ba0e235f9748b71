import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, ENTITY_IDS, findQuotes, InvalidOptionError } from '../../src/index.js';
import { findQuotesIn } from '../../src/query/find-quotes.js';

const ids = (quotes: readonly { readonly id: string }[]) => quotes.map((quote) => quote.id);
/** The article's quotes in the order the text has them (their anchors at 19, 361, … 4076). */
const ALL = [
  'headline-digital-economy-share',
  'jilin-digital-economy-share',
  'jilin-service-trade',
  'jilin-park-output',
  'jilin-key-digital-technologies',
  'jilin-digital-transformation',
  'jilin-strategic-choices',
  'jilin-reform-determination',
  'jilin-1-plus-3-release',
  'jilin-demonstrative-role',
];

describe('findQuotes', () => {
  it('gives every quote, in text order, for no filter or an empty one', () => {
    expect(ids(findQuotes())).toEqual(ALL);
    expect(ids(findQuotes({}))).toEqual(ALL);
  });

  it('gives each speaker their quotes and nobody else’s: none for an entity that says nothing', () => {
    const bySpeaker = ENTITY_IDS.flatMap((speaker) => ids(findQuotes({ speaker })));
    expect(bySpeaker.sort()).toEqual([...ALL].sort());
    for (const quote of findQuotes({ speaker: 'jilin' })) expect(quote.speaker).toBe('jilin');
    expect(findQuotes({ speaker: 'baidu' })).toEqual([]);
  });

  it('splits the quotes by mode, each in text order', () => {
    const direct = ids(findQuotes({ mode: 'direct' }));
    const indirect = ids(findQuotes({ mode: 'indirect' }));
    expect(direct).toEqual(
      ALL.filter((id) => article.quotes.find((q) => q.id === id)?.mode === 'direct'),
    );
    expect(indirect).toEqual(ALL.filter((id) => !direct.includes(id)));
    expect(direct.length).toBeGreaterThan(0);
    expect(indirect.length).toBeGreaterThan(0);
  });

  it('finds a quote by any of its words, whatever their case and whichever apostrophe', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...article.quotes),
        fc.nat(),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('upper', 'lower', 'as-is'),
        (quote, from, length, casing) => {
          const start = from % quote.text.length;
          const words = quote.text.slice(start, start + length);
          const asked = (
            casing === 'upper'
              ? words.toUpperCase()
              : casing === 'lower'
                ? words.toLowerCase()
                : words
          ).replace(/’/g, "'");
          expect(ids(findQuotes({ text: asked }))).toContain(quote.id);
        },
      ),
    );
    expect(findQuotes({ text: 'BEIJING’S DIGITAL ECONOMY' }).length).toBeGreaterThan(0);
    expect(ids(findQuotes({ text: "beijing's digital economy" }))).toEqual(
      ids(findQuotes({ text: 'Beijing’s digital economy' })),
    );
    expect(findQuotes({ text: 'no such words in any quote' })).toEqual([]);
    // Case folds to lower case, as Unicode folds it: a dotless ı is not an i.
    expect(findQuotes({ text: 'Beıjing' })).toEqual([]);
  });

  it('sorts what it is given into text order', () => {
    const reversed = [...article.quotes].sort((a, b) => b.anchor.start - a.anchor.start);
    expect(ids(findQuotesIn(reversed, article.entities, undefined))).toEqual(ALL);
  });

  it.each<[string, unknown, string, string]>([
    [
      'an unknown key',
      { who: 'jilin' },
      'filter.who',
      'unknown option; the options are "speaker", "mode", "text"',
    ],
    ['a mode', { mode: 'sung' }, 'filter.mode', 'got "sung"; expected one of "direct", "indirect"'],
    ['words that are not text', { text: 5 }, 'filter.text', 'got 5; expected a string'],
  ])('rejects %s, saying what would be right', (_what, filter, option, message) => {
    expect(() => findQuotes(filter as never)).toThrow(new InvalidOptionError(option, message));
  });

  it('rejects a speaker that is not an entity, listing the entities', () => {
    expect(() => findQuotes({ speaker: 'nobody' } as never)).toThrow(
      /^filter\.speaker: got "nobody"; expected one of "jilin", "huang-xinyu", /,
    );
  });
});
