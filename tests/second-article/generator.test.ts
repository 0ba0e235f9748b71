import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleFromAnnotation,
  articleJson,
  readAnnotation,
} from '../../scripts/generate/article-from-files.js';
import { AnnotationError } from '../../scripts/generate/build-article.js';
import { ArticleValidationError, parseArticle } from '../../src/schema/index.js';
import { projectRoot } from '../support/built-package.js';
import { builtInWordsIn, fixturePaths, second, secondText } from './fixture.js';

const annotation = readAnnotation(fixturePaths.annotation);
const tsx = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');

/** Runs scripts/generate/build-article-json.ts with `args`; its exit status and output. */
function buildArticleJson(args: readonly string[]) {
  try {
    const stdout = execFileSync(
      process.execPath,
      [tsx, join(projectRoot, 'scripts/generate/build-article-json.ts'), ...args],
      { cwd: projectRoot, encoding: 'utf8', stdio: 'pipe' },
    );
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the second article through the generator', () => {
  it('is an invented text with none of the built-in article’s names in it', () => {
    expect(builtInWordsIn(secondText)).toEqual([]);
  });

  it('builds in-process from its annotation into an article that parseArticle accepts', () => {
    const built = articleFromAnnotation(annotation, secondText);
    const parsed = parseArticle(built);
    expect(parsed).toEqual(built);
    expect(parsed.text).toBe(secondText);
    expect(parsed.metadata.headline).toBe(
      'Fang Meilin: the county library lent more than 300,000 books last year',
    );
  });

  it('is committed as what the generator builds now (run scripts/generate/build-article-json.ts when this fails)', () => {
    expect(readFileSync(fixturePaths.json, 'utf8')).toBe(
      articleJson(articleFromAnnotation(annotation, secondText)),
    );
  });

  it('gives parseArticle back the same keys in the same order, so the JSON round-trips byte for byte', () => {
    const json = readFileSync(fixturePaths.json, 'utf8');
    const parsed = parseArticle(json);
    expect(parsed).toEqual(second);
    expect(Object.isFrozen(parsed.statistics[0]?.source.anchor)).toBe(true);
    expect(articleJson(parsed as never)).toBe(json);
  });

  it('counts the words of the lead and the body only', () => {
    const counted = second.paragraphs
      .filter((p) => p.role === 'lead' || p.role === 'body')
      .map((p) => p.text.split(/\s+/).filter(Boolean).length);
    expect(counted).toHaveLength(6);
    expect(second.metadata.wordCount).toBe(counted.reduce((a, b) => a + b, 0));
  });

  it('names the item at fault when the annotation and the text disagree', () => {
    const changed = structuredClone(annotation);
    changed.statistics[1]!.source.anchor.exact = 'about 16% more than in 2022';
    changed.quotes[0]!.speaker = 'fang-mei-lin';
    let problems: readonly string[] = [];
    try {
      articleFromAnnotation(changed, secondText);
    } catch (error) {
      if (!(error instanceof AnnotationError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual([
      'statistics[1] "library-loans-growth-2023": the words "about 16% more than in 2022" are not in the text',
      'quotes[0] "headline-loans": speaker "fang-mei-lin" is not the id of any entity',
    ]);
  });
});

describe('scripts/generate/build-article-json.ts', () => {
  it('writes the article JSON of any annotation and text, the same as the in-process build', () => {
    const { status, stdout } = buildArticleJson([
      '--annotation',
      fixturePaths.annotation,
      '--text',
      fixturePaths.text,
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe(readFileSync(fixturePaths.json, 'utf8'));
  });

  it('exits 1 naming the file and every problem, without a stack trace', () => {
    const work = mkdtempSync(join(tmpdir(), 'bde-second-'));
    try {
      const broken = join(work, 'annotation.json');
      const changed = JSON.parse(readFileSync(fixturePaths.annotation, 'utf8'));
      changed.policies[0].anchor.exact = 'words nobody wrote';
      writeFileSync(broken, JSON.stringify(changed));
      const run = buildArticleJson(['--annotation', broken, '--text', fixturePaths.text]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${broken} has 1 problem(s)`);
      expect(run.stderr).toContain(
        'policies[0] "reading-plan-2024-2026": the words "words nobody wrote" are not in the text',
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
      writeFileSync(broken, '{ "id": ');
      expect(() => readAnnotation(broken)).toThrow(`${broken} is not valid JSON`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('parseArticle on the second article', () => {
  it('rejects a reference to an id that only the built-in article has, naming the path', () => {
    const copy = structuredClone(second) as unknown as { quotes: { speaker: string }[] };
    copy.quotes[0]!.speaker = 'jilin';
    expect(() => parseArticle(copy)).toThrow(ArticleValidationError);
    expect(() => parseArticle(copy)).toThrow(
      /quotes\[0\]\.speaker: "jilin" is not the id of any entity in the article/,
    );
  });
});
