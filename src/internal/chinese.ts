/** The simplified-Chinese forms of an item, where it carries them. */
export function zhHans<T>(
  item: { readonly translations?: { readonly 'zh-Hans'?: T } } | undefined,
): T | undefined {
  return item?.translations?.['zh-Hans'];
}

/**
 * Says, in Chinese, that the words before it are the English translation's own: quotations are
 * never translated back, since that would put words in a speaker's mouth.
 */
export const ENGLISH_WORDING = '（英文译文原文，未回译）';
