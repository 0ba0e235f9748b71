import type { Entity } from '../types/index.js';
import { zhHans } from './chinese.js';
import type { Language } from './resolve-locale.js';
import { ENTITY_KIND_WORDS_ZH } from './words.js';

/** An entity as one reads it in a list: its name, kind and role, in English or Chinese. */
export function entityLabel(entity: Entity, language: Language): string {
  if (language === 'en')
    return `${entity.name} (${entity.kind}${entity.role ? `; ${entity.role}` : ''})`;
  const zh = zhHans(entity);
  const role = zh?.role?.text ?? entity.role;
  return `${zh?.name.text ?? entity.name}（${ENTITY_KIND_WORDS_ZH[entity.kind] ?? entity.kind}${role ? `；${role}` : ''}）`;
}
