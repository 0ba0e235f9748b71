// The `notes` command prints what findNotes returns, in every format.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, type CliEnvironment } from '../../src/cli/run.js';
import { article, findNotes, toJSONLD, type Article, type ArticleIds } from '../../src/index.js';

const pipe: CliEnvironment = { isTTY: false, env: {}, version: '9.9.9' };
const run = (format: string) => runCli(['notes', '--format', format], pipe).stdout;

describe('the notes command', () => {
  it('prints one CSV row per note, with its item, its number in the item and its kind (the Data Package’s notes.csv)', () => {
    const [header, ...rows] = parseCsv(run('csv'));
    expect(header).toEqual(['item_kind', 'item_id', 'number', 'kind', 'text']);
    expect(rows.map((row) => [row[0], row[1], row[3], row[4]])).toEqual(
      findNotes().map(({ item, note }) => [item.kind, item.id, note.kind, note.text]),
    );
  });

  it('prints findNotes as JSON', () => {
    expect(JSON.parse(run('json'))).toEqual(findNotes());
  });

  it('prints a text line per note', () => {
    const lines = run('text').trimEnd().split('\n');
    expect(lines).toHaveLength(findNotes().length);
    expect(lines.filter((line) => line.includes('(inconsistency)')).length).toBe(
      findNotes({ kind: 'inconsistency' }).length,
    );
  });

  it('prints JSON-LD Comments about nodes of the article graph', () => {
    const graph = (
      JSON.parse(run('jsonld')) as {
        '@graph': { '@type': string; about: { '@id': string }; genre: string; text: string }[];
      }
    )['@graph'];
    expect(graph.map((node) => [node.genre, node.text])).toEqual(
      findNotes().map(({ note }) => [note.kind, note.text]),
    );
    const nodes = new Set(toJSONLD(article)['@graph'].map((node) => node['@id']));
    for (const [i, { item }] of findNotes().entries()) {
      expect(graph[i]?.['@type']).toBe('Comment');
      expect(nodes, `${item.kind} ${item.id}`).toContain(graph[i]?.about['@id']);
    }
  });

  it('prints every note in Chinese for zh-CN, the 44% one included, said once to be the package’s translation', () => {
    const [marker, ...lines] = runCli(['notes', '--locale', 'zh-CN'], pipe)
      .stdout.trimEnd()
      .split('\n');
    expect(marker).toBe('以下说明由本数据包译自英文原注。');
    expect(lines).toHaveLength(findNotes().length);
    expect(lines.filter((line) => line.includes('（不一致）')).length).toBe(
      findNotes({ kind: 'inconsistency' }).length,
    );
    for (const [i, { note }] of findNotes().entries()) {
      expect(lines[i]).not.toContain(note.text);
      expect(lines[i]).not.toMatch(/（英文）$/);
    }
    const share = lines.find((line) =>
      line.startsWith('数据“北京企业占‘2019中国大数据企业500强’的比重”（不一致）'),
    );
    expect(share).toContain('500家榜单中的22家企业占4.4%，而不是44%');
    expect(
      lines.some((line) => /\((translation|inference|inconsistency|ambiguity)\)/.test(line)),
    ).toBe(false);
  });
});

describe('the notes command’s JSON-LD', () => {
  type Comment = { '@id': string; about: { '@id': string }; name?: string; text: string };
  const graphOf = (stdout: string) => (JSON.parse(stdout) as { '@graph': Comment[] })['@graph'];

  it('numbers the Comments from 1 and names the field or paragraph of a note about the article', () => {
    const graph = graphOf(run('jsonld'));
    expect(graph.slice(0, 6).map((node) => [node['@id'], node.about['@id'], node.name])).toEqual([
      ['#note-1', '#article', 'section'],
      ['#note-2', '#article', 'translatedFrom'],
      ['#note-3', '#article', 'publisher'],
      ['#note-4', '#article', 'paragraph section'],
      ['#note-5', '#jilin', undefined],
      ['#note-6', '#jilin', undefined],
    ]);
    expect(graph.at(-1)).toMatchObject({
      '@id': `#note-${graph.length}`,
      about: { '@id': '#article' },
      name: 'paragraph comment-form-notice',
    });
    // Only notes about the article itself say which part of it they are about.
    for (const node of graph)
      expect('name' in node, node['@id']).toBe(node.about['@id'] === '#article');
  });

  it('puts a note on a paragraph of the body on that paragraph’s node, with no name', () => {
    const noted: Article<ArticleIds> = {
      ...article,
      paragraphs: article.paragraphs.map((p) =>
        p.id === 'lead'
          ? { ...p, notes: [{ kind: 'ambiguity', text: 'A doubt about the lead.' }] }
          : p,
      ),
    };
    const { stdout } = runCli(['notes', '--format', 'jsonld', '--input', 'noted.json'], {
      ...pipe,
      readArticle: () => noted,
    });
    const graph = graphOf(stdout);
    const i = graph.findIndex((node) => node.text === 'A doubt about the lead.');
    expect(graph[i]).toEqual({
      '@type': 'Comment',
      '@id': `#note-${i + 1}`,
      about: { '@id': '#paragraph-lead' },
      genre: 'ambiguity',
      text: 'A doubt about the lead.',
    });
    // toJSONLD gives the lead its node among the article's parts.
    expect(JSON.stringify(toJSONLD(noted))).toContain('"@id":"#paragraph-lead"');
  });
});

describe('the notes command in Chinese', () => {
  const zhLines = (environment: CliEnvironment, ...input: string[]) =>
    runCli(['notes', '--locale', 'zh-CN', ...input], environment)
      .stdout.trimEnd()
      .split('\n')
      .slice(1);

  it('names a quote by its paragraph and speaker, and as direct or reported speech', () => {
    const lines = zhLines(pipe);
    const notes = findNotes();
    const named = (quote: string) =>
      lines.filter((_, i) => notes[i]?.item.id === quote).map((line) => line.split('（')[0]);
    expect(named('jilin-reform-determination')).toEqual(Array(3).fill('正文第7段中吉林的直接引语'));
    expect(named('jilin-strategic-choices')).toEqual(Array(4).fill('正文第6段中吉林的间接引语'));
  });

  it('names the items of another article as that article does: the Chinese forms are of the built-in one', () => {
    const lines = zhLines(
      { ...pipe, readArticle: () => ({ ...article, id: 'another-report' }) },
      '--input',
      'report.json',
    );
    const names = new Map<string, string>([
      ...article.statistics.map((s): [string, string] => [s.id, `数据“${s.label}”`]),
      ...article.entities.map((e): [string, string] => [e.id, `实体“${e.name}”`]),
      ...article.policies.map((p): [string, string] => [p.id, `政策《${p.title}》`]),
    ]);
    const checked = new Set<string>();
    for (const [i, { item }] of findNotes().entries()) {
      const name = names.get(item.id);
      if (name === undefined || !['statistic', 'entity', 'policy'].includes(item.kind)) continue;
      expect(lines[i]?.slice(0, name.length + 1)).toBe(`${name}（`);
      checked.add(item.kind);
    }
    expect([...checked].sort()).toEqual(['entity', 'policy', 'statistic']);
  });
});
