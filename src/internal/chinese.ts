import type { Article, ArticleIds, Locale, Note, Paragraph } from '../types/index.js';
import { noteKey } from './note-key.js';
import { own } from './own.js';

export { PINYIN, zhDisplayName } from './zh-name.js';

// The Chinese forms come from the locale module the caller passes (`zhHans`); nothing here
// carries any. These read them, and hold the words the Chinese output frames them with.

// The markers of the Chinese output, each said once per list or section. Quotations are never
// translated back, since that would put words in a speaker's mouth: they stay the English
// translation's words (照录英文译文), and a Chinese reader is told so in words that do not clash
// (译文 is the translation; nothing here is called 原文).

/** Before a list of quotations. */
export const QUOTES_IN_ENGLISH = '以下引语照录英文译文，未译回中文。';
/** After the headline, which stays the translation's. */
export const HEADLINE_IN_ENGLISH = '（标题照录英文译文，未译回中文）';
/** Before the article's own paragraphs, which stay the translation's. */
export const TEXT_IN_ENGLISH = '（以上标题与以下正文照录英文译文，未译回中文。）';
/** Before a list of notes whose Chinese is this package's translation of the English. */
export const NOTES_TRANSLATED = '以下说明由本数据包译自英文原注。';
/** After a date the text does not state. */
export const DATE_INFERRED = '（日期系根据正文推断）';
/** After a note that has no Chinese text (a note of an article the package did not translate). */
export const NOTE_IN_ENGLISH = '（英文）';

/**
 * The Chinese text of a note: this package's translation of the English, or `undefined` when the
 * package has none (a note of another article, or one reworded since it was translated).
 */
export function zhNote(forms: Locale<ArticleIds>, note: Pick<Note, 'text'>): string | undefined {
  return own(forms.notes, noteKey(note.text));
}

/** A note as a Chinese reader reads it: its Chinese text, or the English marked as English. */
export function zhNoteText(forms: Locale<ArticleIds>, note: Pick<Note, 'text'>): string {
  return zhNote(forms, note) ?? `${note.text}${NOTE_IN_ENGLISH}`;
}

/**
 * What a paragraph is, in Chinese: 标题, 导语, 正文第2段, … (counted within its role), for the
 * places that name a paragraph, since a Chinese reader has no use for its id.
 */
export function zhParagraphName(
  article: Pick<Article<ArticleIds>, 'paragraphs'>,
  paragraph: Pick<Paragraph<ArticleIds>, 'id' | 'role'>,
): string {
  const same = article.paragraphs.filter((p) => p.role === paragraph.role);
  const nth = same.findIndex((p) => p.id === paragraph.id) + 1;
  const numbered = (word: string) => (same.length > 1 ? `${word}第${nth}段` : word);
  switch (paragraph.role) {
    case 'section':
      return numbered('栏目标签');
    case 'headline':
      return numbered('标题');
    case 'lead':
      return numbered('导语');
    case 'body':
      return `正文第${nth}段`;
    case 'credits':
      return numbered('署名');
    case 'boilerplate':
      return numbered('网站附加文字');
  }
}
