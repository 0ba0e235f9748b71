import * as z from 'zod';
import { EntityIdSchema } from './ids.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import { EntityKindSchema } from './vocabularies.js';
import { WikidataLinkSchema } from './wikidata.js';
import type { ArticleIds, Entity } from '../types/index.js';

// Each schema is declared twice: as zod infers it (exported for the type tests only), then typed
// as its public type. The parentheses make the reference print `= …` rather than the inner name.
/** {@link EntitySchema} as zod infers it; tests/types/types.test-d.ts proves it equal to `Entity`. */
export const entityDefinition = z
  .strictObject({
    /** The entity's id. */
    id: EntityIdSchema,
    /** Person, organisation, company, place, event or publication. */
    kind: EntityKindSchema,
    /** The name, as the text writes it unless a note says otherwise. */
    name: z.string().min(1),
    /** Its role in the report, e.g. "Chairman of the Beijing CPPCC". */
    role: z.string().min(1).exactOptional(),
    /** Other names for it. */
    aliases: z.array(z.string().min(1)).readonly().exactOptional(),
    /** Inferences and doubts about who or what it is. */
    notes: z.array(NoteSchema).readonly().exactOptional(),
    /** Every place the text names it, in text order. */
    mentions: z.array(TextAnchorSchema).readonly(),
    /**
     * What the text calls it (a status or title it holds, such as "a national science and
     * technology innovation center"), each as the words that say so, in text order.
     */
    designations: z.array(TextAnchorSchema).min(1).readonly().exactOptional(),
    /** The Wikidata item that is this entity, with the page that shows its id; absent where no page read shows one. */
    wikidata: WikidataLinkSchema.exactOptional(),
  })
  .readonly();

/**
 * Validates an {@link Entity}: its kind, a non-empty name and every mention as a well-formed
 * anchor. Unknown keys are errors.
 *
 * @example
 * ```ts
 * import { getEntity } from 'beijing-digital-economy';
 * import { EntitySchema } from 'beijing-digital-economy/schema';
 *
 * EntitySchema.safeParse(getEntity('jilin')).success;
 * //=> true
 * ```
 * @category Schema
 */
export const EntitySchema: z.ZodType<Entity<ArticleIds>> = entityDefinition;
