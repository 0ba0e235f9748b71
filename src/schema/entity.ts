import * as z from 'zod';
import { EntityIdSchema } from './ids.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
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
    id: EntityIdSchema,
    kind: EntityKindSchema,
    name: z.string().min(1),
    role: z.string().min(1).exactOptional(),
    aliases: z.array(z.string().min(1)).readonly().exactOptional(),
    notes: z.array(NoteSchema).readonly().exactOptional(),
    mentions: z.array(TextAnchorSchema).readonly(),
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
