import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, excerpt, paragraphs, quotes, statistics } from '../../src/index.js';
import { allAnchors } from '../support/all-anchors.js';
import { byId } from '../support/by-id.js';
import { optionErrorMessage as message } from '../support/option-error.js';

// "… exceeded US$160 billion, accounting for «about 20%» of the country’s total service trade. …"
const share = byId(statistics, 'service-trade-share-of-national-2019').source.anchor;
// The lead paragraph, 311 characters before "exceeds 50%" and 125 after.
const lead = byId(statistics, 'digital-economy-share-of-gdp-2019').source.anchor;
const LEAD_BEFORE =
  'Beijing News Shell Finance News (Reporter Huang Xinyu) On September 5, at the “Digital Trade Development Trends and Frontier Summit Forum” of the Service Trade Association, according to the introduction of Jilin, Chairman of the Beijing CPPCC, Beijing’s digital economy accounted for GDP in 2019 The proportion ';
const LEAD_AFTER =
  ', ranking first in the country. Beijing has become a highland for innovation and development of the national digital economy.';

describe('excerpt', () => {
  it('shows 60 characters on each side by default, cut between words, with the default marks', () => {
    expect(excerpt(share)).toBe(
      '…trade in 2019 exceeded US$160 billion, accounting for «about 20%» of the country’s total service trade. In a horizontal…',
    );
  });

  it.each([
    [0, '…«about 20%»…'],
    [1, '…«about 20%»…'],
    [5, '…for «about 20%» of…'],
    [13, '…for «about 20%» of the…'],
    [20, '…accounting for «about 20%» of the country’s…'],
  ])('with %i characters of context gives %j', (context, expected) => {
    expect(excerpt(share, { context })).toBe(expected);
  });

  it('shows the paragraph to its start or its end when the context reaches it, without "…"', () => {
    expect(LEAD_BEFORE).toHaveLength(311);
    expect(LEAD_AFTER).toHaveLength(125);
    expect(excerpt(lead, { context: 311 })).toBe(`${LEAD_BEFORE}«exceeds 50%»${LEAD_AFTER}`);
    expect(excerpt(lead, { context: 1000 })).toBe(`${LEAD_BEFORE}«exceeds 50%»${LEAD_AFTER}`);
    // One character short: the cut word goes, and "…" says so.
    expect(excerpt(lead, { context: 310 })).toBe(
      `…${LEAD_BEFORE.slice('Beijing '.length)}«exceeds 50%»${LEAD_AFTER}`,
    );
    expect(excerpt(lead, { context: 125, marks: ['', ''] }).endsWith('digital economy.')).toBe(
      true,
    );
    expect(excerpt(lead, { context: 124, marks: ['', ''] }).endsWith('national digital…')).toBe(
      true,
    );
  });

  it('drops a cut quotation mark with its half word, and keeps one the context reaches past', () => {
    // “In 2019, … 286.89 billion yuan,” Jilin said: quotation marks hug the quoted words.
    const park = byId(quotes, 'jilin-park-output').anchor;
    const words =
      'In 2019, the total output value of enterprises in the park has reached 286.89 billion yuan,';
    expect(park.exact).toBe(words);
    expect(excerpt(park, { context: 1 })).toBe(`…«${words}»…`);
    expect(excerpt(park, { context: 2 })).toBe(`…“«${words}»”…`);
  });

  it('puts the marks it is given around the words', () => {
    expect(excerpt(share, { context: 5, marks: ['<mark>', '</mark>'] })).toBe(
      '…for <mark>about 20%</mark> of…',
    );
  });

  it('gives no context for words that run across two paragraphs', () => {
    const [first, second] = paragraphs;
    if (!first || !second) throw new Error('fewer than two paragraphs');
    const start = first.end - 4;
    const end = second.start + 4;
    const across = { ...share, start, end, exact: article.text.slice(start, end) };
    expect(excerpt(across, { context: 30 })).toBe(`«${across.exact}»`);
  });

  it.each<[string, () => unknown, string]>([
    [
      'a negative context',
      () => excerpt(share, { context: -1 }),
      'options.context: got -1; expected a whole number of characters, 0 or more',
    ],
    [
      'a fraction',
      () => excerpt(share, { context: 1.5 }),
      'options.context: got 1.5; expected a whole number of characters, 0 or more',
    ],
    [
      'a context in text',
      () => excerpt(share, { context: '5' } as never),
      'options.context: got "5"; expected a whole number of characters, 0 or more',
    ],
    [
      'one mark',
      () => excerpt(share, { marks: ['['] } as never),
      'options.marks: expected two strings, the opening and the closing mark',
    ],
    [
      'marks in a string',
      () => excerpt(share, { marks: '[]' } as never),
      'options.marks: expected two strings, the opening and the closing mark',
    ],
    [
      'a closing mark that is not text',
      () => excerpt(share, { marks: ['[', 1] } as never),
      'options.marks: expected two strings, the opening and the closing mark',
    ],
    [
      'an opening mark that is not text',
      () => excerpt(share, { marks: [1, ']'] } as never),
      'options.marks: expected two strings, the opening and the closing mark',
    ],
    [
      'an option',
      () => excerpt(share, { mark: '[' } as never),
      'options.mark: unknown option; the options are "context", "marks"',
    ],
    [
      'moved offsets',
      () => excerpt({ ...share, start: share.start + 1 }),
      `anchor: its exact words are not at ${share.start + 1}..${share.end} of the article's text; expected an anchor of this article`,
    ],
    [
      'other words',
      () => excerpt({ ...share, exact: 'about 30%' }),
      `anchor: its exact words are not at ${share.start}..${share.end} of the article's text; expected an anchor of this article`,
    ],
    [
      'no offsets',
      () => excerpt({ ...share, start: undefined } as never),
      `anchor: its exact words are not at undefined..${share.end} of the article's text; expected an anchor of this article`,
    ],
    [
      'a start in text',
      () => excerpt({ ...share, start: String(share.start) } as never),
      `anchor: its exact words are not at "${share.start}"..${share.end} of the article's text; expected an anchor of this article`,
    ],
    [
      'no end',
      () => excerpt({ ...share, end: '718' } as never),
      `anchor: its exact words are not at ${share.start}.."718" of the article's text; expected an anchor of this article`,
    ],
    [
      'no anchor',
      () => excerpt(null as never),
      "anchor: its exact words are not at undefined..undefined of the article's text; expected an anchor of this article",
    ],
  ])('rejects %s, saying what would be right', (_what, work, expected) => {
    expect(message(work)).toBe(expected);
  });
});

describe('excerpt of any anchor of the article', () => {
  it('marks the anchored words inside a piece of their own paragraph, no longer than asked', () => {
    const anchors = allAnchors(article).map((a) => a.anchor);
    fc.assert(
      fc.property(fc.constantFrom(...anchors), fc.nat(200), (anchor, context) => {
        const text = excerpt(anchor, { context, marks: ['[[', ']]'] });
        const [before = '', rest = ''] = text.split('[[');
        const [exact, after = ''] = rest.split(']]');
        expect(exact).toBe(anchor.exact);
        const plainBefore = before.replace(/^…/, '');
        const plainAfter = after.replace(/…$/, '');
        expect(plainBefore.length).toBeLessThanOrEqual(context);
        expect(plainAfter.length).toBeLessThanOrEqual(context);
        const paragraph = article.paragraphs.find((p) => p.id === anchor.paragraphId);
        expect(paragraph?.text).toContain(`${plainBefore}${anchor.exact}${plainAfter}`);
        const shownFrom = anchor.start - plainBefore.length;
        const shownTo = anchor.end + plainAfter.length;
        expect(article.text.slice(shownFrom, shownTo)).toBe(
          `${plainBefore}${anchor.exact}${plainAfter}`,
        );
        // A cut context begins and ends next to a space, never in half a word.
        if (plainBefore !== '' && before.startsWith('…'))
          expect(article.text[shownFrom - 1]).toMatch(/^\s$/);
        if (plainAfter !== '' && after.endsWith('…')) expect(article.text[shownTo]).toMatch(/^\s$/);
        expect(before.startsWith('…')).toBe(shownFrom > (paragraph?.start ?? 0));
        expect(after.endsWith('…')).toBe(shownTo < (paragraph?.end ?? 0));
      }),
      { numRuns: 500 },
    );
  });
});
