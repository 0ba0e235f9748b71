// Every value exported by every entry of the built package is deeply frozen: a program that
// mutates one (`ENTITY_IDS.length = 0`) gets a TypeError, never a changed package. Functions,
// classes and zod schemas are code, not data; everything else is walked to its leaves.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtFile, projectRoot } from '../support/built-package.js';

const require = createRequire(import.meta.url);

interface Conditions {
  readonly import?: { readonly default: string };
  readonly require?: { readonly default: string };
}
const { exports: entries } = JSON.parse(
  readFileSync(join(projectRoot, 'package.json'), 'utf8'),
) as { exports: Record<string, string | Conditions> };

/** Each JavaScript entry of the package as it is loaded: `import` and `require` alike. */
const loaded = Object.entries(entries).flatMap(([entry, target]) =>
  typeof target === 'string'
    ? []
    : [
        ...(target.import ? [[`import ${entry}`, 'import', target.import.default] as const] : []),
        ...(target.require
          ? [[`require ${entry}`, 'require', target.require.default] as const]
          : []),
      ],
);

const isSchema = (value: object) => '_zod' in value && 'safeParse' in value;

/** The paths, under `name`, of every object reachable from `value` that is not frozen. */
function unfrozen(value: unknown, name: string, seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return [
    ...(Object.isFrozen(value) ? [] : [name]),
    ...Reflect.ownKeys(value).flatMap((key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      return descriptor && 'value' in descriptor
        ? unfrozen(descriptor.value, `${name}[${String(key)}]`, seen)
        : [];
    }),
  ];
}

describe.each(loaded)('every export of %s', (_label, how, file) => {
  const load = async (): Promise<Record<string, unknown>> => {
    const path = builtFile(file.replace(/^\.\/dist\//, ''));
    return how === 'import'
      ? ((await import(pathToFileURL(path).href)) as Record<string, unknown>)
      : (require(path) as Record<string, unknown>);
  };

  it('is deeply frozen when it is data (the id lists and CSV_COLUMNS included)', async () => {
    const module = await load();
    const data = Object.entries(module).filter(
      ([, value]) => typeof value === 'object' && value !== null && !isSchema(value),
    );
    expect(Object.keys(module).length).toBeGreaterThan(0);
    expect(data.flatMap(([name, value]) => unfrozen(value, name))).toEqual([]);
  });

  it('throws on a write to a data export, and later calls see the data unchanged', async () => {
    const module = await load();
    const changed = Object.entries(module).flatMap(([name, value]) => {
      if (!Array.isArray(value)) return [];
      const before = JSON.stringify(value);
      try {
        // ES modules are strict: a write to a frozen array throws.
        (value as unknown[]).length = 0;
      } catch (error) {
        if (error instanceof TypeError && JSON.stringify(value) === before) return [];
      }
      return [name];
    });
    expect(changed).toEqual([]);
  });
});

it('walks the entries of both the main entry and ./schema, and the id lists among them', async () => {
  expect(loaded.map(([label]) => label)).toEqual(
    expect.arrayContaining(['import .', 'require .', 'import ./schema', 'require ./schema']),
  );
  const main = (await import(pathToFileURL(builtFile('index.js')).href)) as Record<string, unknown>;
  for (const name of [
    'ENTITY_IDS',
    'PARAGRAPH_IDS',
    'POLICY_IDS',
    'QUOTE_IDS',
    'STATISTIC_IDS',
    'CSV_COLUMNS',
  ])
    expect(Array.isArray(main[name]), name).toBe(true);
});
