// Wikidata ids where a public page shows them: each with its page and the page's words, the
// schema refusing an id its words do not show, `sameAs` in the JSON-LD, and the guide's table.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GUIDE } from '../../scripts/docs/docs-tables.js';
import { AnnotationSchema } from '../../scripts/generate/annotation-schema.js';
import { article, entities, getEntity, toJSONLD } from '../../src/index.js';
import { ArticleSchema, WikidataLinkSchema } from '../../src/schema/index.js';
import { zhHans } from '../../src/locale/zh-hans.js';

const linked = entities.filter((e) => e.wikidata !== undefined);

describe('the Wikidata ids', () => {
  it('are given to the entities a page read shows them for, and to no other', () => {
    expect(linked.map((e) => [e.id, e.wikidata?.id])).toEqual([
      ['xi-jinping', 'Q15031'],
      ['beijing', 'Q956'],
      ['xiaomi', 'Q1636958'],
      ['baidu', 'Q14772'],
    ]);
  });

  it('each come with a page, cited at the commit read, whose own words hold the id', () => {
    for (const entity of linked) {
      const link = entity.wikidata!;
      expect(link.source.excerpt, entity.id).toContain(link.id);
      expect(link.source.url, entity.id).toMatch(
        /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//,
      );
      // The page's words name the thing too, not only the id (the text's name or the Chinese one).
      const names = [entity.name, ...(entity.aliases ?? []), zhHans.entities[entity.id].name.text];
      const named = names.some((name) => name !== undefined && link.source.excerpt.includes(name));
      expect(
        named || link.source.title.includes(entity.aliases?.[0] ?? entity.name),
        entity.id,
      ).toBe(true);
    }
  });

  it('are refused by the schema when malformed or not shown by the page’s words', () => {
    const link = getEntity('beijing').wikidata!;
    expect(WikidataLinkSchema.safeParse(link).success).toBe(true);
    for (const id of ['956', 'q956', 'Q0956', 'Q', 'Q956 ', 'P956'])
      expect(WikidataLinkSchema.safeParse({ ...link, id }).success, id).toBe(false);
    expect(WikidataLinkSchema.safeParse({ ...link, id: 'Q957' }).success).toBe(false);
    expect(WikidataLinkSchema.safeParse({ ...link, extra: 1 }).success).toBe(false);
    expect(
      WikidataLinkSchema.safeParse({ ...link, source: { ...link.source, url: 'ftp://x.org/' } })
        .success,
    ).toBe(false);
    const copy = structuredClone(article) as unknown as { entities: { wikidata?: unknown }[] };
    const beijing = copy.entities.find((e) => (e as { id?: string }).id === 'beijing')!;
    beijing.wikidata = { ...link, id: 'Q148' };
    expect(ArticleSchema.safeParse(copy).success).toBe(false);
  });

  it('accept any id whose number the excerpt shows, and no id it does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 9 }),
        (n, m) => {
          const source = { title: 'A page', url: 'https://example.org/', excerpt: `id: Q${n};` };
          expect(WikidataLinkSchema.safeParse({ id: `Q${n}`, source }).success).toBe(true);
          const shown = source.excerpt.includes(`Q${m}`);
          expect(WikidataLinkSchema.safeParse({ id: `Q${m}`, source }).success).toBe(shown);
        },
      ),
    );
  });

  it('are read from the hand-written data, where a missing excerpt is an error', () => {
    const raw = JSON.parse(readFileSync('data/annotations.json', 'utf8')) as {
      entities: { id: string; wikidata?: { source: Record<string, unknown> } }[];
    };
    expect(AnnotationSchema.safeParse(raw).success).toBe(true);
    const xiaomi = raw.entities.find((e) => e.id === 'xiaomi')!;
    delete xiaomi.wikidata!.source.excerpt;
    expect(AnnotationSchema.safeParse(raw).success).toBe(false);
  });

  it('are the entities’ sameAs in the JSON-LD, and an entity without one has none', () => {
    const nodes = toJSONLD(article)['@graph'];
    expect(nodes.find((n) => n['@id'] === '#beijing')?.sameAs).toBe(
      'https://www.wikidata.org/wiki/Q956',
    );
    expect(nodes.find((n) => n['@id'] === '#xi-jinping')?.sameAs).toBe(
      'https://www.wikidata.org/wiki/Q15031',
    );
    const withSameAs = nodes.filter((n) => 'sameAs' in n).map((n) => n['@id']);
    expect(withSameAs).toEqual(linked.map((e) => `#${e.id}`));
  });

  it('are all in the data-model guide, with their pages; every other entity says it has none', () => {
    const guide = readFileSync(GUIDE, 'utf8');
    for (const entity of entities) {
      const row = guide.split('\n').find((line) => line.startsWith(`| \`${entity.id}\` (`));
      expect(row, entity.id).toBeDefined();
      if (entity.wikidata) {
        expect(row).toContain(entity.wikidata.id);
        expect(row).toContain(entity.wikidata.source.url);
      } else expect(row).toContain('no page read shows one');
    }
  });
});
