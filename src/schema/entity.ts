import * as z from 'zod';
import { EntityIdSchema } from './ids.js';
import { NoteSchema } from './note.js';
import { TextAnchorSchema } from './text-anchor.js';
import { EntityKindSchema } from './vocabularies.js';
import type { Entity } from '../types/index.js';

/** {@link EntitySchema} as zod infers it; the tests prove it equal to `Entity`. */
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
  })
  .readonly();

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
export const EntitySchema: z.ZodType<Entity> = entityDefinition;

