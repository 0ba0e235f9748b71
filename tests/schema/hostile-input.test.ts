// Input built to hurt: safeParseArticle returns a result whatever it is given, parseArticle throws
// only ArticleValidationError, a message quotes no more than an excerpt of the input and nothing
// in the input can pass for a line of it, and every string of an article is well-formed text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import {
  ArticleValidationError,
  LocaleFormsSchema,
  parseArticle,
  safeParseArticle,
} from '../../src/schema/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';

type Mutable = Record<string, any>;
type Path = readonly (string | number)[];
const copy = (): Mutable => structuredClone(article);

function set(root: Mutable, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<Mutable>((node, key) => node[key] as Mutable, root);
  parent[path.at(-1) as string] = value;
}

/** The path of every string in the article, keys excepted. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    stringPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}
const STRING_PATHS = stringPaths(article);

/** The result of both entry points: safeParseArticle must not throw, parseArticle only its error. */
function rejected(input: unknown): ArticleValidationError {
  let result: ReturnType<typeof safeParseArticle> | undefined;
  expect(() => (result = safeParseArticle(input))).not.toThrow();
  expect(result?.success).toBe(false);
  let thrown: unknown;
  try {
    parseArticle(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ArticleValidationError);
  return thrown as ArticleValidationError;
}

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwingGetter = (thrown: unknown) =>
  Object.defineProperty({}, 'id', {
    enumerable: true,
    get() {
      throw thrown;
    },
  });

describe('safeParseArticle never throws', () => {
  it('on an id of ten million characters, naming the limit (before the id pattern runs)', () => {
    const a = copy();
    a.id = 'a-'.repeat(5e6);
    const error = rejected(a);
    expect(error.issues).toEqual([
      { path: ['id'], message: 'Expected an id of at most 100 characters' },
    ]);
  });

  it.each([
    ['a revoked Proxy', revoked],
    ['an object whose getter throws', () => throwingGetter(new Error('boom'))],
    ['an object whose getter throws a revoked Proxy', () => throwingGetter(revoked())],
    ['an object whose getter throws a string', () => throwingGetter('boom')],
  ])('on %s, as the article or anywhere inside one', (_what, make) => {
    expect(rejected(make()).issues[0]?.message).toMatch(/could not be read/);
    fc.assert(
      fc.property(fc.constantFrom(...STRING_PATHS), (path) => {
        const a = copy();
        set(a, path, make());
        rejected(a);
      }),
      { numRuns: 40 },
    );
  });

  it('on any value in any place of the article', () => {
    // Made inside the property: fast-check itself cannot handle a revoked Proxy as a value.
    const makers: Record<string, () => unknown> = {
      revoked,
      getter: () => throwingGetter(new RangeError('deep')),
      long: () => 'x'.repeat(1e6),
      symbol: () => Symbol('s'),
      bigint: () => 10n,
      cycle: () => {
        const node: Mutable = {};
        node.self = node;
        return node;
      },
    };
    const hostile = fc.oneof(
      fc.anything(),
      fc.constantFrom(...Object.keys(makers)).map((name) => ({ make: name })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...STRING_PATHS), hostile, (path, value) => {
        const a = copy();
        const make = (value as { make?: string } | null)?.make;
        set(a, path, make !== undefined ? makers[make]?.() : value);
        expect(() => safeParseArticle(a)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});

describe('the message of an ArticleValidationError', () => {
  it('quotes at most a short excerpt of a value, however long', () => {
    const a = copy();
    const anchor = a.statistics[0].source.anchor as Mutable;
    anchor.exact = 'x'.repeat(3000);
    anchor.end = (anchor.start as number) + 3000;
    const error = rejected(a);
    expect(error.message).toMatch(/exact "x{60}…" \(3,000 characters\) does not match/);
    expect(error.message.length).toBeLessThan(1500);
    const b = copy();
    b.statistics[0]['k'.repeat(5e6)] = 1;
    expect(rejected(b).message).toMatch(/unknown key "k{60}…" \(5,000,000 characters\)/);
    expect(rejected(b).message.length).toBeLessThan(500);
  });

  it('lists at most 50 problems and says how many more there are', () => {
    const a = copy();
    a.statistics[0].notes = Array.from({ length: 120 }, () => ({ kind: 'rumour', text: 'x' }));
    const error = rejected(a);
    expect(error.issues).toHaveLength(120);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(52);
    expect(lines.at(-1)).toBe('  … and 70 more (every one is in error.issues)');
  });

  it('cannot be forged: a key or a value holding a line break or a control character stays on its own line', () => {
    const unsafe = fc.constantFrom(
      '\n',
      '\r',
      '\u2028',
      '\u2029',
      '\u0085',
      '\u001b[2J',
      '\u202e',
      '\ud800',
      '\u0000',
    );
    const text = fc
      .tuple(fc.string({ maxLength: 20 }), unsafe, fc.string({ maxLength: 20 }))
      .map(
        ([before, character, after]) => `${before}${character}  - statistics[0].value: ${after}`,
      );
    fc.assert(
      fc.property(text, fc.boolean(), (words, asKey) => {
        const a = copy();
        if (asKey) a.statistics[0][words] = 1;
        else a.quotes[0].about = [words];
        const error = rejected(a);
        const lines = error.message.split(/\r\n|[\n\r\u2028\u2029\u0085]/);
        expect(lines).toHaveLength(error.issues.length + 1);
        for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}- (statistics|quotes)\[0\]/);
        expect(error.message).not.toMatch(
          // eslint-disable-next-line no-control-regex -- finding control characters is the point
          /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('escapes a key that is not a plain name in the path', () => {
    const a = copy();
    a.statistics[0]['bad\nkey'] = 1;
    expect(rejected(a).message).toContain('statistics[0]: unknown key "bad\\u000akey"');
  });
});

/** A C0 control character other than tab and line feed, or a lone surrogate: never well-formed. */
const illFormed = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).filter((code) => code !== 0x09 && code !== 0x0a),
  fc.integer({ min: 0xd800, max: 0xdfff }),
);

describe('text in an article', () => {
  const inserted = (path: Path, code: number, where: number) => {
    const a = copy();
    const value = path.reduce<unknown>((node, key) => (node as Mutable)[key], a) as string;
    const at = where % (value.length + 1);
    set(a, path, `${value.slice(0, at)}${String.fromCharCode(code)}${value.slice(at)}`);
    return rejected(a).issues.filter((issue) => issue.path.join('\u0000') === path.join('\u0000'));
  };

  it('is rejected at the path of its string when any string holds a lone surrogate or a C0 control but tab and line feed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STRING_PATHS), illFormed, fc.nat(), (path, code, where) => {
        expect(inserted(path, code, where).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['the text', ['text']],
    ['a label', ['statistics', 0, 'label']],
    ['a note', ['statistics', 0, 'notes', 0, 'text']],
    ['an anchor', ['quotes', 0, 'anchor', 'exact']],
    ['a name', ['entities', 0, 'name']],
  ] as const)('is rejected in %s with a message that says why', (_what, path) => {
    fc.assert(
      fc.property(illFormed, fc.nat(), (code, where) => {
        expect(inserted(path, code, where).map((issue) => issue.message)).toContainEqual(
          expect.stringMatching(
            /^contains (the control character U\+[0-9A-F]{4}|a lone surrogate)/,
          ),
        );
      }),
      { numRuns: 20 },
    );
  });

  it('accepts tabs, line feeds and characters outside the Basic Multilingual Plane', () => {
    const a = copy();
    a.statistics[0].label = `${a.statistics[0].label as string}\t(see\nnote) 𝟙 🀄`;
    expect(safeParseArticle(a).success).toBe(true);
  });
});

describe('a locale module’s forms', () => {
  // The Chinese forms ship in a module of their own, checked by LocaleFormsSchema: the same
  // guards as an article's, so that forms received from elsewhere cannot carry what an article
  // cannot.
  const forms = (): Mutable => structuredClone({ ...zhHans, words: undefined });
  const issuesOf = (input: unknown) => {
    const result = LocaleFormsSchema.safeParse(input);
    expect(result.success).toBe(false);
    return result.error?.issues ?? [];
  };

  it('accepts the package’s own', () => {
    expect(LocaleFormsSchema.safeParse(zhHans).success).toBe(true);
  });

  it('rejects a record key of ten million characters, quoting it in no message', () => {
    const f = forms();
    f.metadata.roles['k'.repeat(1e7)] = { text: '记者', provenance: { kind: 'translated' } };
    const issues = issuesOf(f);
    expect(issues.map((issue) => issue.path.slice(0, 2))).toContainEqual(['metadata', 'roles']);
    // The path holds the key itself (the input's own string); no message copies it.
    expect(issues.map((issue) => issue.message).join('\n').length).toBeLessThan(2000);
  });

  it('rejects a form holding a lone surrogate or a C0 control but tab and line feed, at its path', () => {
    const [id] = Object.keys(zhHans.entities);
    fc.assert(
      fc.property(illFormed, fc.nat(), (code, where) => {
        const f = forms();
        const form = f.entities[id as string].name as { text: string };
        const at = where % (form.text.length + 1);
        form.text = `${form.text.slice(0, at)}${String.fromCharCode(code)}${form.text.slice(at)}`;
        expect(issuesOf(f)).toContainEqual(
          expect.objectContaining({
            path: ['entities', id, 'name', 'text'],
            message: expect.stringMatching(
              /^contains (the control character U\+[0-9A-F]{4}|a lone surrogate)/,
            ) as string,
          }),
        );
      }),
      { numRuns: 20 },
    );
  });

  it('rejects a key holding a control character, at its path', () => {
    const f = forms();
    f.metadata.roles['re\u0000porter'] = { text: '记者', provenance: { kind: 'translated' } };
    expect(issuesOf(f)).toContainEqual(
      expect.objectContaining({
        path: ['metadata', 'roles', 're\u0000porter'],
        message: expect.stringMatching(/^the key contains the control character U\+0000/) as string,
      }),
    );
  });
});
