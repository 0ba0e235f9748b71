import fc from 'fast-check';
import { zhHans } from '../../src/locale/zh-hans.js';
import { describe, expect, it } from 'vitest';
import { findNotes, formatNote, InvalidOptionError } from '../../src/index.js';

describe('formatNote', () => {
  it('gives every note of the article in Chinese, the package’s translation, and the English as it is', () => {
    const CJK = /[\u3400-\u9fff]/;
    for (const { note } of findNotes()) {
      expect(formatNote(note)).toBe(note.text);
      expect(formatNote(note, { locale: 'zh-TW' })).toBe(note.text);
      const zh = formatNote(note, { locale: zhHans });
      expect(zh).not.toBe(note.text);
      expect(CJK.test(zh)).toBe(true);
      expect(zh.endsWith('（英文）')).toBe(false);
    }
  });

  it('gives a note the package has not translated in English, marked as English', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
        fc.constantFrom('translation', 'inference', 'inconsistency', 'ambiguity'),
        (text, kind) => {
          expect(formatNote({ kind, text }, { locale: zhHans })).toBe(`${text}（英文）`);
        },
      ),
    );
    expect(() => formatNote(null as never)).toThrow(
      new InvalidOptionError('note', 'got null; expected a Note'),
    );
    expect(() => formatNote('a note' as never)).toThrow(
      new InvalidOptionError('note', 'got "a note"; expected a Note'),
    );
    expect(() => formatNote({ kind: 'inference', text: 'x' }, { lang: 'zh' } as never)).toThrow(
      new InvalidOptionError('options.lang', 'unknown option; the options are "locale"'),
    );
    expect(() => formatNote({ kind: 'inference', text: 5 } as never)).toThrow(/note\.text/);
  });
});
