// What the description of each kind says an item is found by: the words a text search looks in,
// the entities it names, the notes filed under it. Read through findItems and findNotes, and
// checked against the item's own fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, findItems, forArticle } from '../../src/index.js';
import { parseArticle } from '../../src/schema/index.js';

/** Whether `words` holds `text`, ignoring case and the kind of apostrophe (as findItems documents). */
const holds = (words: readonly string[], text: string) => {
  const plain = (value: string) => value.toLowerCase().replaceAll(/[‘’ʼ]/g, "'");
  return words.some((word) => plain(word).includes(plain(text)));
};

/** The ids of some items, in the order of the ids: which items, whatever the order. */
const ids = (items: readonly { readonly id: string }[]) => items.map((item) => item.id).sort();

/**
 * Texts to search for: a piece of one of `words`, or one or two letters, which many items hold and
 * some do not.
 */
const searches = (words: readonly string[]) =>
  fc.oneof(
    fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      minLength: 1,
      maxLength: 2,
    }),
    fc
      .constantFrom(...words)
      .chain((word) =>
        fc
          .nat(word.length - 1)
          .chain((start) =>
            fc
              .integer({ min: start + 1, max: Math.min(word.length, start + 12) })
              .map((end) => word.slice(start, end)),
          ),
      ),
  );

describe('the words a text search looks in', () => {
  it('an entity: its name, its aliases and its role, and nothing else', () => {
    const wordsOf = (entity: (typeof article.entities)[number]) => [
      entity.name,
      ...(entity.aliases ?? []),
      ...(entity.role === undefined ? [] : [entity.role]),
    ];
    expect(article.entities.some((entity) => entity.role === undefined)).toBe(true);
    expect(article.entities.some((entity) => entity.aliases === undefined)).toBe(true);
    fc.assert(
      fc.property(searches(article.entities.flatMap(wordsOf)), (text) => {
        expect(ids(findItems({ kind: 'entity', text }))).toEqual(
          ids(article.entities.filter((entity) => holds(wordsOf(entity), text))),
        );
      }),
    );
  });

  it('finds an entity by its role alone', () => {
    expect(findItems({ kind: 'entity', text: 'Chairman of the Beijing' })).toEqual([
      { kind: 'entity', id: 'jilin', item: article.entities.find((e) => e.id === 'jilin') },
    ]);
  });

  it('a policy: its title and its focus areas, and nothing else', () => {
    const wordsOf = (policy: (typeof article.policies)[number]) => [
      policy.title,
      ...(policy.focusAreas ?? []),
    ];
    expect(article.policies.some((policy) => policy.focusAreas === undefined)).toBe(true);
    fc.assert(
      fc.property(searches(article.policies.flatMap(wordsOf)), (text) => {
        expect(ids(findItems({ kind: 'policy', text }))).toEqual(
          ids(article.policies.filter((policy) => holds(wordsOf(policy), text))),
        );
      }),
    );
  });
});

describe('the entities an item names', () => {
  it('a policy: those that issued it and the one where it was issued', () => {
    expect(article.policies.some((policy) => policy.venue !== undefined)).toBe(true);
    for (const entity of article.entities) {
      const named = article.policies.filter(
        (policy) => policy.issuedBy.includes(entity.id) || policy.venue === entity.id,
      );
      expect(ids(findItems({ kind: 'policy', entity: entity.id })), entity.id).toEqual(ids(named));
    }
  });
});

describe('the notes filed under an item', () => {
  it('a policy without notes has none, and the others keep theirs', () => {
    const copy = structuredClone(article);
    const [bare, ...others] = copy.policies;
    if (bare === undefined) throw new Error('the article has policies');
    delete (bare as { notes?: unknown }).notes;
    const { findNotes } = forArticle(parseArticle(copy));
    expect(findNotes({ itemId: bare.id })).toEqual([]);
    for (const policy of others)
      expect(findNotes({ itemId: policy.id }).map((found) => found.note)).toEqual(policy.notes);
  });
});
