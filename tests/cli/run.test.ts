import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { COMMANDS, FORMATS, formatsOf } from '../../src/cli/render.js';
import { runCli, USAGE, type CliEnvironment } from '../../src/cli/run.js';
import { article } from '../../src/index.js';

const pipe: CliEnvironment = { isTTY: false, env: {}, version: '9.9.9' };
const terminal: CliEnvironment = { isTTY: true, env: {}, version: '9.9.9' };
const ESCAPE = '\u001b[';

describe('the annotations command', () => {
  it('names the item of every row: the entity id for a mention, the item id for a note', () => {
    const rows = parseCsv<Record<string, string>>(
      runCli(['annotations', '--format', 'csv'], pipe).stdout,
      { columns: true },
    );
    const mention = rows.find((row) => row.id?.endsWith('/mention/jilin/1'));
    expect(mention).toMatchObject({ kind: 'mention', item: 'jilin', exact: 'Jilin' });
    expect(mention?.body).toContain('Chairman of the Beijing CPPCC');
    const note = rows.find((row) => row.id?.includes('/note/paragraph/section/'));
    expect(note).toMatchObject({ motivation: 'commenting', item: 'section' });
  });
});

describe.each(COMMANDS)('the %s command', (command) => {
  it('takes every format but brat (spans’ alone); spans take every one but jsonld', () => {
    const refused = FORMATS.filter((format) => !formatsOf(command).includes(format));
    expect(refused).toEqual([command === 'spans' ? 'jsonld' : 'brat']);
    for (const format of refused) {
      const { exitCode, stderr } = runCli([command, '--format', format], pipe);
      expect(exitCode).toBe(2);
      expect(stderr).toContain(
        `for --format with ${command}; expected one of: ${formatsOf(command).join(', ')}`,
      );
    }
  });

  it.each(formatsOf(command))('writes %s that its own kind of reader accepts', (format) => {
    const { exitCode, stdout, stderr } = runCli([command, '--format', format], pipe);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().length).toBeGreaterThan(0);
    expect(stdout).not.toContain(ESCAPE);
    if (format === 'json') expect(() => JSON.parse(stdout)).not.toThrow();
    if (format === 'jsonl') {
      expect(stdout.endsWith('\n')).toBe(true);
      for (const line of stdout.slice(0, -1).split('\n'))
        expect(() => JSON.parse(line)).not.toThrow();
    }
    if (format === 'jsonld' && command === 'annotations') {
      const collection = JSON.parse(stdout) as { '@context': string; type: string; total: number };
      expect([collection['@context'], collection.type]).toEqual([
        'http://www.w3.org/ns/anno.jsonld',
        'AnnotationCollection',
      ]);
      expect(collection.total).toBeGreaterThan(0);
    } else if (format === 'jsonld') {
      const document = JSON.parse(stdout) as { '@context': string; '@graph': unknown[] };
      expect(document['@context']).toBe('https://schema.org');
      expect(document['@graph'].length).toBeGreaterThan(0);
    }
    if (format === 'csv') expect(parseCsv(stdout).length).toBeGreaterThan(1);
    if (format === 'md')
      expect(
        new MarkdownIt()
          .parse(stdout, {})
          .some((t) => t.type === 'html_block' || t.type === 'html_inline'),
      ).toBe(false);
  });
});

describe('the command line’s CSV', () => {
  it('is, for each table of the Data Package, that table’s file: same columns, same rows', () => {
    const tables = {
      stats: 'statistics',
      quotes: 'quotes',
      policies: 'policies',
      entities: 'entities',
      notes: 'notes',
    };
    for (const [command, table] of Object.entries(tables)) {
      const file = readFileSync(new URL(`../../csv/${table}.csv`, import.meta.url), 'utf8');
      // No cell of this article starts like a formula, so neutralising changes nothing here.
      expect(runCli([command, '--format', 'csv'], pipe).stdout, command).toBe(file);
    }
  });
});

describe('the command line', () => {
  it('uses the locale and the citation style it is given', () => {
    expect(runCli(['stats', '--locale', 'zh-CN'], pipe).stdout).toContain('超过');
    // The data's note says "World News" is the republishing site's label, not a section: the
    // citation does not file the report under it.
    const chicago = runCli(['cite', '--style', 'chicago'], pipe).stdout;
    expect(chicago).toMatch(/^Huang, Xinyu\. “.*” Beijing News, September 5, 2020\.\n$/);
    expect(chicago).not.toContain(article.metadata.section);
    expect(runCli(['cite', '--style', 'mla'], pipe).stdout).toContain('5 Sept. 2020');
  });

  it.each([['--help'], ['-h'], ['help'], ['stats', '--help'], ['help', 'stats']])(
    'prints the usage for %j and exits 0',
    (...args) => {
      expect(runCli(args, pipe)).toEqual({ exitCode: 0, stdout: USAGE, stderr: '' });
    },
  );

  it.each([['--version'], ['-v'], ['stats', '-v']])(
    'prints the version for %j and exits 0',
    (...args) => {
      expect(runCli(args, pipe)).toEqual({ exitCode: 0, stdout: '9.9.9\n', stderr: '' });
    },
  );

  it.each([[[]], [['--format', 'csv']]])(
    'prints the usage on stderr and exits 2 when no command is given: %j',
    (args) => {
      const { exitCode, stdout, stderr } = runCli(args, pipe);
      expect({ exitCode, stdout }).toEqual({ exitCode: 2, stdout: '' });
      expect(stderr).toMatch(/^beijing-digital-economy: missing command; expected one of: /);
      expect(stderr.endsWith(USAGE)).toBe(true);
    },
  );

  it.each([
    [
      ['bogus'],
      /unknown command "bogus"; expected one of: summary, stats, quotes, policies, entities, notes, cite/,
    ],
    [
      ['stats', '--formt', 'csv'],
      /unknown option "--formt" \(did you mean --format\?\); the options are --format, --locale, --style, --input, --help \(-h\) and --version \(-v\)/,
    ],
    [['stat'], /unknown command "stat" \(did you mean stats\?\); expected one of: summary, stats/],
    [['anotations'], /unknown command "anotations" \(did you mean annotations\?\)/],
    [
      ['stats', '--format', 'jsn'],
      /invalid value "jsn" for --format with stats \(did you mean json\?\)/,
    ],
    [
      ['stats', '--locale', '../../etc'],
      /invalid value "..\/..\/etc" for --locale; expected a BCP 47 language tag such as en, en-GB, zh-CN or zh-Hans/,
    ],
    [['stats', '--locale', 'en_US'], /for --locale; expected a BCP 47 language tag/],
    [['stats', '--locale', ''], /for --locale; expected a BCP 47 language tag/],
    [['stats', '--locale', 'xx'], /no locale data for "xx"/],
    [['stats', '--format'], /--format needs a value: --format <format>/],
    [['stats', '--format', '--locale', 'en'], /--format needs a value/],
    [['stats', '-x'], /unknown option "-x"/],
    [['stats', '--version=1'], /--version takes no value/],
    [['st\u001b[2Jats'], /unknown command "st\\u001b\[2Jats"/],
    [
      ['stats', '--format', 'xml'],
      /invalid value "xml" for --format with stats; expected one of: text, md, csv, json, jsonld, jsonl/,
    ],
    [
      ['cite', '--style', 'harvard'],
      /invalid value "harvard" for --style; expected one of: apa, mla, chicago/,
    ],
    [['stats', 'quotes'], /unexpected argument "quotes"; give one command/],
    [['--help=yes'], /--help takes no value/],
  ])(
    'exits 2 on %j with a message that names the valid choices and no stack trace',
    (args, message) => {
      const { exitCode, stdout, stderr } = runCli(args, pipe);
      expect(exitCode).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr).toMatch(/--help' for usage/);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('says what is wrong with the --input file, on stderr, with exit code 2', () => {
    const read: string[] = [];
    const environment: CliEnvironment = {
      ...pipe,
      readArticle: (path) => {
        read.push(path);
        return { problem: 'broken.json is not JSON: Unexpected end of JSON input' };
      },
    };
    expect(runCli(['stats', '--input', 'broken.json'], environment)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'beijing-digital-economy: broken.json is not JSON: Unexpected end of JSON input\n',
    });
    expect(read).toEqual(['broken.json']);
  });

  it('uses colour only on a terminal, and never when NO_COLOR is set', () => {
    expect(runCli(['summary'], terminal).stdout).toContain(ESCAPE);
    expect(runCli(['summary'], { ...terminal, env: { NO_COLOR: '1' } }).stdout).not.toContain(
      ESCAPE,
    );
    expect(runCli(['summary'], pipe).stdout).not.toContain(ESCAPE);
    expect(runCli(['summary', '--format', 'md'], terminal).stdout).not.toContain(ESCAPE);
  });
});

describe('every message of the command line', () => {
  const WORDS = [...COMMANDS, ...FORMATS, 'help', 'stat', 'apa', 'zh-CN', 'en', '-', '--', '=x'];
  const FLAGS = [
    '--format',
    '--locale',
    '--style',
    '--input',
    '--help',
    '--version',
    '-h',
    '-v',
    '--formt',
  ];
  const argument = fc.oneof(
    fc.constantFrom(...WORDS, ...FLAGS),
    fc.constantFrom(...FLAGS).chain((flag) => fc.string().map((value) => `${flag}=${value}`)),
    fc.string(),
  );

  it('is in the package’s own words, one line with a pointer to the usage, whatever the arguments', () => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 6 }), (args) => {
        const { exitCode, stdout, stderr } = runCli(args, pipe);
        expect([0, 2]).toContain(exitCode);
        if (exitCode === 0) {
          expect(stderr).toBe('');
          return;
        }
        expect(stdout).toBe('');
        const [first, second] = stderr.split('\n');
        expect(first).toMatch(/^beijing-digital-economy: [a-z-]/);
        expect(
          second === "Run 'beijing-digital-economy --help' for usage." || stderr.endsWith(USAGE),
        ).toBe(true);
        // Node's own parseArgs wording, and anything the arguments could use to forge a line.
        expect(stderr).not.toMatch(
          /ERR_PARSE_ARGS|Option '|To specify a positional|\bat .+:\d+:\d+/,
        );
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        expect(first).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects every malformed --locale with exit 2', () => {
    const malformed = fc.string().filter((tag) => {
      try {
        Intl.getCanonicalLocales(tag);
        return false;
      } catch {
        return true;
      }
    });
    fc.assert(
      fc.property(malformed, (tag) => {
        const { exitCode, stderr } = runCli(['stats', `--locale=${tag}`], pipe);
        expect(exitCode).toBe(2);
        expect(stderr).toMatch(/for --locale; expected a BCP 47 language tag such as en, en-GB/);
      }),
    );
  });
});
