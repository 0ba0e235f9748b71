import * as z from 'zod';
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
    z.strictObject({ name: HandFormSchema, role: HandFormSchema.exactOptional() }),
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
  keptInLatin: z
    .array(z.strictObject({ token: z.string().min(1), reason: z.string().min(1) }))
    .min(1),
});
export type TranslationFile = z.infer<typeof TranslationFileSchema>;

/** Turns the hand-written forms into the typed data of each item, naming every problem found. */
export function mergeTranslations(
  article: BuiltArticle,
  file: TranslationFile,
): { article: BuiltArticle; problems: string[] } {
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
          `${where(`${collection}.${id}`)}: "${id}" is not the id of any item in data/article.json`,
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

  const entities = article.entities.map((entity) => {
    const hand = required(file.entities[entity.id], `entities.${entity.id}`);
    if (hand === undefined) return entity;
    if ((hand.role === undefined) !== (entity.role === undefined))
      problems.push(
        `${where(`entities.${entity.id}.role`)}: give a role exactly when the entity has one`,
      );
    const role = expand(hand.role, `entities.${entity.id}.role`);
    return {
      ...entity,
      translations: {
        'zh-Hans': {
          name: expand(hand.name, `entities.${entity.id}.name`),
          ...(role ? { role } : {}),
        },
      },
    };
  });

  const statistics = article.statistics.map((statistic) => {
    const hand = required(file.statistics[statistic.id], `statistics.${statistic.id}`);
    if (hand === undefined) return statistic;
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
    return { ...statistic, translations: { 'zh-Hans': zh } };
  });

  const policies = article.policies.map((policy) => {
    const hand = required(file.policies[policy.id], `policies.${policy.id}`);
    if (hand === undefined) return policy;
    const path = `policies.${policy.id}`;
    if ((policy.focusAreas?.length ?? 0) !== (hand.focusAreas?.length ?? 0)) {
      problems.push(
        `${where(`${path}.focusAreas`)}: ${hand.focusAreas?.length ?? 0} forms for ${policy.focusAreas?.length ?? 0} focus areas`,
      );
    }
    const focusAreas = hand.focusAreas?.map((area, i) => expand(area, `${path}.focusAreas[${i}]`));
    return {
      ...policy,
      translations: {
        'zh-Hans': {
          title: expand(hand.title, `${path}.title`),
          ...(focusAreas ? { focusAreas } : {}),
        },
      },
    };
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
  const metadata = {
    ...article.metadata,
    translations: {
      'zh-Hans': { section: expand(file.metadata.section, 'metadata.section'), roles },
    },
  };

  return { article: { ...article, metadata, entities, statistics, policies }, problems };
}
