import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnotationSchema, type Annotation } from '../../scripts/generate/annotation-schema.js';
import { AnnotationError, buildArticle } from '../../scripts/generate/build-article.js';
import { generatedFiles } from '../../scripts/generate/generate-files.js';

const text = readFileSync(new URL('../../data/article.txt', import.meta.url), 'utf8');
const annotation = AnnotationSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/annotations.json', import.meta.url), 'utf8')),
);

/** A copy of the real annotation with one thing broken. */
function broken(change: (copy: Annotation) => void): Annotation {
  const copy = structuredClone(annotation);
  change(copy);
  return copy;
}

function problemsOf(input: Annotation): readonly string[] {
  try {
    buildArticle(input, text);
  } catch (error) {
    if (error instanceof AnnotationError) return error.problems;
    throw error;
  }
  return [];
}

describe('the generator', () => {
  it('builds the real annotation without a problem', () => {
    expect(problemsOf(annotation)).toEqual([]);
  });

  it('stops at a value, unit, comparator or period that the words of the text contradict', () => {
    const problems = problemsOf(
      broken((a) => {
        a.statistics[2]!.value = 170000000000;
        a.statistics[3]!.comparator = 'exactly';
        a.statistics[0]!.period = '2018';
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^statistics\[0\] ".*" period: period is 2018 but the paragraph/),
      expect.stringMatching(
        /^statistics\[2\] ".*" value: value is 170000000000 but statedAs "US\$160 billion" reads 160000000000/,
      ),
      expect.stringMatching(
        /^statistics\[3\] ".*" comparator: comparator is exactly but the words "about 20%" read about/,
      ),
    ]);
  });

  it('names the item whose quoted words are not in the text', () => {
    const problems = problemsOf(
      broken((a) => {
        a.statistics[2]!.source.anchor.exact = 'exceeded US$170 billion';
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^statistics\[2\] "service-trade-volume-2019": the words "exceeded US\$170 billion" are not in the text/,
      ),
    ]);
  });

  it('names the item whose quoted words occur more than once, and where', () => {
    const problems = problemsOf(
      broken((a) => {
        delete a.statistics[1]!.source.anchor.prefix;
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /statistics\[1\] ".*": the words "ranking first in the country" are ambiguous: they occur 3 times \(paragraph headline, paragraph lead, paragraph body-3\)/,
      ),
    ]);
  });

  it('takes the occurrence asked for, and names an item that asks for one that does not exist', () => {
    const second = broken((a) => {
      a.statistics[1]!.source.anchor = { exact: 'ranking first in the country', occurrence: 2 };
    });
    expect(buildArticle(second, text).statistics[1]?.source.anchor?.paragraphId).toBe('lead');
    const fourth = broken((a) => {
      a.statistics[1]!.source.anchor = { exact: 'ranking first in the country', occurrence: 4 };
    });
    expect(problemsOf(fourth)).toEqual([expect.stringMatching(/occurrence 4 .* occurs 3 time/)]);
  });

  it('names references to entities, statistics and policies that do not exist', () => {
    const problems = problemsOf(
      broken((a) => {
        a.quotes[0]!.speaker = 'ji-lin';
        a.quotes[0]!.about = ['no-such-statistic'];
        a.policies[0]!.issuedBy = ['nobody'];
        a.statistics[0]!.subject = 'peking';
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^statistics\[0\] ".*": subject "peking" is not the id of any entity/,
        ),
        expect.stringMatching(/^quotes\[0\] ".*": speaker "ji-lin" is not the id of any entity/),
        expect.stringMatching(
          /^quotes\[0\] ".*": about "no-such-statistic" is not the id of any statistic or policy/,
        ),
        expect.stringMatching(
          /^policies\[0\] ".*": issuedBy\[0\] "nobody" is not the id of any entity/,
        ),
      ]),
    );
  });

  it('names an id that repeats, and the item it repeats', () => {
    const problems = problemsOf(
      broken((a) => {
        a.quotes[3]!.id = a.quotes[1]!.id;
      }),
    );
    expect(problems).toEqual([`quotes[3] "${annotation.quotes[1]?.id}": the id repeats quotes[1]`]);
  });

  it('names a surface form that is not within its anchor, and a paragraph count that does not fit', () => {
    const problems = problemsOf(
      broken((a) => {
        a.statistics[0]!.statedAs = '51%';
        a.paragraphs.pop();
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^paragraphs: the text has 14 paragraphs .* but 13 are annotated/),
        expect.stringMatching(
          /^statistics\[0\] ".*": statedAs "51%" is not within its anchor "exceeds 50%"/,
        ),
      ]),
    );
  });

  it('finds a name only where it is not part of a longer name', () => {
    const built = buildArticle(annotation, text);
    const beijing = built.entities.find((e) => e.id === 'beijing');
    for (const mention of beijing?.mentions ?? []) {
      expect(text.slice(mention.end, mention.end + 5)).not.toMatch(/^ (News|CPPC|Munic|Digit)/);
    }
  });
});

describe('the committed generated files', () => {
  it('are what data/ generates now (run `npm run generate` when this fails)', () => {
    for (const [path, expected] of generatedFiles())
      expect(readFileSync(path, 'utf8'), path).toBe(expected);
  });

  it('start with the do-not-edit banner where their format has comments', () => {
    const files = [...generatedFiles()];
    const code = files.filter(([path]) => path.endsWith('.ts'));
    expect(code.length).toBeGreaterThan(1);
    for (const [path, contents] of code)
      expect(contents.startsWith('// generated — do not edit.'), path).toBe(true);
    const citation = files.find(([path]) => path.endsWith('CITATION.cff'));
    expect(citation?.[1].startsWith('# Generated by `npm run generate`')).toBe(true);
    // JSON and CSV have no comments: the Data Package's files say what wrote them in the guides.
    expect(files.every(([path]) => /\.(ts|cff|json|jsonld|csv)$/.test(path))).toBe(true);
  });
});

describe('npm run generate', () => {
  it('exits non-zero and names the item when the annotation is wrong', () => {
    const root = new URL('../..', import.meta.url).pathname;
    const work = mkdtempSync(join(tmpdir(), 'bde-generate-'));
    try {
      for (const part of ['scripts', 'src', 'data', 'package.json', 'tsconfig.json'])
        cpSync(join(root, part), join(work, part), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
      const json = JSON.parse(
        readFileSync(join(work, 'data/annotations.json'), 'utf8'),
      ) as Annotation;
      json.quotes[0]!.anchor.exact = 'words nobody wrote';
      writeFileSync(join(work, 'data/annotations.json'), JSON.stringify(json));
      let status = 0;
      let stderr = '';
      try {
        execFileSync(
          process.execPath,
          [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/generate/generate.ts'],
          { cwd: work, stdio: 'pipe' },
        );
      } catch (error) {
        status = (error as { status: number }).status;
        stderr = String((error as { stderr: Buffer }).stderr);
      }
      expect(status).toBe(1);
      expect(stderr).toContain(
        `quotes[0] "${json.quotes[0]?.id}": the words "words nobody wrote" are not in the text`,
      );
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
