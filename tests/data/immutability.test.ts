import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as data from '../../src/index.js';

type Path = readonly (string | number)[];

/** Every path to an object or array inside `value`. */
function containerPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  return [
    path,
    ...Object.entries(value).flatMap(([key, child]) =>
      containerPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}

function at(root: unknown, path: Path): Record<string, unknown> {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string, unknown>)[key],
    root,
  ) as Record<string, unknown>;
}

const exported = {
  article: data.article,
  metadata: data.metadata,
  statistics: data.statistics,
  quotes: data.quotes,
  policies: data.policies,
  entities: data.entities,
  paragraphs: data.paragraphs,
};

describe('exported data', () => {
  const paths = Object.entries(exported).flatMap(([name, value]) =>
    containerPaths(value).map((path) => [name, path] as const),
  );

  it('has hundreds of nested objects, each of them frozen', () => {
    expect(paths.length).toBeGreaterThan(300);
    for (const [name, path] of paths)
      expect(
        Object.isFrozen(at(exported[name as keyof typeof exported], path)),
        `${name}.${path.join('.')}`,
      ).toBe(true);
  });

  it('throws in strict mode on any write, addition or deletion at any path', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.constantFrom('write', 'add', 'delete'),
        ([name, path], operation) => {
          const target = at(exported[name as keyof typeof exported], path);
          const key = operation === 'add' ? '__added' : Object.keys(target)[0];
          if (key === undefined) return;
          const before = JSON.stringify(target);
          expect(() => {
            'use strict';
            if (operation === 'delete') delete target[key];
            else target[key] = 'changed';
          }).toThrow(TypeError);
          expect(JSON.stringify(target)).toBe(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('throws on array methods that would change a collection', () => {
    expect(() => (data.statistics as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => (data.quotes as unknown as unknown[]).sort()).toThrow(TypeError);
  });
});
