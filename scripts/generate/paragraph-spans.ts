/** Where each paragraph of the source lies: the text splits into paragraphs at blank lines. */
export interface ParagraphSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export function paragraphSpans(text: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let start = 0;
  for (const piece of text.split(PARAGRAPH_SEPARATOR)) {
    spans.push({ index: spans.length, start, end: start + piece.length });
    start += piece.length + PARAGRAPH_SEPARATOR.length;
  }
  return spans;
}
