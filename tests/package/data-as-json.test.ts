// The bundles carry the data as JSON text that they parse (scripts/build/data-as-json.ts): the
// same values, in fewer bytes, with the lines of src/generated/article-data.ts kept.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataAsJson } from '../../scripts/build/data-as-json.js';
import { projectRoot } from '../support/built-package.js';

/** The value of the one `deepFreeze(…);` statement in `code`, with `deepFreeze` as identity. */
const valueOf = (code: string): unknown =>
  runInNewContext(code.replace(/;\n*$/, ''), { deepFreeze: (value: unknown) => value });

describe('the data as JSON text', () => {
  it('gives the same value in the same number of lines, whatever the JSON', () => {
    const container = fc.oneof(
      fc.array(fc.jsonValue(), { minLength: 1 }),
      fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }),
    );
    fc.assert(
      fc.property(container, (value) => {
        const literal = JSON.stringify(value, null, 2);
        const source = `deepFreeze(${literal});`;
        const out = dataAsJson(source);
        expect(out).toMatch(/^deepFreeze\(\/\*#__PURE__\*\/ JSON\.parse\('/);
        expect(out.split('\n')).toHaveLength(source.split('\n').length);
        expect(valueOf(out)).toEqual(JSON.parse(literal));
      }),
    );
  });

  it('leaves a call whose value is not JSON as it is', () => {
    const source = 'deepFreeze({\n  id: "a",\n  text: articleText,\n});';
    expect(dataAsJson(source)).toBe(source);
  });

  it('is what the built bundles carry: the notes’ words inside JSON.parse, no object literal of them', () => {
    const generated = readFileSync(`${projectRoot}/src/generated/article-data.ts`, 'utf8');
    const calls = dataAsJson(generated).match(/deepFreeze\(\/\*#__PURE__\*\/ JSON\.parse\(/g) ?? [];
    expect(calls.length).toBeGreaterThan(5);
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      const code = readFileSync(`${projectRoot}/${file}`, 'utf8');
      expect(code.match(/deepFreeze\(\/\* @__PURE__ \*\/ JSON\.parse\(/g) ?? [], file).toHaveLength(
        calls.length,
      );
      expect(code, file).not.toMatch(/^\s+statedAs: "/m);
    }
  });
});
