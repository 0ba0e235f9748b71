import * as z from 'zod';
import { ComparatorSchema } from '../../src/schema/comparator.js';
import { IsoDaySchema, IsoPeriodSchema } from '../../src/schema/iso-date.js';
import {
  MetadataFieldNotesSchema,
  RightsSchema,
  TextSourceSchema,
} from '../../src/schema/metadata.js';
import { NoteSchema } from '../../src/schema/note.js';
import { UnitSchema } from '../../src/schema/unit.js';
import { WikidataLinkSchema } from '../../src/schema/wikidata.js';
import {
  EntityKindSchema,
  ParagraphRoleSchema,
  PolicyStatusSchema,
  QuoteModeSchema,
  SlugSchema,
} from '../../src/schema/vocabularies.js';

/**
 * Names characters of the source the way a W3C TextQuoteSelector does: the `exact` words, and,
 * where they recur, the words right before them (`prefix`) or after them (`suffix`), or which
 * match to take (`occurrence`, from 1, counted after prefix and suffix have filtered).
 */
export const SelectorSchema = z.strictObject({
  exact: z.string().min(1),
  prefix: z.string().min(1).exactOptional(),
  suffix: z.string().min(1).exactOptional(),
  occurrence: z.int().positive().exactOptional(),
});
export type Selector = z.infer<typeof SelectorSchema>;

const notes = z.array(NoteSchema).min(1).exactOptional();

export const AnnotationSchema = z.strictObject({
  $comment: z.string().exactOptional(),
  id: SlugSchema,
  paragraphs: z.array(z.strictObject({ id: SlugSchema, role: ParagraphRoleSchema, notes })).min(1),
  metadata: z.strictObject({
    language: z.literal('en'),
    translatedFrom: z.literal('zh'),
    publisher: SlugSchema,
    contributors: z.array(z.strictObject({ entity: SlugSchema, role: z.string().min(1) })),
    datePublished: z.strictObject({
      value: IsoDaySchema,
      inferred: z.boolean(),
      basis: z.string().min(1),
      evidence: z.array(SelectorSchema).min(1),
    }),
    event: SlugSchema.exactOptional(),
    fieldNotes: MetadataFieldNotesSchema.exactOptional(),
    source: TextSourceSchema.exactOptional(),
    rights: RightsSchema.exactOptional(),
  }),
  entities: z.array(
    z.strictObject({
      id: SlugSchema,
      kind: EntityKindSchema,
      name: z.string().min(1),
      role: z.string().min(1).exactOptional(),
      aliases: z.array(z.string().min(1)).min(1).exactOptional(),
      notes,
      mentionedAs: z.array(z.string().min(1)).min(1),
      designations: z.array(SelectorSchema).min(1).exactOptional(),
      wikidata: WikidataLinkSchema.exactOptional(),
    }),
  ),
  statistics: z.array(
    z.strictObject({
      id: SlugSchema,
      label: z.string().min(1),
      measure: z.string().min(1),
      subject: SlugSchema,
      value: z.number(),
      unit: UnitSchema,
      comparator: ComparatorSchema,
      period: IsoPeriodSchema.exactOptional(),
      statedAs: z.string().min(1),
      source: z.strictObject({
        attributedTo: SlugSchema,
        via: z.string().min(1).exactOptional(),
        anchor: SelectorSchema,
      }),
      restatedAt: z.array(SelectorSchema).min(1).exactOptional(),
      notes,
    }),
  ),
  quotes: z.array(
    z.strictObject({
      id: SlugSchema,
      speaker: SlugSchema,
      mode: QuoteModeSchema,
      anchor: SelectorSchema,
      about: z.array(SlugSchema).min(1).exactOptional(),
      notes,
    }),
  ),
  policies: z.array(
    z.strictObject({
      id: SlugSchema,
      title: z.string().min(1),
      issuedBy: z.array(SlugSchema).min(1),
      date: IsoDaySchema,
      status: PolicyStatusSchema,
      supportingDocuments: z.int().nonnegative().exactOptional(),
      focusAreas: z.array(z.string().min(1)).min(1).exactOptional(),
      anchor: SelectorSchema,
      purpose: z.array(SelectorSchema).min(1).exactOptional(),
      venue: SlugSchema.exactOptional(),
      notes,
    }),
  ),
});

/** The hand-curated annotation in `data/annotations.json`: every fact, no offsets. */
export type Annotation = z.infer<typeof AnnotationSchema>;
