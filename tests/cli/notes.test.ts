// The `notes` command prints what findNotes returns, in every format.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, type CliEnvironment } from '../../src/cli/run.js';
import { article, findNotes, toJSONLD } from '../../src/index.js';

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
