import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/internal/escape-markdown.js';

const markdown = new MarkdownIt();
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What a reader sees: line breaks as spaces, without the spaces at either end. */
const seen = (text: string) =>
  text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/^[ \t]+|[ \t]+$/g, '');

// Text made of the characters that mean something in Markdown at the start of a line or inside
// one, and of plain ones between them.
const MEANINGFUL = [...'\\`*_[]<>|~&#!{}-+=.)():;/"\'@ \t\r\n\u2028\u2029'];
const line = fc.string({
  unit: fc.oneof(fc.constantFrom(...MEANINGFUL), fc.constantFrom(...'ab1 9')),
  maxLength: 30,
});

describe('escapeMarkdown', () => {
  it('gives one paragraph that shows the text, character for character', () => {
    fc.assert(
      fc.property(line, (text) => {
        fc.pre(seen(text) !== '');
        expect(markdown.render(escapeMarkdown(text))).toBe(`<p>${html(seen(text))}</p>\n`);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['= heading underline', '\\= heading underline'],
    ['1. item', '1\\. item'],
    ['2020) item', '2020\\) item'],
    ['# heading', '\\# heading'],
    ['> quote', '\\> quote'],
    ['    code', 'code'],
    ['\tcode', 'code'],
    ['a\r\nb\u2028c\u2029\n\nd', 'a b c d'],
    ['[link](x) and ![image](y)', '\\[link\\](x) and \\!\\[image\\](y)'],
    ['<b>&amp;</b>', '\\<b\\>\\&amp;\\</b\\>'],
    [
      '`code` *em* _em_ ~~s~~ | {x} \\',
      '\\`code\\` \\*em\\* \\_em\\_ \\~\\~s\\~\\~ \\| \\{x\\} \\\\',
    ],
    ['a - b + c = d 1. e', 'a - b + c = d 1. e'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('escapes only a number that opens the line', () => {
    expect(escapeMarkdown('x 1. y')).toBe('x 1. y');
    expect(escapeMarkdown('1.5 billion')).toBe('1\\.5 billion');
  });
});
