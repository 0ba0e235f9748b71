import type { EntityTranslation } from '../types/index.js';

/** After a person's name that stays in Pinyin because no page read attests its characters. */
export const PINYIN = '（拼音）';

/** An entity's name in Chinese as printed alone: the form, marked （拼音） when it is Pinyin. */
export function zhDisplayName(forms: EntityTranslation): string {
  return `${forms.name.text}${forms.name.provenance.kind === 'pinyin' ? PINYIN : ''}`;
}
