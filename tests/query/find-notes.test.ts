// findNotes: every note of the article, once, with the item it belongs to, in text order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  article,
  findNotes,
  getEntity,
  getParagraph,
  getPolicy,
  getQuote,
  getStatistic,
  InvalidOptionError,
  type ItemNote,
  type Note,
  type NoteFilter,
} from '../../src/index.js';
import { NOTE_ITEM_KINDS, NOTE_KINDS } from '../../src/internal/vocabulary.js';

/** Every note object of the data, found by walking each collection (not through findNotes). */
function everyNote(): Note[] {
  return [
    ...Object.values(article.metadata.fieldNotes ?? {}).flatMap((notes) => notes ?? []),
    ...article.paragraphs.flatMap((p) => p.notes ?? []),
    ...article.entities.flatMap((e) => e.notes ?? []),
    ...article.statistics.flatMap((s) => s.notes ?? []),
    ...article.quotes.flatMap((q) => q.notes ?? []),
    ...article.policies.flatMap((p) => p.notes ?? []),
  ];
}

/** The notes of the item a result names, looked up through the public lookups. */
function notesOf({ item }: ItemNote): readonly Note[] {
  switch (item.kind) {
    case 'metadata':
      return article.metadata.fieldNotes?.[item.id] ?? [];
    case 'paragraph':
      return getParagraph(item.id).notes ?? [];
    case 'entity':
      return getEntity(item.id).notes ?? [];
    case 'statistic':
      return getStatistic(item.id).notes ?? [];
    case 'quote':
      return getQuote(item.id).notes ?? [];
    case 'policy':
      return getPolicy(item.id).notes ?? [];
  }
}

/** The first character of the text that the item stands on; metadata is about the whole text. */
function startOf({ item }: ItemNote): number {
  switch (item.kind) {
    case 'metadata':
      return -1;
    case 'paragraph':
      return getParagraph(item.id).start;
    case 'entity':
      return Math.min(...getEntity(item.id).mentions.map((m) => m.start));
    case 'statistic':
      return getStatistic(item.id).source.anchor.start;
    case 'quote':
      return getQuote(item.id).anchor.start;
    case 'policy':
      return getPolicy(item.id).anchor.start;
  }
}

const filterArbitrary: fc.Arbitrary<NoteFilter> = fc.record(
  { kind: fc.constantFrom(...NOTE_KINDS), itemKind: fc.constantFrom(...NOTE_ITEM_KINDS) },
  { requiredKeys: [] },
);

describe('findNotes', () => {
  it('returns every note of the data exactly once', () => {
    const found = findNotes().map((n) => n.note);
    const expected = everyNote();
    expect(expected.length).toBeGreaterThan(0);
    expect(found.length).toBe(expected.length);
    expect(new Set(found).size).toBe(found.length);
    for (const note of expected)
      expect(
        found.filter((n) => n === note),
        note.text,
      ).toHaveLength(1);
  });

  it('names, for each note, the item that carries it', () => {
    for (const result of findNotes())
      expect(notesOf(result), `${result.item.kind} ${result.item.id}`).toContain(result.note);
  });

  it('gives the notes in text order, metadata first', () => {
    const starts = findNotes().map(startOf);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(findNotes()[0]?.item.kind).toBe('metadata');
  });

  it('returns, for any filter, exactly the notes of every kind given, in the same order', () => {
    fc.assert(
      fc.property(filterArbitrary, (filter) => {
        const result = findNotes(filter);
        for (const { item, note } of result) {
          if (filter.kind !== undefined) expect(note.kind).toBe(filter.kind);
          if (filter.itemKind !== undefined) expect(item.kind).toBe(filter.itemKind);
        }
        const matching = findNotes().filter(
          ({ item, note }) =>
            (filter.kind === undefined || note.kind === filter.kind) &&
            (filter.itemKind === undefined || item.kind === filter.itemKind),
        );
        expect(result).toEqual(matching);
      }),
    );
  });

  it('has notes of every kind, and on items of every kind', () => {
    for (const kind of NOTE_KINDS) expect(findNotes({ kind }).length, kind).toBeGreaterThan(0);
    for (const itemKind of NOTE_ITEM_KINDS)
      expect(findNotes({ itemKind }).length, itemKind).toBeGreaterThan(0);
  });

  it.each<[string, unknown, RegExp]>([
    ['an unknown key', { knd: 'inference' }, /filter\.knd.*"kind", "itemKind"/],
    [
      'an unknown note kind',
      { kind: 'doubt' },
      /filter\.kind.*"translation", "inference", "inconsistency", "ambiguity"/,
    ],
    [
      'an unknown item kind',
      { itemKind: 'quotes' },
      /filter\.itemKind.*"metadata", "paragraph", "entity", "statistic", "quote", "policy"/,
    ],
    ['a filter that is not an object', 'inference', /filter.*expected an object/],
    ['null', null, /filter.*null/],
    [
      'an item id that is not a string',
      { itemId: 5 },
      /^filter\.itemId: got 5; expected a string$/,
    ],
  ])('rejects %s with an InvalidOptionError naming the valid choices', (_what, filter, message) => {
    expect(() => findNotes(filter as NoteFilter)).toThrow(InvalidOptionError);
    expect(() => findNotes(filter as NoteFilter)).toThrow(message);
  });
});

describe('the notes of the data', () => {
  it('mark every use of outside knowledge as such', () => {
    // A note that names Chinese characters brings in something the English text does not have.
    for (const { item, note } of findNotes()) {
      if (/[\u4e00-\u9fff]/.test(note.text))
        expect(note.text, `${item.kind} ${item.id}`).toMatch(/[Oo]utside knowledge/);
    }
  });

  it('carry the doubt about “500” on every item that has it in its name', () => {
    const withFiveHundred = findNotes({ kind: 'inconsistency' }).map((n) => n.item.id);
    const named = [
      ...article.statistics.filter((s) => s.id.includes('500')).map((s) => s.id),
      ...article.entities.filter((e) => e.name.includes('500')).map((e) => e.id),
    ];
    expect(named.length).toBeGreaterThan(1);
    for (const id of named) expect(withFiveHundred, id).toContain(id);
  });

  it('say why a figure is credited to Jilin when no quote of his covers it', () => {
    const quoted = (start: number, end: number) =>
      article.quotes.some(
        (q) => q.speaker === 'jilin' && q.anchor.start <= start && end <= q.anchor.end,
      );
    const unquoted = article.statistics.filter(
      (s) =>
        s.source.attributedTo === 'jilin' && !quoted(s.source.anchor.start, s.source.anchor.end),
    );
    expect(unquoted.length).toBeGreaterThan(0);
    for (const s of unquoted)
      expect(
        s.notes?.some((n) => n.kind === 'inference' && n.text.includes('reporter’s voice')),
        s.id,
      ).toBe(true);
  });
});
