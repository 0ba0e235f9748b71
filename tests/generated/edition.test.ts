// The edition the main entry exports is what package.json and data/ say now: `npm run generate`
// writes it, and this fails when the version, the text or the data moved without it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentEdition, dataInputsSha256, emitEdition } from '../../scripts/generate/edition.js';
import { articleText, edition } from '../../src/index.js';
import { projectRoot } from '../support/built-package.js';

const read = (file: string) => readFileSync(join(projectRoot, file));
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

describe('the edition', () => {
  it('is the version in package.json', () => {
    const { version } = JSON.parse(read('package.json').toString()) as { version: string };
    expect(edition.version).toBe(version);
  });

  it('hashes the text as shipped', () => {
    const sha = createHash('sha256').update(read('data/article.txt')).digest('hex');
    expect(edition.textSha256).toBe(sha);
    expect(createHash('sha256').update(articleText).digest('hex')).toBe(sha);
  });

  it('is current (run `npm run generate` when this fails)', () => {
    const committed = read('src/generated/edition.ts').toString();
    expect(committed).toContain(`// data/ SHA-256: ${dataInputsSha256()},`);
    expect(currentEdition(edition.dataDate)).toBe(committed);
  });

  it('dates the data no later than today, and is frozen', () => {
    expect(edition.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(edition.dataDate <= new Date().toISOString().slice(0, 10)).toBe(true);
    expect(Object.isFrozen(edition)).toBe(true);
  });

  it('keeps the day while the data is the same, and takes today when it changes', () => {
    fc.assert(
      fc.property(hex64, hex64, day, day, (before, after, then, today) => {
        const text = Buffer.from('text');
        const first = emitEdition({
          version: '1.0.0',
          text,
          inputsSha256: before,
          previous: undefined,
          today: then,
        });
        expect(first).toContain(`"dataDate": "${then}"`);
        const next = emitEdition({
          version: '1.0.0',
          text,
          inputsSha256: after,
          previous: first,
          today,
        });
        expect(next).toContain(`"dataDate": "${before === after ? then : today}"`);
      }),
    );
  });
});
