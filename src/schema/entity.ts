import * as z from 'zod';
import { EntityIdSchema } from './ids.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import { EntityTranslationSchema, translationsSchema } from './translation.js';
import { EntityKindSchema } from './vocabularies.js';

/**
 * Schema of an {@link Entity}.
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
export const EntitySchema = z
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
    /** Its name and role in other languages (`zh-Hans`), each form with its provenance. */
    translations: translationsSchema(EntityTranslationSchema).exactOptional(),
  })
  .readonly();

/**
 * A person, organisation, company, place, event or publication the article names, with every
 * place it is named (`mentions`, in text order).
 *
 * @example
 * ```ts
 * import { getEntity, type Entity } from 'beijing-digital-economy';
 *
 * const entity: Entity = getEntity('huang-xinyu');
 * entity.mentions.length;
 * //=> 2
 * ```
 * @category Data
 */
export type Entity = z.infer<typeof EntitySchema>;
