// The reference: TypeDoc builds it with no warning (undocumented exports, broken links fail the
// build), and every export is listed under a category, every function and value with an example.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './support/built-package.js';

interface Reflection {
  readonly name: string;
  readonly kind: number;
  readonly comment?: { readonly summary: readonly { text: string }[]; readonly blockTags?: readonly { tag: string }[] };
  readonly signatures?: readonly Reflection[];
  readonly children?: readonly Reflection[];
  readonly categories?: readonly { title: string; children: readonly number[] }[];
  readonly id: number;
}

const KIND = { module: 2, variable: 32, function: 64, class: 128, interface: 256, typeAlias: 2097152 } as const;
const CATEGORIES = ['Data', 'Lookup', 'Query', 'Format', 'Export', 'Chart', 'Schema', 'Errors'];

let modules: readonly Reflection[] = [];
beforeAll(() => {
  const out = join(projectRoot, '.tmp/api.json');
  execFileSync(process.execPath, [join(projectRoot, 'node_modules/typedoc/bin/typedoc'), '--json', out, '--out', join(projectRoot, '.tmp/api-html')], {
    cwd: projectRoot,
    stdio: 'pipe',
  });
  modules = (JSON.parse(readFileSync(out, 'utf8')) as Reflection).children ?? [];
}, 120_000);

const exportsOf = () => modules.flatMap((module) => (module.children ?? []).map((child) => ({ module, child })));
const commentOf = (reflection: Reflection) => reflection.comment ?? reflection.signatures?.[0]?.comment;
const tags = (reflection: Reflection) => commentOf(reflection)?.blockTags?.map((tag) => tag.tag) ?? [];

describe('the TypeDoc reference', () => {
  it('documents both entry points', () => {
    expect(modules.map((module) => module.name).sort()).toEqual(['beijing-digital-economy', 'schema']);
    expect(exportsOf().length).toBeGreaterThan(80);
  });

  it('gives every export a summary and one of the categories', () => {
    for (const { module, child } of exportsOf()) {
      const summary = commentOf(child)?.summary.map((part) => part.text).join('') ?? '';
      expect(summary.trim().length, `${child.name} has no summary`).toBeGreaterThan(0);
      const category = module.categories?.find((c) => c.children.includes(child.id))?.title;
      expect(CATEGORIES, `${child.name} is in category ${String(category)}`).toContain(category);
    }
  });

  it('gives every export an example, and every function its @param and @returns', () => {
    for (const { child } of exportsOf()) {
      if (![KIND.variable, KIND.function, KIND.class, KIND.interface, KIND.typeAlias].includes(child.kind as never)) continue;
      expect(tags(child), `${child.name} has no @example`).toContain('@example');
      if (child.kind === KIND.function) {
        const signature = child.signatures?.[0];
        expect(tags(child), `${child.name} has no @returns`).toContain('@returns');
        for (const parameter of signature?.children ?? []) expect(parameter.comment?.summary.length ?? 0, `${child.name}(${parameter.name})`).toBeGreaterThan(0);
      }
    }
  });
});
