// Spans for NLP: toSpans (UTF-16 or code-point offsets, stated in the output) and toBrat, checked
// by Debian's python3, which slices the text by code point, and against brat's format rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, type CliEnvironment } from '../../src/cli/run.js';
import {
  article,
  InvalidOptionError,
  toBrat,
  toSpans,
  type Article,
  type SpanDocument,
} from '../../src/index.js';
import { codePointOffsets } from '../../src/internal/spans.js';
import { runPython } from '../support/python.js';

const pipe: CliEnvironment = { isTTY: false, env: {}, version: '9.9.9' };

/** The words each span must cover, from the article's own anchors (not from toSpans). */
function expectedWords(source: Article): Record<string, string> {
  const words: Record<string, string> = {};
  const add = (kind: string, id: string, anchors: readonly { start: number; exact: string }[]) =>
    [...anchors]
      .sort((a, b) => a.start - b.start)
      .forEach((anchor, i) => (words[`${kind}:${id}:${i + 1}`] = anchor.exact));
  for (const e of source.entities) add('mention', e.id, e.mentions);
  for (const q of source.quotes) add('quote', q.id, [q.anchor]);
  for (const s of source.statistics)
    add('statistic', s.id, [s.source.anchor, ...(s.restatedAt ?? [])]);
  for (const p of source.policies) add('policy', p.id, [p.anchor]);
  return words;
}

/** The article with an emoji (two UTF-16 units, one code point) before its text, every offset moved. */
function withEmojiFirst(source: Article): Article {
  const shift = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(shift);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).map(([k, v]) => [k, shift(v)] as const);
    const copy = Object.fromEntries(entries) as Record<string, unknown>;
    if (typeof copy.start === 'number' && typeof copy.end === 'number') {
      copy.start += 2;
      copy.end += 2;
    }
    return copy;
  };
  return { ...(shift(source) as Article), text: `😀${source.text}` };
}

/** Python: every span of the document sliced by code point gives the expected words. */
const SLICE = `
import json, sys
data = json.load(open(sys.argv[1], encoding='utf-8'))
doc, words = data['document'], data['words']
bad = [s['id'] for s in doc['spans'] if doc['text'][s['start']:s['end']] != words[s['id']]]
print(json.dumps({'spans': len(doc['spans']), 'unit': doc['unit'], 'mismatched': bad}))
`;

/** Python: brat's rules for a .txt/.ann pair. */
const BRAT = `
import json, re, sys
data = json.load(open(sys.argv[1], encoding='utf-8'))
text, ann = data['txt'], data['ann']
problems, ids, spans = [], set(), {}
for n, line in enumerate(ann.rstrip('\\n').split('\\n'), 1):
    fields = line.split('\\t')
    ident = fields[0]
    if ident in ids: problems.append(f'line {n}: id {ident} repeats')
    ids.add(ident)
    if ident.startswith('T'):
        kind, *ranges = re.split(r' |;', fields[1])
        pairs = [(int(ranges[i]), int(ranges[i + 1])) for i in range(0, len(ranges), 2)]
        for start, end in pairs:
            if not 0 <= start < end <= len(text): problems.append(f'{ident}: {start}-{end} outside the text')
        if ' '.join(text[s:e] for s, e in pairs) != fields[2]: problems.append(f'{ident}: words differ')
        if not re.fullmatch(r'[A-Za-z][A-Za-z0-9_-]*', kind): problems.append(f'{ident}: type {kind}')
        spans[ident] = kind
    elif ident.startswith('R'):
        m = re.fullmatch(r'(\\w+) Arg1:(T\\d+) Arg2:(T\\d+)', fields[1])
        if not m or m.group(2) not in spans or m.group(3) not in spans: problems.append(f'{ident}: {fields[1]}')
    elif ident.startswith('#'):
        m = re.fullmatch(r'AnnotatorNotes (T\\d+)', fields[1])
        if not m or m.group(1) not in spans or len(fields) != 3: problems.append(f'{ident}: {fields[1]}')
    else:
        problems.append(f'line {n}: unknown annotation {ident}')
print(json.dumps({'problems': problems, 'spans': len(spans), 'lines': len(ids)}))
`;

const slicedByPython = (document: SpanDocument, words: Record<string, string>) =>
  runPython(SLICE, { document, words }) as { spans: number; unit: string; mismatched: string[] };

describe('toSpans', () => {
  const words = expectedWords(article);

  it('has a span for every mention, quote, statistic and policy, labelled, in text order', () => {
    const document = toSpans(article);
    expect(document.spans.map((s) => s.id).sort()).toEqual(Object.keys(words).sort());
    const starts = document.spans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(document.spans.map((s) => s.id)).size).toBe(document.spans.length);
    expect(document.label).toEqual(document.spans.map((s) => [s.start, s.end, s.label]));
    const kinds = new Map<string, string>(
      article.entities.map((e) => [e.id, e.kind.toUpperCase()]),
    );
    for (const span of document.spans.filter((s) => s.id.startsWith('mention:')))
      expect(span.label).toBe(kinds.get(span.item));
  });

  it('gives Python, slicing the text by code point, the exact words of every span', () => {
    for (const unit of ['utf-16', 'code-point'] as const) {
      const result = slicedByPython(toSpans(article, { unit }), words);
      expect(result).toEqual({ spans: Object.keys(words).length, unit, mismatched: [] });
    }
  });

  it('counts code points when asked, and says so: Python gets the words only then, past an emoji', () => {
    const shifted = withEmojiFirst(article);
    const inPoints = toSpans(shifted, { unit: 'code-point' });
    const inUnits = toSpans(shifted);
    expect([inPoints.unit, inUnits.unit]).toEqual(['code-point', 'utf-16']);
    expect(slicedByPython(inPoints, words).mismatched).toEqual([]);
    expect(slicedByPython(inUnits, words).mismatched.length).toBe(Object.keys(words).length);
    for (const span of inUnits.spans)
      expect(shifted.text.slice(span.start, span.end)).toBe(words[span.id]);
  });

  it('ties each quote to a mention of its speaker and each statistic to one of its source', () => {
    const document = toSpans(article);
    const byId = new Map(document.spans.map((s) => [s.id, s]));
    const speakers = new Map<string, string>(article.quotes.map((q) => [q.id, q.speaker]));
    const sources = new Map<string, string>(
      article.statistics.map((s) => [s.id, s.source.attributedTo]),
    );
    expect(document.relations).toHaveLength(
      document.spans.filter((s) => s.label === 'QUOTE' || s.label === 'STATISTIC').length,
    );
    for (const relation of document.relations) {
      const from = byId.get(relation.from)!;
      const to = byId.get(relation.to)!;
      expect(to.id.startsWith('mention:')).toBe(true);
      const expected =
        relation.type === 'speaker' ? speakers.get(from.item) : sources.get(from.item);
      expect(to.item).toBe(expected);
      // The nearest mention: none of the entity's mentions lies between it and the span, and it
      // comes after the span only when no mention comes before.
      const others = document.spans.filter(
        (s) => s.id.startsWith('mention:') && s.item === to.item,
      );
      if (to.start <= from.start)
        expect(others.filter((m) => m.start > to.start && m.start <= from.start)).toEqual([]);
      else expect(others.filter((m) => m.start <= from.start || m.start < to.start)).toEqual([]);
    }
  });

  it('refuses an unknown option or unit, and data that is not an article', () => {
    expect(() => toSpans(article, { unit: 'bytes' as never })).toThrow(/"code-point"/);
    expect(() => toSpans(article, { units: 'utf-16' } as never)).toThrow(InvalidOptionError);
    expect(() => toSpans({} as never)).toThrow(InvalidOptionError);
  });
});

describe('toSpans on input from untyped code', () => {
  it('names a wrong option, a unit it does not count in and what is not an article', () => {
    expect(() => toSpans(article, { units: 'utf-16' } as never)).toThrow(
      new InvalidOptionError('options.units', 'unknown option; the options are "unit"'),
    );
    expect(() => toSpans(article, { unit: 'bytes' } as never)).toThrow(
      new InvalidOptionError('options.unit', 'got "bytes"; expected one of "utf-16", "code-point"'),
    );
    expect(() => toSpans(null as never)).toThrow(
      /^article: is not an Article \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
    expect(() => toBrat(null as never)).toThrow(
      /^article: is not an Article \(.+\); check data from elsewhere with parseArticle from 'beijing-digital-economy\/schema'$/,
    );
  });
});

describe('code-point offsets', () => {
  it('slice any string, astral characters and all, where the UTF-16 offsets slice it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (text, a, b) => {
        const points = Array.from(text);
        // Offsets on code-point boundaries, as anchors always are.
        const bounds = [0];
        for (const point of points) bounds.push((bounds.at(-1) ?? 0) + point.length);
        const [s, e] = [bounds[a % bounds.length]!, bounds[b % bounds.length]!].sort(
          (x, y) => x - y,
        );
        const toPoint = codePointOffsets(text);
        expect(points.slice(toPoint(s!), toPoint(e!)).join('')).toBe(text.slice(s, e));
      }),
    );
  });
});

describe('toBrat', () => {
  it('gives the text as .txt and an .ann that brat’s rules accept (checked in Python)', () => {
    const { txt, ann } = toBrat(article);
    expect(txt).toBe(article.text);
    const result = runPython(BRAT, { txt, ann }) as { problems: string[]; spans: number };
    expect(result.problems).toEqual([]);
    expect(result.spans).toBe(toSpans(article).spans.length);
  });

  it('has R lines for attribution and # lines for the notes of items with spans', () => {
    const lines = toBrat(article).ann.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('R'))).toHaveLength(toSpans(article).relations.length);
    expect(lines.some((l) => /^R\d+\tSpeaker Arg1:T\d+ Arg2:T\d+$/.test(l))).toBe(true);
    const notes = lines.filter((l) => l.startsWith('#'));
    expect(notes.length).toBeGreaterThan(0);
    const noted = article.statistics.flatMap((s) => s.notes ?? []);
    for (const note of noted)
      expect(notes.some((l) => l.endsWith(note.text.replace(/\s+/g, ' ').trim()))).toBe(true);
  });

  it('puts each note on its item’s first span: both of Jilin’s on his first mention, T1', () => {
    const notes = toBrat(article)
      .ann.split('\n')
      .filter((l) => l.startsWith('#'));
    expect(notes.slice(0, 3).map((l) => l.slice(0, l.indexOf(':')))).toEqual([
      '#1\tAnnotatorNotes T1\tinference',
      '#2\tAnnotatorNotes T1\ttranslation',
      '#3\tAnnotatorNotes T2\tinference',
    ]);
  });

  it('begins its .ann with the first spans of the text, their offsets and words', () => {
    expect(toBrat(article).ann.split('\n').slice(0, 3)).toEqual([
      'T1\tPERSON 12 17\tJilin',
      'T2\tQUOTE 19 115\tLast year, Beijing’s digital economy accounted for over 50% of GDP, ranking first in the country',
      'T3\tPLACE 30 37\tBeijing',
    ]);
  });

  it('counts offsets in code points past an emoji: one point for its two UTF-16 units', () => {
    // Jilin is at 12..17 of the article's text; the emoji before it moves him by one code point.
    expect(toBrat(withEmojiFirst(article)).ann.split('\n')[0]).toBe('T1\tPERSON 13 18\tJilin');
  });

  it('counts offsets in code points past an emoji, as brat does, and the rules still hold', () => {
    const { txt, ann } = toBrat(withEmojiFirst(article));
    const result = runPython(BRAT, { txt, ann }) as { problems: string[] };
    expect(result.problems).toEqual([]);
  });

  it('gives a span of nothing but line breaks as its end, even with a line break just after it', () => {
    const quote = article.quotes[0];
    if (quote === undefined) throw new Error('the article has no quote');
    const { start, end } = quote.anchor;
    const text = `${article.text.slice(0, start)}${'\n'.repeat(end + 1 - start)}${article.text.slice(end + 1)}`;
    const line = toBrat({ ...article, text })
      .ann.split('\n')
      .find((l) => l.startsWith('T') && l.includes('\tQUOTE '));
    expect(line?.split('\t').slice(1)).toEqual([`QUOTE ${end} ${end}`, '']);
  });

  it('cuts a span across line breaks into fragments without them, its words joined by a space', () => {
    const quote = article.quotes[0];
    if (quote === undefined) throw new Error('the article has no quote');
    const { start, end } = quote.anchor;
    /** The runs of the span that hold no line break, found by a plain scan of the characters. */
    const runs = (text: string): [number, number][] => {
      const found: [number, number][] = [];
      for (let i = start; i < end; i += 1) {
        if (text[i] === '\n') continue;
        const last = found[found.length - 1];
        if (last !== undefined && last[1] === i) last[1] = i + 1;
        else found.push([i, i + 1]);
      }
      return found.length > 0 ? found : [[end, end]];
    };
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: start, max: end - 1 }), { maxLength: 6 }),
        (breaks) => {
          const chars = [...article.text];
          for (const at of breaks) chars[at] = '\n';
          const text = chars.join('');
          const { ann } = toBrat({ ...article, text });
          const line = ann.split('\n').find((l) => l.startsWith('T') && l.includes('\tQUOTE '));
          const parts = runs(text);
          expect(line?.split('\t').slice(1)).toEqual([
            `QUOTE ${parts.map(([s, e]) => `${s} ${e}`).join(';')}`,
            parts.map(([s, e]) => text.slice(s, e)).join(' '),
          ]);
        },
      ),
    );
  });

  it('numbers its R and # lines from 1, an R line Speaker for a quote and Source for a statistic', () => {
    const lines = toBrat(article).ann.trimEnd().split('\n');
    const relations = lines.filter((l) => l.startsWith('R'));
    const expected = toSpans(article).relations.map(
      (r, i) => `R${i + 1}\t${r.type === 'speaker' ? 'Speaker' : 'Source'} `,
    );
    expect(relations.map((l) => l.slice(0, l.indexOf('Arg1')))).toEqual(expected);
    expect(new Set(expected.map((e) => e.split('\t')[1]))).toEqual(
      new Set(['Speaker ', 'Source ']),
    );
    const notes = lines.filter((l) => l.startsWith('#'));
    expect(notes.map((l) => l.slice(0, l.indexOf('\t')))).toEqual(
      notes.map((_l, i) => `#${i + 1}`),
    );
    // A note on a mention's entity goes on the entity's first span, a T line that exists.
    const spans = new Set(lines.filter((l) => l.startsWith('T')).map((l) => l.split('\t')[0]));
    for (const note of notes) expect(spans.has(/AnnotatorNotes (T\d+)/.exec(note)?.[1])).toBe(true);
    const entityNotes = article.entities.flatMap((e) => e.notes ?? []);
    expect(entityNotes.length).toBeGreaterThan(0);
    for (const note of entityNotes)
      expect(notes.some((l) => l.endsWith(note.text.replace(/\s+/g, ' ').trim()))).toBe(true);
  });

  it('gives each note on one line, its runs of white space made one space', () => {
    const noted = article.statistics.find((s) => (s.notes?.length ?? 0) > 0);
    const [note] = noted?.notes ?? [];
    if (noted === undefined || note === undefined) throw new Error('no statistic has a note');
    const spaced = {
      ...article,
      statistics: article.statistics.map((s) =>
        s === noted ? { ...s, notes: [{ ...note, text: ` Two\n\nlines,\t and  spaces ` }] } : s,
      ),
    };
    expect(toBrat(spaced).ann).toMatch(/\tAnnotatorNotes T\d+\t\w+: Two lines, and spaces\n/);
  });

  it('fails the rules when an offset or an id is wrong (the Python check can fail)', () => {
    const { txt, ann } = toBrat(article);
    const moved = ann.replace('T1\tPERSON 12 17', 'T1\tPERSON 13 18');
    const twice = `${ann}T1\tPERSON 12 17\tJilin\n`;
    const outside = ann.replace('T1\tPERSON 12 17', `T1\tPERSON 12 ${txt.length + 5}`);
    for (const broken of [moved, twice, outside])
      expect(
        (runPython(BRAT, { txt, ann: broken }) as { problems: string[] }).problems,
      ).not.toEqual([]);
  });
});

describe('the spans command', () => {
  it('prints with --format brat a .txt/.ann pair that brat’s rules accept', () => {
    const { exitCode, stdout } = runCli(['spans', '--format', 'brat'], pipe);
    expect(exitCode).toBe(0);
    const match = /^==> (\S+)\.txt <==\n([\s\S]*)\n==> \1\.ann <==\n([\s\S]*)$/.exec(stdout);
    expect(match?.[1]).toBe(article.id);
    const [, , txt = '', ann = ''] = match ?? [];
    expect(txt).toBe(article.text);
    expect((runPython(BRAT, { txt, ann }) as { problems: string[] }).problems).toEqual([]);
  });

  it('prints with --format jsonl one document a line, with its unit, that Python slices right', () => {
    const { stdout } = runCli(['spans', '--format', 'jsonl'], pipe);
    const documents = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as SpanDocument);
    expect(documents).toHaveLength(1);
    expect(documents[0]?.unit).toBe('utf-16');
    expect(slicedByPython(documents[0]!, expectedWords(article)).mismatched).toEqual([]);
  });

  it('states the unit of its offsets in text and CSV', () => {
    expect(runCli(['spans'], pipe).stdout).toContain('UTF-16 code units');
    expect(runCli(['spans', '--format', 'csv'], pipe).stdout.split('\r\n')[0]).toContain('unit');
    expect(runCli(['stats', '--format', 'brat'], pipe)).toMatchObject({ exitCode: 2 });
    expect(runCli(['spans', '--format', 'jsonld'], pipe).stderr).toContain('with spans');
  });
});
