// The walk's own promises, checked against the data rather than against another view: each visit's
// path leads to the very item, anchor or note, and the order is the one its documentation gives.
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { walkAnchors, walkItems, walkNotes, type ArticlePath } from '../../src/model/walk.js';
import type { Article, ArticleIds } from '../../src/types/index.js';
import { second } from '../second-article/fixture.js';

/** The order of the kinds for items and anchors that start together, as the model documents it. */
const KIND_ORDER = ['metadata', 'paragraph', 'entity', 'statistic', 'quote', 'policy'];
const rank = (kind: string) => KIND_ORDER.indexOf(kind);

const ARTICLES = [
  ['the built-in article', article],
  ['the second article', second],
] as const satisfies readonly (readonly [string, Article<ArticleIds>])[];

/** What the article holds at `path`, followed key by key. */
const valueAt = (root: unknown, path: ArticlePath): unknown =>
  path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], root);

/** Where each item starts, read from its own fields: an entity at its first mention. */
const startOf = (kind: string, item: Record<string, unknown>): number => {
  const anchor = (value: unknown) => value as { readonly start: number };
  switch (kind) {
    case 'metadata':
      return -1;
    case 'paragraph':
      return anchor(item).start;
    case 'entity': {
      const [first] = item.mentions as readonly { readonly start: number }[];
      return first === undefined ? Number.POSITIVE_INFINITY : first.start;
    }
    case 'statistic':
      return anchor((item.source as Record<string, unknown>).anchor).start;
    default:
      return anchor(item.anchor).start;
  }
};

describe.each(ARTICLES)('walkItems over %s', (_name, source) => {
  it('visits the metadata, as "metadata", and every item of each collection under its own id', () => {
    const visits = walkItems(source);
    expect(visits[0]).toEqual({
      kind: 'metadata',
      id: 'metadata',
      item: source.metadata,
      path: ['metadata'],
      position: -1,
    });
    const others = visits.slice(1);
    expect(others).toHaveLength(
      source.paragraphs.length +
        source.entities.length +
        source.statistics.length +
        source.quotes.length +
        source.policies.length,
    );
    for (const visit of others) {
      expect(valueAt(source, visit.path), visit.path.join('.')).toBe(visit.item);
      expect(visit.id).toBe((visit.item as { readonly id: string }).id);
      expect(visit.position, visit.id).toBe(
        startOf(visit.kind, visit.item as unknown as Record<string, unknown>),
      );
    }
  });

  it('lists them by where they start, items that start together in the order of the kinds', () => {
    const visits = walkItems(source);
    for (const [index, visit] of visits.entries()) {
      const next = visits[index + 1];
      if (next === undefined) break;
      const inOrder =
        visit.position < next.position ||
        (visit.position === next.position && rank(visit.kind) <= rank(next.kind));
      expect(inOrder, `${visit.kind} ${visit.id} before ${next.kind} ${next.id}`).toBe(true);
    }
  });
});

describe.each(ARTICLES)('walkAnchors over %s', (_name, source) => {
  it('lists the anchors by start, then end, then the kind of their item', () => {
    const visits = walkAnchors(source);
    for (const [index, visit] of visits.entries()) {
      const next = visits[index + 1];
      if (next === undefined) break;
      const [a, b] = [visit.anchor, next.anchor];
      const inOrder =
        a.start < b.start ||
        (a.start === b.start &&
          (a.end < b.end || (a.end === b.end && rank(visit.kind) <= rank(next.kind))));
      expect(inOrder, `${visit.path.join('.')} before ${next.path.join('.')}`).toBe(true);
    }
  });
});

describe('walkAnchors over the built-in article', () => {
  it('puts the shorter of two anchors that start together first, whatever their kinds', () => {
    const at3690 = walkAnchors(article)
      .filter((visit) => visit.anchor.start === 3690)
      .map((visit) => `${visit.kind} ${visit.field} ${visit.anchor.end}`);
    expect(at3690).toEqual([
      'metadata datePublished.evidence 3726',
      'policy anchor 3853',
      'quote anchor 3950',
    ]);
  });
});

describe.each(ARTICLES)('walkNotes over %s', (_name, source) => {
  it('visits every note once, at the path where the article holds it', () => {
    const visits = walkNotes(source);
    const count = (items: readonly { readonly notes?: readonly unknown[] }[]) =>
      items.reduce((sum, item) => sum + (item.notes?.length ?? 0), 0);
    const fieldNotes: readonly (readonly unknown[] | undefined)[] = Object.values(
      source.metadata.fieldNotes ?? {},
    );
    expect(visits).toHaveLength(
      fieldNotes.reduce((sum, notes) => sum + (notes?.length ?? 0), 0) +
        count(source.paragraphs) +
        count(source.entities) +
        count(source.statistics) +
        count(source.quotes) +
        count(source.policies),
    );
    for (const visit of visits) {
      expect(valueAt(source, visit.path), visit.path.join('.')).toBe(visit.note);
      const [collection, place, ...rest] = visit.path;
      if (visit.kind === 'metadata') {
        expect([collection, place, ...rest.slice(0, -1)]).toEqual([
          'metadata',
          'fieldNotes',
          visit.id,
        ]);
      } else {
        expect(rest.slice(0, -1)).toEqual(['notes']);
        const item = valueAt(source, [collection ?? '', place ?? '']) as { readonly id: string };
        expect(item.id).toBe(visit.id);
      }
    }
  });
});

describe('walkNotes over the built-in article', () => {
  it('files a note on the metadata under the field it is about', () => {
    const [first] = walkNotes(article);
    expect(first?.kind).toBe('metadata');
    expect(first?.id).toBe('section');
    expect(first?.path).toEqual(['metadata', 'fieldNotes', 'section', 0]);
    expect(first?.note).toBe(article.metadata.fieldNotes?.section?.[0]);
  });
});
