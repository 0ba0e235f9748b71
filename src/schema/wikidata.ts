import * as z from 'zod';
import type { WikidataLink, WikidataSource } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.

/** {@link WikidataSourceSchema} as zod infers it; tests/types.test-d.ts proves it equal to `WikidataSource`. */
export const wikidataSourceDefinition = z
  .strictObject({
    /** The page's title, or for a file in a repository, the repository and the file's path. */
    title: z.string().min(1),
    /** The page's address (for a file in a repository, at the commit that was read). */
    url: z.url({ protocol: /^https?$/ }),
    /** The page's own words that hold the id, character for character. */
    excerpt: z.string().min(1),
  })
  .readonly();

/**
 * Schema of a {@link WikidataSource}: a title, an http(s) URL and a non-empty excerpt.
 *
 * @example
 * ```ts
 * import { WikidataSourceSchema } from 'beijing-digital-economy/schema';
 *
 * WikidataSourceSchema.safeParse({ title: 'A page', url: 'ftp://example.org/', excerpt: 'Q1' }).success;
 * //=> false
 * ```
 * @category Schema
 */
export const WikidataSourceSchema: z.ZodType<WikidataSource> = wikidataSourceDefinition;

/** {@link WikidataLinkSchema} as zod infers it; tests/types.test-d.ts proves it equal to `WikidataLink`. */
export const wikidataLinkDefinition = z
  .strictObject({
    /** The item's id: `Q` and its number, e.g. `'Q956'`; its page is `https://www.wikidata.org/wiki/` and the id. */
    id: z.string().regex(/^Q[1-9][0-9]*$/, 'a Wikidata item id is Q and a number, e.g. Q956'),
    /** The page that shows the id for this entity. */
    source: WikidataSourceSchema,
    /** How the page ties the id to this entity, where its words alone leave room for doubt. */
    note: z.string().min(1).exactOptional(),
  })
  .refine((link) => link.source.excerpt.includes(link.id), {
    message: 'the source’s excerpt must show the id',
    path: ['source', 'excerpt'],
  })
  .readonly();

/**
 * Schema of a {@link WikidataLink}: an item id (`Q` and a number) whose source's excerpt shows
 * it. Unknown keys are errors.
 *
 * @example
 * ```ts
 * import { getEntity } from 'beijing-digital-economy';
 * import { WikidataLinkSchema } from 'beijing-digital-economy/schema';
 *
 * WikidataLinkSchema.safeParse(getEntity('xiaomi').wikidata).success;
 * //=> true
 * ```
 * @category Schema
 */
export const WikidataLinkSchema: z.ZodType<WikidataLink> = wikidataLinkDefinition;
