import type { ArticleIds, BuiltInIds } from './ids.js';
import type { Note } from './note.js';
import type { TextAnchor } from './text-anchor.js';

/**
 * Notes on single fields of {@link Metadata}, by field name: where a field is a reading of the
 * text rather than something it states. Only fields that carry notes are present.
 *
 * @example
 * ```ts
 * import { metadata, type MetadataFieldNotes } from 'beijing-digital-economy';
 *
 * const notes: MetadataFieldNotes | undefined = metadata.fieldNotes;
 * notes?.translatedFrom?.[0]?.kind;
 * //=> 'inference'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface MetadataFieldNotes {
  /** Notes on `section`, e.g. that the label is the republishing site's, not the paper's. */
  readonly section?: readonly Note[];
  /** Notes on `language`. */
  readonly language?: readonly Note[];
  /** Notes on `translatedFrom`: the text does not say it is a translation. */
  readonly translatedFrom?: readonly Note[];
  /** Notes on `publisher`. */
  readonly publisher?: readonly Note[];
  /** Notes on `contributors` and their roles. */
  readonly contributors?: readonly Note[];
  /** Notes on `event`. */
  readonly event?: readonly Note[];
}

/**
 * A field of {@link Metadata} that can carry notes: a key of {@link MetadataFieldNotes}.
 *
 * @example
 * ```ts
 * import { findNotes, type MetadataNoteField } from 'beijing-digital-economy';
 *
 * const fields = findNotes({ itemKind: 'metadata' }).map((n) => n.item.id as MetadataNoteField);
 * fields.includes('translatedFrom');
 * //=> true
 * ```
 * @category Data
 */
export type MetadataNoteField = keyof MetadataFieldNotes;

/**
 * Someone credited with a part in the report, and what part.
 *
 * @example
 * ```ts
 * import { metadata, type Contributor } from 'beijing-digital-economy';
 *
 * const [reporter]: readonly Contributor[] = metadata.contributors;
 * reporter;
 * //=> { entity: 'huang-xinyu', role: 'reporter' }
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Contributor<Ids extends ArticleIds = BuiltInIds> {
  /** The person, as an entity of the article. */
  readonly entity: Ids['entity'];
  /** Their part, as the credits line names it: `reporter`, `editor`, `proofreader`. */
  readonly role: string;
}

/**
 * The day the report was published, whether that day is inferred, and why.
 *
 * @example
 * ```ts
 * import { metadata, type PublicationDate } from 'beijing-digital-economy';
 *
 * const date: PublicationDate = metadata.datePublished;
 * [date.value, date.inferred];
 * //=> ['2020-09-05', true]
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface PublicationDate<Ids extends ArticleIds = BuiltInIds> {
  /** The ISO 8601 day. */
  readonly value: string;
  /** `true` when the text does not state the day and it is read from other words. */
  readonly inferred: boolean;
  /** Why this day: the reasoning, in a sentence or two. */
  readonly basis: string;
  /** The words of the text the reasoning rests on. */
  readonly evidence: readonly TextAnchor<Ids>[];
}

/**
 * Where the text of the package was taken from: the page that published this English translation.
 * The text does not name it, so every field here is knowledge from outside the text.
 *
 * @example
 * ```ts
 * import { metadata, type TextSource } from 'beijing-digital-economy';
 *
 * const source: TextSource | undefined = metadata.source;
 * source?.name;
 * //=> 'electrodealpro.com'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface TextSource {
  /** The address of the page the text was taken from. */
  readonly url: string;
  /** The name of the site that published the page, where it is worth giving. */
  readonly name?: string;
  /** What the page is and how it bears on the text: that it republished the translation, and what on it is the site's own. */
  readonly note: string;
}

/**
 * Who owns the text, on what basis the package includes it, and the licence of the annotations
 * (everything in the data that is not the text: items, anchors, notes, Chinese forms).
 *
 * @example
 * ```ts
 * import { metadata, type Rights } from 'beijing-digital-economy';
 *
 * const rights: Rights | undefined = metadata.rights;
 * rights?.annotationsLicense;
 * //=> 'CC-BY-4.0'
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Rights {
  /** Who owns the text: the publisher of the original report, and the translator of the English text. */
  readonly textOwners: string;
  /** On what basis the text is included, and what permission is not claimed. */
  readonly textBasis: string;
  /** The SPDX identifier of the licence of the annotations, e.g. `CC-BY-4.0`. */
  readonly annotationsLicense: string;
  /** The address of the text of that licence. */
  readonly annotationsLicenseUrl: string;
}

/**
 * What the article is: headline, section, languages, publisher, contributors with their roles,
 * the publication date (whether it is `inferred`, on what `basis`, and the words it rests on as
 * `evidence`), the event it reports and the number of words of its lead and body.
 *
 * @example
 * ```ts
 * import { metadata, type Metadata } from 'beijing-digital-economy';
 *
 * const { contributors }: Metadata = metadata;
 * contributors.map((c) => c.role);
 * //=> ['reporter', 'editor', 'proofreader']
 * ```
 * @sortStrategy source-order
 * @category Data
 */
export interface Metadata<Ids extends ArticleIds = BuiltInIds> {
  /** The headline, as the text gives it. */
  readonly headline: string;
  /** The section label the page files the report under. */
  readonly section: string;
  /** The language of the text: English. */
  readonly language: 'en';
  /** The language of the original report: Chinese. */
  readonly translatedFrom: 'zh';
  /** The entity that published the report. */
  readonly publisher: Ids['entity'];
  /** The people the credits line names, with their parts. */
  readonly contributors: readonly Contributor<Ids>[];
  /** When the report was published, and how that is known. */
  readonly datePublished: PublicationDate<Ids>;
  /** The event the report covers, where there is one. */
  readonly event?: Ids['entity'];
  /** The number of whitespace-separated words of the lead and body paragraphs. */
  readonly wordCount: number;
  /** Notes on single fields, by field name: where a field is a reading, not a statement of the text. */
  readonly fieldNotes?: MetadataFieldNotes;
  /** Where the text was taken from (outside knowledge: the text does not name the page it stands on). */
  readonly source?: TextSource;
  /** Who owns the text, on what basis it is included, and the licence of the annotations. */
  readonly rights?: Rights;
}
