import * as z from 'zod';
import { noteKey } from '../../src/internal/note-key.js';
import { walkNotes } from '../../src/model/walk.js';
import type { Article, ArticleIds } from '../../src/types/index.js';
import type { BuiltArticle } from './build-article.js';

// data/translations/zh-Hans.json as written by hand: sources named once and referred to by key,
// each form's provenance in a short form (`source` + `excerpt`, `translated`, `pinyin`).

const handForm = {
  text: z.string().min(1),
  source: z.string().min(1).exactOptional(),
  excerpt: z.string().min(1).exactOptional(),
  translated: z.union([z.literal(true), z.string().min(1)]).exactOptional(),
  pinyin: z.string().min(1).exactOptional(),
};
const HandFormSchema = z.strictObject(handForm);
const HandUnitFormSchema = z.strictObject({
  ...handForm,
  classifier: z.string().min(1).max(2).exactOptional(),
});
type HandForm = z.infer<typeof HandUnitFormSchema>;

export const TranslationFileSchema = z.strictObject({
  $comment: z.string().exactOptional(),
  sources: z.record(
    z.string().min(1),
    z.strictObject({ title: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }),
  ),
  metadata: z.strictObject({
    section: HandFormSchema,
    roles: z.record(z.string().min(1), HandFormSchema),
  }),
  entities: z.record(
    z.string().min(1),
    z.strictObject({
      name: HandFormSchema,
      shortName: HandFormSchema.exactOptional(),
      kind: HandFormSchema.exactOptional(),
      role: HandFormSchema.exactOptional(),
    }),
  ),
  statistics: z.record(
    z.string().min(1),
    z.strictObject({
      label: HandFormSchema,
      measure: HandFormSchema,
      unitOf: HandUnitFormSchema.exactOptional(),
      via: HandFormSchema.exactOptional(),
    }),
  ),
  policies: z.record(
    z.string().min(1),
    z.strictObject({
      title: HandFormSchema,
      focusAreas: z.array(HandFormSchema).min(1).exactOptional(),
    }),
  ),
  notes: z.array(z.strictObject({ en: z.string().min(1), text: z.string().min(1) })),
  keptInLatin: z
    .array(z.strictObject({ token: z.string().min(1), reason: z.string().min(1) }))
    .min(1),
});
export type TranslationFile = z.infer<typeof TranslationFileSchema>;

/** Every note of the article with where it sits, for the messages that name a note. */
function notesOf(article: BuiltArticle): { where: string; text: string }[] {
  return walkNotes(article as unknown as Article<ArticleIds>).map(({ kind, id, note }) => ({
    where: `${kind} ${id}`,
    text: note.text,
  }));
}

/**
 * The Chinese text of every note, keyed by {@link noteKey} of its English. A note without a
 * translation, and a translation whose English no note reads any more (the note was reworded: the
 * Chinese is stale), are problems, so that the generator fails loudly rather than ship Chinese
 * that says something the English no longer does.
 */
function mergeNotes(
  article: BuiltArticle,
  file: TranslationFile,
  problems: string[],
): Record<string, string> {
  const where = 'data/translations/zh-Hans.json notes';
  const short = (text: string) => JSON.stringify(text.length > 70 ? `${text.slice(0, 70)}…` : text);
  const notes = notesOf(article);
  const english = new Set(notes.map((note) => note.text));
  const translated = new Map<string, string>();
  file.notes.forEach(({ en, text }, i) => {
    if (translated.has(en)) problems.push(`${where}[${i}]: a second translation of ${short(en)}`);
    else if (!english.has(en))
      problems.push(
        `${where}[${i}]: stale: no note of data/article.json reads ${short(en)} any more; the English was reworded or removed, so translate the note's new wording and put it in "en"`,
      );
    translated.set(en, text);
  });
  const keys = new Map<string, string>();
  const reported = new Set<string>();
  for (const { where: item, text } of notes) {
    if (!translated.has(text) && !reported.has(text)) {
      reported.add(text);
      problems.push(
        `${where}: the note on ${item} has no Chinese text; add { "en": ${short(text)} (in full), "text": its Chinese }`,
      );
    }
    const key = noteKey(text);
    const other = keys.get(key);
    if (other !== undefined && other !== text)
      problems.push(`${where}: the notes ${short(text)} and ${short(other)} share the key ${key}`);
    keys.set(key, text);
  }
  return Object.fromEntries(
    [...keys].flatMap(([key, text]) => {
      const chinese = translated.get(text);
      return chinese === undefined ? [] : [[key, chinese]];
    }),
  );
}

/**
 * Turns the hand-written forms into the data of the locale module (`zhHans`): each item's forms
 * by id, every note's Chinese by the key of its English, the measure word of every count. Names
 * every problem found.
 */
export function mergeTranslations(
  article: BuiltArticle,
  file: TranslationFile,
): { locale: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const where = (path: string) => `data/translations/zh-Hans.json ${path}`;

  const expand = (hand: HandForm | undefined, path: string) => {
    if (hand === undefined) return undefined;
    const kinds = [
      hand.source !== undefined,
      hand.translated !== undefined,
      hand.pinyin !== undefined,
    ].filter(Boolean).length;
    if (kinds !== 1)
      problems.push(
        `${where(path)}: give exactly one of "source" (with "excerpt"), "translated" or "pinyin"`,
      );
    const classifier = hand.classifier === undefined ? {} : { classifier: hand.classifier };
    if (hand.source !== undefined) {
      const source = file.sources[hand.source];
      if (source === undefined)
        problems.push(
          `${where(path)}: source "${hand.source}" is not among "sources" (${Object.keys(file.sources).join(', ')})`,
        );
      if (hand.excerpt === undefined)
        problems.push(`${where(path)}: an attested form needs the page's words as "excerpt"`);
      else if (!hand.excerpt.includes(hand.text))
        problems.push(`${where(path)}: the excerpt does not contain ${JSON.stringify(hand.text)}`);
      return {
        text: hand.text,
        ...classifier,
        provenance: {
          kind: 'attested' as const,
          source: {
            title: source?.title ?? '',
            url: source?.url ?? '',
            excerpt: hand.excerpt ?? '',
          },
        },
      };
    }
    if (hand.excerpt !== undefined)
      problems.push(`${where(path)}: "excerpt" belongs to an attested form (with "source")`);
    if (hand.pinyin !== undefined)
      return {
        text: hand.text,
        ...classifier,
        provenance: { kind: 'pinyin' as const, reason: hand.pinyin },
      };
    const note = typeof hand.translated === 'string' ? { note: hand.translated } : {};
    return { text: hand.text, ...classifier, provenance: { kind: 'translated' as const, ...note } };
  };
  const required = <T>(value: T | undefined, path: string): T | undefined => {
    if (value === undefined)
      problems.push(
        `${where(path)}: missing; every entity, statistic and policy needs its Chinese forms`,
      );
    return value;
  };
  const unknownIds = (
    collection: 'entities' | 'statistics' | 'policies',
    ids: readonly string[],
  ) => {
    for (const id of Object.keys(file[collection])) {
      if (!ids.includes(id))
        problems.push(
          `${where(`${collection}.${id}`)}: "${id}" is not the id of any item in data/annotations.json`,
        );
    }
  };
  unknownIds(
    'entities',
    article.entities.map((e) => e.id),
  );
  unknownIds(
    'statistics',
    article.statistics.map((s) => s.id),
  );
  unknownIds(
    'policies',
    article.policies.map((p) => p.id),
  );

  const entities = article.entities.flatMap((entity) => {
    const hand = required(file.entities[entity.id], `entities.${entity.id}`);
    if (hand === undefined) return [];
    if ((hand.role === undefined) !== (entity.role === undefined))
      problems.push(
        `${where(`entities.${entity.id}.role`)}: give a role exactly when the entity has one`,
      );
    const role = expand(hand.role, `entities.${entity.id}.role`);
    const shortName = expand(hand.shortName, `entities.${entity.id}.shortName`);
    const kind = expand(hand.kind, `entities.${entity.id}.kind`);
    const forms = {
      name: expand(hand.name, `entities.${entity.id}.name`),
      ...(shortName ? { shortName } : {}),
      ...(kind ? { kind } : {}),
      ...(role ? { role } : {}),
    };
    return [[entity.id, forms] as const];
  });

  const measureWords: Record<string, string> = {};
  const statistics = article.statistics.flatMap((statistic) => {
    const hand = required(file.statistics[statistic.id], `statistics.${statistic.id}`);
    if (hand === undefined) return [];
    const path = `statistics.${statistic.id}`;
    const countable = statistic.unit.kind === 'count' || statistic.unit.kind === 'rank';
    if (countable !== (hand.unitOf !== undefined))
      problems.push(
        `${where(`${path}.unitOf`)}: give unitOf exactly when the unit is a count or a rank`,
      );
    if (statistic.unit.kind === 'count' && hand.unitOf?.classifier === undefined)
      problems.push(
        `${where(`${path}.unitOf`)}: a count needs its measure word ("classifier", e.g. 家)`,
      );
    if ((statistic.source.via === undefined) !== (hand.via === undefined))
      problems.push(
        `${where(`${path}.via`)}: give via exactly when the statistic's source has one`,
      );
    const unitOf = expand(hand.unitOf, `${path}.unitOf`);
    const via = expand(hand.via, `${path}.via`);
    const zh = {
      label: expand(hand.label, `${path}.label`),
      measure: expand(hand.measure, `${path}.measure`),
      ...(unitOf ? { unitOf } : {}),
      ...(via ? { via } : {}),
    };
    if (statistic.unit.kind === 'count' && hand.unitOf?.classifier !== undefined)
      measureWords[statistic.unit.of] = hand.unitOf.classifier;
    return [[statistic.id, zh] as const];
  });

  const policies = article.policies.flatMap((policy) => {
    const hand = required(file.policies[policy.id], `policies.${policy.id}`);
    if (hand === undefined) return [];
    const path = `policies.${policy.id}`;
    if ((policy.focusAreas?.length ?? 0) !== (hand.focusAreas?.length ?? 0)) {
      problems.push(
        `${where(`${path}.focusAreas`)}: ${hand.focusAreas?.length ?? 0} forms for ${policy.focusAreas?.length ?? 0} focus areas`,
      );
    }
    const focusAreas = hand.focusAreas?.map((area, i) => expand(area, `${path}.focusAreas[${i}]`));
    const forms = {
      title: expand(hand.title, `${path}.title`),
      ...(focusAreas ? { focusAreas } : {}),
    };
    return [[policy.id, forms] as const];
  });

  const roles = Object.fromEntries(
    Object.entries(file.metadata.roles).map(([role, hand]) => [
      role,
      expand(hand, `metadata.roles.${role}`),
    ]),
  );
  for (const { role } of article.metadata.contributors) {
    if (file.metadata.roles[role] === undefined)
      problems.push(`${where('metadata.roles')}: no form for the contributor role "${role}"`);
  }
  const locale = {
    code: 'zh-Hans',
    article: article.id,
    metadata: { section: expand(file.metadata.section, 'metadata.section'), roles },
    entities: Object.fromEntries(entities),
    statistics: Object.fromEntries(statistics),
    policies: Object.fromEntries(policies),
    notes: mergeNotes(article, file, problems),
    measureWords,
  };
  return { locale, problems };
}
