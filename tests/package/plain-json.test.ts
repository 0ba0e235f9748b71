import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { projectRoot } from '../support/built-package.js';
import { installPacked } from '../support/install-packed.js';

const require = createRequire(import.meta.url);
const Ajv2020 = (
  require('ajv/dist/2020') as {
    default: new (options: object) => {
      compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown[] | null };
    };
  }
).default;

const readJson = (name: string) =>
  JSON.parse(readFileSync(`${projectRoot}/${name}`, 'utf8')) as Record<string, unknown>;

describe('article.json and article.schema.json', () => {
  const schema = readJson('article.schema.json');
  const data = readJson('article.json');
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it('are the data as JSON, and a draft 2020-12 JSON Schema', () => {
    expect(data).toEqual(JSON.parse(JSON.stringify(article)));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('agree: ajv, a validator independent of zod, accepts the data under the schema', () => {
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reject what zod rejects in shape: a wrong unit, an unknown key, a missing field, a malformed id (references are checked by the schema only)', () => {
    const broken = [
      (copy: any) => {
        copy.statistics[0].unit = { kind: 'ratio' };
      },
      (copy: any) => {
        copy.statistics[0].perod = '2019';
      },
      (copy: any) => {
        delete copy.metadata.headline;
      },
      (copy: any) => {
        copy.quotes[0].speaker = 'No Body';
      },
      (copy: any) => {
        copy.statistics[0].unit = { kind: 'currency', currency: 'EUR' };
      },
    ];
    for (const breakIt of broken) {
      const copy = structuredClone(data);
      breakIt(copy);
      expect(validate(copy)).toBe(false);
    }
  });
});

describe('article.json.sha256', () => {
  it('is the SHA-256 of article.json, in the form `sha256sum -c` reads, in the packed package too', () => {
    const project = installPacked('sha256');
    const resolve = createRequire(join(project, 'index.js')).resolve;
    const json = readFileSync(resolve('beijing-digital-economy/article.json'));
    const line = readFileSync(resolve('beijing-digital-economy/article.json.sha256'), 'utf8');
    expect(line).toBe(`${createHash('sha256').update(json).digest('hex')}  article.json\n`);
    // A copy with one character changed no longer matches.
    const changed = Buffer.from(json.toString('utf8').replace('"value":50,', '"value":51,'));
    expect(changed.equals(json)).toBe(false);
    expect(line).not.toContain(createHash('sha256').update(changed).digest('hex'));
  });

  it('is named, with what parseArticle cannot tell, in the JSON Schema’s description', () => {
    const { description } = readJson('article.schema.json');
    expect(description).toMatch(/every figure agrees with the words that state it/);
    expect(description).toMatch(/Neither can tell a changed note.*article\.json\.sha256/);
  });
});
